package com.cloudwright.cost;

import java.util.Map;

/**
 * The prefix the Price List puts before usage types in each region ({@code APN2-BoxUsage:t3.micro},
 * {@code EU-NatGateway-Hours}); us-east-1 usage types often have none.
 */
final class UsageTypePrefixes {

    private static final Map<String, String> BY_REGION = Map.ofEntries(
            Map.entry("us-east-1", "USE1"), Map.entry("us-east-2", "USE2"), Map.entry("us-west-1", "USW1"),
            Map.entry("us-west-2", "USW2"), Map.entry("ca-central-1", "CAN1"), Map.entry("sa-east-1", "SAE1"),
            Map.entry("eu-west-1", "EU"), Map.entry("eu-west-2", "EUW2"), Map.entry("eu-west-3", "EUW3"),
            Map.entry("eu-central-1", "EUC1"), Map.entry("eu-north-1", "EUN1"), Map.entry("eu-south-1", "EUS1"),
            Map.entry("ap-northeast-1", "APN1"), Map.entry("ap-northeast-2", "APN2"), Map.entry("ap-northeast-3", "APN3"),
            Map.entry("ap-southeast-1", "APS1"), Map.entry("ap-southeast-2", "APS2"), Map.entry("ap-south-1", "APS3"),
            Map.entry("me-south-1", "MES1"));

    private UsageTypePrefixes() {
    }

    /** The region's prefix, or null when this table does not know the region. */
    static String of(String region) {
        return region == null ? null : BY_REGION.get(region);
    }
}
