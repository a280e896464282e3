package com.cloudwright.validate.rules;

import com.cloudwright.validate.Fixture;
import com.cloudwright.validate.RuleCase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static com.cloudwright.validate.RuleCase.passes;
import static com.cloudwright.validate.RuleCase.trips;

class SecurityAndCostRulesTest {

    static Stream<RuleCase> cases() {
        return Stream.of(
                trips("CW-S001", "users reach EC2 in a public subnet",
                        () -> Fixture.web().node("box", "ec2", "pub-a").edge("users", "box"), "box"),
                trips("CW-S001", "EC2 in a public subnet with a public IP",
                        () -> Fixture.web().node("box", "ec2", "pub-a", "associatePublicIp", true), "box"),
                passes("CW-S001", "EC2 in a public subnet only the ALB reaches",
                        () -> Fixture.web().node("box", "ec2", "pub-a").edge("alb", "box")),

                trips("CW-S002", "RDS unencrypted", () -> Fixture.web().set("db", "encrypted", false), "db"),
                trips("CW-S002", "an EBS volume unencrypted", () -> Fixture.web().node("vol", "ebs", "app-a", "encrypted", false), "vol"),
                trips("CW-S002", "S3 with encryption none", () -> Fixture.web().node("bucket", "s3", "r1", "encryption", "none"), "bucket"),
                passes("CW-S002", "defaults encrypt", () -> Fixture.web().node("vol", "ebs", "app-a").node("bucket", "s3", "r1")),

                trips("CW-S003", "a connection on port 22",
                        () -> Fixture.web().node("admin", "users", null).edge("admin", "web-a", "port", 22), "web-a"),
                trips("CW-S003", "an EC2 key pair", () -> Fixture.web().set("web-a", "keyName", "ops"), "web-a"),
                passes("CW-S003", "no SSH anywhere", Fixture::web),

                trips("CW-S004", "a public bucket", () -> Fixture.web().node("bucket", "s3", "r1", "public", true), "bucket"),
                trips("CW-S004", "website hosting behind CloudFront",
                        () -> Fixture.web().node("site", "s3", "r1", "websiteHosting", true).node("cdn", "cloudfront", null)
                                .edge("cdn", "site"), "site"),
                passes("CW-S004", "a private bucket behind CloudFront",
                        () -> Fixture.web().node("site", "s3", "r1").node("cdn", "cloudfront", null).edge("cdn", "site")),

                trips("CW-S005", "RDS publicly accessible", () -> Fixture.web().set("db", "publiclyAccessible", true), "db"),
                trips("CW-S005", "Redshift publicly accessible",
                        () -> Fixture.web().node("dw", "redshift", "vpc", "publiclyAccessible", true), "dw"),
                trips("CW-S005", "users reach EC2 on 3306",
                        () -> Fixture.web().node("box", "ec2", "app-a").edge("users", "box", "port", 3306), "box"),
                passes("CW-S005", "users reach the ALB on 443", () -> Fixture.web().set("alb", "listenerProtocol", "HTTPS")),

                trips("CW-S006", "users reach an ALB target directly", () -> Fixture.web().edge("users", "web-a"), "web-a"),
                passes("CW-S006", "targets only behind the ALB", Fixture::web),

                trips("CW-S007", "an ALB without WAF", () -> Fixture.web().remove("waf"), "alb"),
                trips("CW-S007", "API Gateway without WAF", () -> Fixture.web().node("api", "api-gateway", "r1"), "api"),
                passes("CW-S007", "an ALB behind a CloudFront that has WAF",
                        () -> Fixture.web().remove("waf").remove("users->alb").node("cdn", "cloudfront", null)
                                .node("waf2", "waf", null).edge("users", "cdn").edge("cdn", "alb").edge("waf2", "cdn")),

                trips("CW-K001", "t2.micro", () -> Fixture.web().set("web-a", "instanceType", "t2.micro"), "web-a"),
                trips("CW-K001", "db.m4.large", () -> Fixture.web().set("db", "instanceClass", "db.m4.large"), "db"),
                trips("CW-K001", "cache.r4.large",
                        () -> Fixture.web().node("cache", "elasticache", "vpc", "nodeType", "cache.r4.large"), "cache"),
                trips("CW-K001", "dax.t2.small", () -> Fixture.web().node("dax", "dax", "vpc", "nodeType", "dax.t2.small"), "dax"),
                trips("CW-K001", "an EMR core fleet of m4", () -> Fixture.web().node("emr", "emr", "app-a", "coreInstanceType", "m4.large"), "emr"),
                passes("CW-K001", "t3a and m5 are current",
                        () -> Fixture.web().set("web-a", "instanceType", "t3a.micro").set("web-b", "instanceType", "m5.large")),

                trips("CW-K002", "a bucket named for access logs", () -> Fixture.web().node("access-logs", "s3", "r1"), "access-logs"),
                trips("CW-K002", "a bucket CloudTrail writes to",
                        () -> Fixture.web().node("trail", "cloudtrail", "r1").node("bucket", "s3", "r1").edge("trail", "bucket"), "bucket"),
                passes("CW-K002", "a log bucket moving to Glacier",
                        () -> Fixture.web().node("access-logs", "s3", "r1", "glacierAfterDays", 180)),
                passes("CW-K002", "a blog bucket is not a log bucket", () -> Fixture.web().node("blog", "s3", "r1")),

                trips("CW-K003", "an Elastic IP attached to nothing", () -> Fixture.web().node("eip3", "elastic-ip", "vpc"), "eip3"),
                passes("CW-K003", "Elastic IPs on NAT gateways", Fixture::web),

                trips("CW-K004", "private servers reach S3 through the NAT gateway",
                        () -> Fixture.web().node("bucket", "s3", "r1").edge("web-a", "bucket"), "bucket"),
                passes("CW-K004", "a gateway endpoint carries S3 traffic",
                        () -> Fixture.web().node("bucket", "s3", "r1").edge("web-a", "bucket")
                                .node("vpce", "vpc-endpoint", "vpc").edge("vpce", "bucket")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rule(RuleCase c) {
        c.verify();
    }
}
