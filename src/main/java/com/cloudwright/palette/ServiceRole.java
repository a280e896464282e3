package com.cloudwright.palette;

/**
 * What a service is to the rules that reason about kinds of services rather than single ones,
 * declared per entry as {@code "roles"} in the palette files (written in lower case with dashes:
 * {@code "load-balancer"}).
 */
public enum ServiceRole {
    /** Its subnets follow its scheme: public when internet-facing, private when internal. */
    LOAD_BALANCER,
    /** A replica is drawn as an edge from the source to a node of the same type. */
    RELATIONAL_DATABASE,
    /** Its subnet group must span two Availability Zones. */
    TWO_AZ_SUBNET_GROUP,
    /** Fails over to a second instance ({@code instances}). */
    FAILOVER_CLUSTER,
    /** Holds data in the VPC and must stay private. */
    PRIVATE_DATA_STORE,
    /** Runs in one subnet, so in one Availability Zone. */
    COMPUTE,
    /** Stands for clients on the public internet. */
    INTERNET_CLIENT,
    /** Served by a gateway VPC endpoint at no charge (no NAT data processing). */
    GATEWAY_ENDPOINT_SERVICE,
    /** Fans a message out to its subscribers by itself. */
    FAN_OUT,
    /**
     * Its connections attach it to what it protects or watches (a web ACL on a distribution, an
     * alarm on a group, a certificate on a listener): no traffic flows, so they carry no port.
     */
    ATTACHES
}
