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

    public static boolean isOverlayGroup(String type) {
        return AUTO_SCALING_GROUP.equals(type) || SECURITY_GROUP.equals(type) || PLACEMENT_GROUP.equals(type);
    }
}
