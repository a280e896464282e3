package com.cloudwright.validate.rules;

import com.cloudwright.validate.Fixture;
import com.cloudwright.validate.RuleCase;
import com.cloudwright.validate.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static com.cloudwright.validate.RuleCase.passes;
import static com.cloudwright.validate.RuleCase.trips;
import static org.assertj.core.api.Assertions.assertThat;

class PlacementRulesTest {

    static Stream<RuleCase> cases() {
        return Stream.of(
                trips("CW-P001", "a subnet directly in the VPC", () -> Fixture.web().parent("app-a", "vpc"), "app-a"),
                trips("CW-P001", "an AZ outside any VPC takes its subnets along",
                        () -> Fixture.web().parent("azb", "r1"), "azb", "pub-b", "app-b"),
                trips("CW-P001", "a VPC in no Region of a diagram without region",
                        () -> Fixture.noRegion().node("vpc", "vpc", null), "vpc"),
                trips("CW-P001", "a service inside a service", () -> Fixture.web().node("x", "ec2", "web-a"), "x"),
                trips("CW-P001", "a VPC inside a subnet", () -> Fixture.web().node("v2", "vpc", "app-a"), "v2"),
                passes("CW-P001", "a top-level VPC in a diagram with a region",
                        () -> Fixture.empty().node("vpc", "vpc", null, "cidr", "10.0.0.0/16")),
                passes("CW-P001", "the baseline", Fixture::web),

                trips("CW-P002", "EC2 in the VPC but in no subnet", () -> Fixture.web().parent("web-a", "vpc"), "web-a"),
                trips("CW-P002", "EC2 in an AZ but in no subnet", () -> Fixture.web().node("x", "ec2", "aza"), "x"),
                trips("CW-P002", "RDS outside any VPC", () -> Fixture.web().parent("db", "r1"), "db"),
                trips("CW-P002", "an internet gateway outside the VPC", () -> Fixture.web().parent("igw", "r1"), "igw"),
                trips("CW-P002", "an internet gateway inside a private subnet", () -> Fixture.web().parent("igw", "app-a"), "igw"),
                trips("CW-P002", "a virtual private gateway inside an AZ", () -> Fixture.web().node("vgw", "vpn-gateway", "aza"), "vgw"),
                passes("CW-P002", "a VPC endpoint in a subnet", () -> Fixture.web().node("vpce", "vpc-endpoint", "app-a")),
                passes("CW-P002", "RDS drawn in the VPC (a multi-subnet service)", Fixture::web),
                passes("CW-P002", "Lambda in the Region", () -> Fixture.web().node("fn", "lambda", "r1")),

                trips("CW-P003", "S3 in a subnet", () -> Fixture.web().node("bucket", "s3", "app-a"), "bucket"),
                trips("CW-P003", "CloudFront in the VPC", () -> Fixture.web().node("cdn", "cloudfront", "vpc"), "cdn"),
                trips("CW-P003", "a transit gateway in the VPC", () -> Fixture.web().node("tgw", "transit-gateway", "vpc"), "tgw"),
                passes("CW-P003", "S3 in the Region", () -> Fixture.web().node("bucket", "s3", "r1")),
                passes("CW-P003", "Lambda in a private subnet", () -> Fixture.web().node("fn", "lambda", "app-a")),

                trips("CW-P004", "RDS in a public subnet", () -> Fixture.web().parent("db", "pub-a"), "db"),
                trips("CW-P004", "ElastiCache listing a public subnet",
                        () -> Fixture.web().node("cache", "elasticache", "vpc", "subnets", List.of("app-a", "pub-b")), "cache"),
                trips("CW-P004", "DocumentDB in a public subnet", () -> Fixture.web().node("docs", "documentdb", "pub-b"), "docs"),
                passes("CW-P004", "RDS in a private subnet", () -> Fixture.web().parent("db", "app-a")),
                passes("CW-P004", "RDS in the VPC uses its private subnets", Fixture::web),

                trips("CW-P005", "a NAT gateway in a private subnet", () -> Fixture.web().parent("nat-b", "app-b"), "nat-b"),
                passes("CW-P005", "a private NAT gateway in a private subnet",
                        () -> Fixture.web().node("pnat", "nat-gateway", "app-a", "connectivityType", "private")),

                trips("CW-P006", "public subnets and no internet gateway", () -> Fixture.web().remove("igw"), "vpc"),
                trips("CW-P006", "two internet gateways", () -> Fixture.web().node("igw2", "internet-gateway", "vpc"), "vpc"),
                passes("CW-P006", "an internet gateway attached by an edge",
                        () -> Fixture.web().parent("igw", "r1").edge("vpc", "igw")),
                passes("CW-P006", "a private-only VPC needs none",
                        () -> Fixture.web().remove("igw").set("pub-a", "public", false).set("pub-b", "public", false)),

                trips("CW-P007", "an ALB with public subnets in one AZ", () -> Fixture.web().set("pub-b", "public", false), "alb"),
                trips("CW-P007", "an internet-facing ALB in a private subnet", () -> Fixture.web().parent("alb", "app-a"), "alb"),
                trips("CW-P007", "an internal ALB whose targets are in one AZ",
                        () -> Fixture.web().set("alb", "scheme", "internal").set("asg", "members", List.of("web-a")), "alb"),
                trips("CW-P007", "an internet-facing Classic Load Balancer in a private subnet",
                        () -> Fixture.web().node("clb", "clb", "app-b"), "clb"),
                passes("CW-P007", "an internal ALB with targets in two AZs", () -> Fixture.web().set("alb", "scheme", "internal")),
                passes("CW-P007", "an NLB may live in one AZ",
                        () -> Fixture.web().node("nlb", "nlb", "vpc", "subnets", List.of("pub-a")).edge("users", "nlb")),

                trips("CW-P008", "a private server calls S3 with no NAT and no endpoint",
                        () -> Fixture.web().remove("nat-a").remove("nat-b").node("bucket", "s3", "r1").edge("web-a", "bucket"), "app-a"),
                trips("CW-P008", "an Auto Scaling group calls SQS from both AZs",
                        () -> Fixture.web().remove("nat-a").remove("nat-b").node("q", "sqs", "r1").edge("asg", "q"), "app-a", "app-b"),
                trips("CW-P008", "the endpoint serves another service",
                        () -> Fixture.web().remove("nat-a").remove("nat-b").node("bucket", "s3", "r1").node("q", "sqs", "r1")
                                .node("vpce", "vpc-endpoint", "vpc").edge("vpce", "bucket").edge("web-a", "q"), "app-a"),
                passes("CW-P008", "a NAT gateway in the VPC",
                        () -> Fixture.web().node("bucket", "s3", "r1").edge("web-a", "bucket")),
                passes("CW-P008", "a VPC endpoint for S3",
                        () -> Fixture.web().remove("nat-a").remove("nat-b").node("bucket", "s3", "r1")
                                .node("vpce", "vpc-endpoint", "vpc").edge("vpce", "bucket").edge("web-a", "bucket")),

                trips("CW-P009", "RDS in a VPC with private subnets in one AZ", () -> Fixture.web().set("app-b", "public", true), "db"),
                trips("CW-P009", "a Multi-AZ cache with one node",
                        () -> Fixture.web().node("cache", "elasticache", "vpc", "multiAz", true), "cache"),
                trips("CW-P009", "a Multi-AZ cache in one subnet",
                        () -> Fixture.web().node("cache", "elasticache", "vpc", "multiAz", true, "nodes", 2, "subnets", List.of("app-a")), "cache"),
                trips("CW-P009", "DocumentDB with private subnets in one AZ",
                        () -> Fixture.web().set("app-b", "public", true).node("docs", "documentdb", "vpc"), "db", "docs"),
                passes("CW-P009", "a single-node cache in one subnet",
                        () -> Fixture.web().node("cache", "elasticache", "vpc", "subnets", List.of("app-a"))),
                passes("CW-P009", "RDS with private subnets in two AZs", Fixture::web),

                trips("CW-P010", "Lambda in a public subnet calls DynamoDB",
                        () -> Fixture.web().node("fn", "lambda", "pub-a").node("table", "dynamodb", "r1").edge("fn", "table"), "fn"),
                passes("CW-P010", "Lambda in a private subnet with a NAT gateway",
                        () -> Fixture.web().node("fn", "lambda", "app-a").node("table", "dynamodb", "r1").edge("fn", "table")),
                passes("CW-P010", "Lambda in a public subnet that only calls the database",
                        () -> Fixture.web().node("fn", "lambda", "pub-a").edge("fn", "db")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rule(RuleCase c) {
        c.verify();
    }

    @Test
    void messagesNameWhatIsWrongPrecisely() {
        assertThat(RuleCase.problems(Fixture.web().set("pub-b", "public", false).build(), "CW-P007"))
                .extracting(Problem::message)
                .containsExactly("Application Load Balancer has public subnets in one Availability Zone (a); it needs two.");
        List<Problem> egress = RuleCase.problems(Fixture.web().remove("nat-a").remove("nat-b").node("bucket", "s3", "r1")
                .node("w3", "ec2", "app-a").node("w4", "ec2", "app-a").node("w5", "ec2", "app-a").node("w6", "ec2", "app-a")
                .node("w7", "ec2", "app-a").edge("web-a", "bucket").edge("w3", "bucket").edge("w4", "bucket").edge("w5", "bucket")
                .edge("w6", "bucket").edge("w7", "bucket").build(), "CW-P008");
        assertThat(egress).extracting(Problem::message).containsExactly("Private subnet 'Private subnet 10.0.11.0/24': 'Amazon EC2', 'Amazon EC2', 'Amazon EC2', "
                + "'Amazon EC2', 'Amazon EC2' and 1 more call(s) Amazon S3, but VPC 'VPC 10.0.0.0/16' has no NAT gateway and no "
                + "VPC endpoint for it.");
        assertThat(egress.get(0).nodeIds()).hasSize(7);
        assertThat(egress.get(0).edgeIds()).hasSize(6);
    }
}
