package com.cloudwright.palette;

import java.util.List;

/** Region codes offered when choosing a diagram's Region (any valid code may be typed). */
public final class AwsRegions {

    public static final List<String> COMMON = List.of(
            "us-east-1", "us-east-2", "us-west-1", "us-west-2", "ca-central-1", "sa-east-1",
            "eu-west-1", "eu-west-2", "eu-west-3", "eu-central-1", "eu-north-1", "eu-south-1",
            "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "ap-southeast-1", "ap-southeast-2",
            "ap-south-1", "ap-east-1", "me-south-1", "af-south-1");

    /**
     * Every Region the public AWS price list covers (the commercial Regions and AWS GovCloud, as of
     * 2025-09; the China Regions have a price list of their own), sorted.
     */
    public static final List<String> ALL = List.of(
            "af-south-1", "ap-east-1", "ap-east-2", "ap-northeast-1", "ap-northeast-2", "ap-northeast-3",
            "ap-south-1", "ap-south-2", "ap-southeast-1", "ap-southeast-2", "ap-southeast-3", "ap-southeast-4",
            "ap-southeast-5", "ap-southeast-6", "ap-southeast-7", "ca-central-1", "ca-west-1", "eu-central-1",
            "eu-central-2", "eu-north-1", "eu-south-1", "eu-south-2", "eu-west-1", "eu-west-2", "eu-west-3",
            "il-central-1", "me-central-1", "me-south-1", "mx-central-1", "sa-east-1", "us-east-1", "us-east-2",
            "us-gov-east-1", "us-gov-west-1", "us-west-1", "us-west-2");

    private AwsRegions() {
    }

    /** Whether the text looks like a Region code (e.g. {@code ap-northeast-2}). */
    public static boolean isPlausible(String code) {
        return code != null && code.matches("[a-z]{2}(-gov)?-[a-z]+-\\d");
    }

    /** Whether the code names a Region of {@link #ALL}. */
    public static boolean isKnown(String code) {
        return code != null && ALL.contains(code);
    }
}
