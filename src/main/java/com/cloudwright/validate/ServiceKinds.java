package com.cloudwright.validate;

/**
 * The palette ids rules name one by one. What kind of service an id is (a load balancer, a
 * private data store, compute...) is palette data ({@code roles}, read through
 * {@link com.cloudwright.palette.Palette#hasRole}), as are placement, targets, ports and defaults.
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

    private ServiceKinds() {
    }
}
