package com.cloudwright.palette;

import java.util.List;

/** Region codes offered when choosing a diagram's Region (any valid code may be typed). */
public final class AwsRegions {

    public static final List<String> COMMON = List.of(
            "us-east-1", "us-east-2", "us-west-1", "us-west-2", "ca-central-1", "sa-east-1",
            "eu-west-1", "eu-west-2", "eu-west-3", "eu-central-1", "eu-north-1", "eu-south-1",
            "ap-northeast-1", "ap-northeast-2", "ap-northeast-3", "ap-southeast-1", "ap-southeast-2",
            "ap-south-1", "ap-east-1", "me-south-1", "af-south-1");

    private AwsRegions() {
    }

    /** Whether the text looks like a Region code (e.g. {@code ap-northeast-2}). */
    public static boolean isPlausible(String code) {
        return code != null && code.matches("[a-z]{2}(-gov)?-[a-z]+-\\d");
    }
}
