package com.cloudwright.validate;

import java.util.Set;

/**
 * Roles of palette ids that rules reason about and the palette does not state (which services
 * are databases, which are compute, which stand for the internet). Where the palette carries a
 * fact (placement, multi-subnet, targets, ports, defaults) rules ask the palette instead.
 */
public final class ServiceKinds {

    public static final String USERS = "users";
    public static final String INTERNET_GATEWAY = "internet-gateway";
    public static final String NAT_GATEWAY = "nat-gateway";
    public static final String ELASTIC_IP = "elastic-ip";
    public static final String VPC_ENDPOINT = "vpc-endpoint";
    public static final String VPC_PEERING = "vpc-peering";
    public static final String TRANSIT_GATEWAY = "transit-gateway";
    public static final String EC2 = "ec2";
    public static final String LAMBDA = "lambda";
    public static final String ALB = "alb";
    public static final String NLB = "nlb";
    public static final String RDS = "rds";
    public static final String AURORA = "aurora";
    public static final String ELASTICACHE = "elasticache";
    public static final String S3 = "s3";
    public static final String S3_GLACIER = "s3-glacier";
    public static final String SQS = "sqs";
    public static final String SNS = "sns";
    public static final String EVENTBRIDGE = "eventbridge";
    public static final String CLOUDFRONT = "cloudfront";
    public static final String ROUTE53 = "route53";
    public static final String API_GATEWAY = "api-gateway";
    public static final String WAF = "waf";
    public static final String BACKUP = "backup";
    public static final String DYNAMODB = "dynamodb";
    public static final String CLB = "clb";
    public static final String DOCUMENTDB = "documentdb";
    public static final String DAX = "dax";

    /** Load balancers: their subnets follow the scheme (PRODUCT.md, "Model semantics"). */
    public static final Set<String> LOAD_BALANCERS = Set.of(ALB, NLB, CLB);
    /** Relational databases: a replica is drawn as an edge from the source to a node of the same type. */
    public static final Set<String> RELATIONAL = Set.of(RDS, AURORA);
    /** Databases whose subnet group must span two AZs (DB subnet groups, DocumentDB subnet groups). */
    public static final Set<String> SUBNET_GROUP_TWO_AZS = Set.of(RDS, AURORA, DOCUMENTDB);
    /** Clusters that fail over to a second instance ({@code instances}). */
    public static final Set<String> CLUSTERS = Set.of(AURORA, DOCUMENTDB);
    /** Databases and caches that live in a VPC and must stay private. */
    public static final Set<String> PRIVATE_DATA_STORES = Set.of(RDS, AURORA, ELASTICACHE, DOCUMENTDB, DAX);
    /** Compute that runs in one subnet, so in one AZ. */
    public static final Set<String> COMPUTE = Set.of(EC2, "ecs", "fargate", "eks", "batch");
    /** Stand for clients on the public internet. */
    public static final Set<String> INTERNET = Set.of(USERS);
    /** Reach a target over the public internet when they call it directly. */
    public static final Set<String> INTERNET_FRONT_DOORS = Set.of(USERS, ROUTE53, CLOUDFRONT, API_GATEWAY);
    /** Services a gateway VPC endpoint serves for free (no NAT data charge). */
    public static final Set<String> GATEWAY_ENDPOINT_SERVICES = Set.of(S3, DYNAMODB);
    /** Publishers that fan a message out by themselves. */
    public static final Set<String> FAN_OUT = Set.of(SNS, EVENTBRIDGE);

    private ServiceKinds() {
    }
}
