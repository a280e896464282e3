package com.cloudwright.palette;

/** What a palette entry draws as. */
public enum EntryKind {
    /** An AWS service or resource, drawn as its icon. */
    SERVICE,
    /** A network container that owns nodes: Region, VPC, Availability Zone, subnet. */
    CONTAINER,
    /** An overlay group (Auto Scaling group, security group) drawn around its members. */
    GROUP,
    /** Something outside AWS: internet users, an on-premises data centre. */
    EXTERNAL
}
