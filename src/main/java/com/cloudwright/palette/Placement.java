package com.cloudwright.palette;

/** Where a service may be placed in the containment tree. */
public enum Placement {
    /** A global service (CloudFront, Route 53, IAM, WAF global): outside any Region's VPC. */
    GLOBAL,
    /** A regional service (S3, SQS, DynamoDB …): in a Region, never inside a VPC. */
    REGIONAL,
    /** Attached to a VPC (internet gateway, VPC endpoint, multi-subnet services drawn in the VPC). */
    VPC,
    /** Runs in one subnet (EC2, NAT gateway, ECS task). */
    SUBNET,
    /** A container; where it goes follows the Region ⊃ VPC ⊃ AZ ⊃ subnet nesting. */
    CONTAINER,
    /** No constraint (users, on-premises, annotations). */
    ANYWHERE
}
