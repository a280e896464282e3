package com.cloudwright.model;

/** Type ids the model itself relies on (PRODUCT.md, "Model semantics"). */
public final class NodeTypes {

    public static final String REGION = "region";
    public static final String VPC = "vpc";
    public static final String AVAILABILITY_ZONE = "availability-zone";
    public static final String SUBNET = "subnet";
    public static final String AUTO_SCALING_GROUP = "auto-scaling-group";
    public static final String SECURITY_GROUP = "security-group";
    /** An EC2 placement group (cluster, spread, partition): drawn around its members like the other overlay groups. */
    public static final String PLACEMENT_GROUP = "placement-group";

    public static final String INTERNET_GATEWAY = "internet-gateway";
    /** A virtual private gateway (the VPN end of a VPC). */
    public static final String VPN_GATEWAY = "vpn-gateway";

    /** The property of an overlay group naming its member node ids. */
    public static final String MEMBERS = "members";

    private NodeTypes() {
    }

    /** The nesting level of a network container (region 0 … subnet 3), or -1 for anything else. */
    public static int containerLevel(String type) {
        return switch (type) {
            case REGION -> 0;
            case VPC -> 1;
            case AVAILABILITY_ZONE -> 2;
            case SUBNET -> 3;
            default -> -1;
        };
    }

    public static boolean isContainer(String type) {
        return containerLevel(type) >= 0;
    }

    /**
     * A gateway that attaches to a whole VPC (internet gateway, virtual private gateway): it sits
     * on the VPC itself, never inside one of its Availability Zones or subnets.
     */
    public static boolean attachesToWholeVpc(String type) {
        return INTERNET_GATEWAY.equals(type) || VPN_GATEWAY.equals(type);
    }

    public static boolean isOverlayGroup(String type) {
        return AUTO_SCALING_GROUP.equals(type) || SECURITY_GROUP.equals(type) || PLACEMENT_GROUP.equals(type);
    }
}
