package com.cloudwright.cfn;

import java.util.Map;
import java.util.regex.Pattern;

/** Facts about EC2 instances that instances, Auto Scaling groups and container hosts share. */
final class Instances {

    private static final Pattern ARM_FAMILY = Pattern.compile("^[a-z]+\\d+[a-z]*g[a-z]*\\..*");

    private Instances() {
    }

    /** Instance metadata only through session tokens (IMDSv2). */
    static Map<String, Object> imdsV2() {
        return Json.obj("HttpTokens", "required", "HttpEndpoint", "enabled", "HttpPutResponseHopLimit", 2);
    }

    /** Graviton families carry a "g" after the generation (m7g, c6gn, db.r6g). */
    static boolean isArm(String instanceType) {
        return ARM_FAMILY.matcher(instanceType.replaceFirst("^(db|cache)\\.", "")).matches();
    }
}
