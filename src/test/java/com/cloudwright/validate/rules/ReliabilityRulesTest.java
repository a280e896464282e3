package com.cloudwright.validate.rules;

import com.cloudwright.validate.Fixture;
import com.cloudwright.validate.RuleCase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static com.cloudwright.validate.RuleCase.passes;
import static com.cloudwright.validate.RuleCase.trips;

class ReliabilityRulesTest {

    static Stream<RuleCase> cases() {
        return Stream.of(
                trips("CW-R001", "all compute in AZ a", () -> Fixture.web().parent("web-b", "app-a"), "vpc"),
                trips("CW-R001", "an NLB with subnets in one AZ",
                        () -> Fixture.web().node("nlb", "nlb", "vpc", "subnets", List.of("pub-a")), "nlb"),
                trips("CW-R001", "EFS One Zone", () -> Fixture.web().node("fs", "efs", "vpc", "oneZone", true), "fs"),
                passes("CW-R001", "compute in two AZs", Fixture::web),
                passes("CW-R001", "an internet-facing NLB over both public subnets", () -> Fixture.web().node("nlb", "nlb", "vpc")),

                trips("CW-R002", "single-AZ RDS", () -> Fixture.web().set("db", "multiAz", false), "db"),
                trips("CW-R002", "Aurora with one instance", () -> Fixture.web().node("aur", "aurora", "vpc", "instances", 1), "aur"),
                trips("CW-R002", "DocumentDB with one instance", () -> Fixture.web().node("docs", "documentdb", "vpc", "instances", 1), "docs"),
                passes("CW-R002", "a read replica need not be Multi-AZ",
                        () -> Fixture.web().node("replica", "rds", "vpc").edge("db", "replica")),
                passes("CW-R002", "Aurora with two instances (the default)", () -> Fixture.web().node("aur", "aurora", "vpc")),

                trips("CW-R003", "one instance behind the ALB", () -> Fixture.web().remove("asg").edge("alb", "web-a"), "web-a"),
                trips("CW-R003", "users reach one instance",
                        () -> Fixture.web().node("box", "ec2", "pub-a").edge("users", "box"), "box"),
                passes("CW-R003", "two instances behind the ALB",
                        () -> Fixture.web().remove("asg").edge("alb", "web-a").edge("alb", "web-b")),
                passes("CW-R003", "instances in an Auto Scaling group", Fixture::web),

                trips("CW-R004", "two AZs of private subnets share one NAT gateway", () -> Fixture.web().remove("nat-b"), "nat-a"),
                passes("CW-R004", "a NAT gateway per AZ", Fixture::web),
                passes("CW-R004", "private subnets in one AZ", () -> Fixture.web().remove("nat-b").set("app-b", "public", true)),

                trips("CW-R005", "a read replica in its source's AZ",
                        () -> Fixture.web().parent("db", "app-a").node("replica", "rds", "app-a").edge("db", "replica"), "replica"),
                passes("CW-R005", "a read replica in another AZ",
                        () -> Fixture.web().parent("db", "app-a").node("replica", "rds", "app-b").edge("db", "replica")),

                trips("CW-R006", "a load balancer's two targets in one AZ",
                        () -> Fixture.web().node("w3", "ec2", "app-a").node("w4", "ec2", "app-a").node("alb2", "alb", "vpc")
                                .edge("alb2", "w3").edge("alb2", "w4"), "alb2"),
                passes("CW-R006", "targets in two AZs", Fixture::web),
                passes("CW-R006", "a VPC entirely in one AZ is CW-R001's", () -> Fixture.web().parent("web-b", "app-a")),

                trips("CW-R007", "Auto Scaling members in one AZ",
                        () -> Fixture.web().node("w3", "ec2", "app-a").set("asg", "members", List.of("web-a", "w3")), "asg"),
                passes("CW-R007", "members in two AZs", Fixture::web),

                trips("CW-R008", "desired above max", () -> Fixture.web().set("asg", "desired", 9), "asg"),
                trips("CW-R008", "min above max", () -> Fixture.web().set("asg", "min", 5).set("asg", "max", 2), "asg"),
                passes("CW-R008", "the palette's 2 / 2 / 4", Fixture::web),

                trips("CW-R009", "a bucket named for backups", () -> Fixture.web().node("backups", "s3", "r1"), "backups"),
                trips("CW-R009", "a bucket AWS Backup protects",
                        () -> Fixture.web().node("files", "s3", "r1").node("plan", "backup", "r1").edge("plan", "files"), "files"),
                passes("CW-R009", "a backup bucket with versioning",
                        () -> Fixture.web().node("backups", "s3", "r1", "versioning", true)),
                passes("CW-R009", "an assets bucket", () -> Fixture.web().node("assets", "s3", "r1")),

                trips("CW-R010", "a custom script that is empty", () -> Fixture.web().set("asg", "software", "custom"), "asg"),
                trips("CW-R010", "a custom script holding bytes that were not UTF-8",
                        () -> Fixture.web().set("web-a", "software", "custom").set("web-a", "softwareScript", "#!/bin/bash\necho caf\uFFFD"), "web-a"),
                trips("CW-R010", "a custom script with a lone surrogate",
                        () -> Fixture.web().set("asg", "software", "custom").set("asg", "softwareScript", "#!/bin/bash\necho \uD800"), "asg"),
                trips("CW-R010", "a custom script over 16 KB once base64-encoded",
                        () -> Fixture.web().set("asg", "software", "custom").set("asg", "softwareScript", "#!/bin/bash\n" + "#".repeat(12_288)), "asg"),
                trips("CW-R010", "nginx on Ubuntu", () -> Fixture.web().set("web-a", "os", "ubuntu-24.04").set("asg", "software", "nginx"), "asg"),
                trips("CW-R010", "a health check path with a shell metacharacter",
                        () -> Fixture.web().set("asg", "healthCheckPath", "/health;reboot"), "asg"),
                passes("CW-R010", "a custom script of 12,288 bytes (16 KB in base64)",
                        () -> Fixture.web().set("asg", "software", "custom").set("asg", "softwareScript", "#!/bin/bash\n" + "#".repeat(12_276))),
                passes("CW-R010", "LAMP on Amazon Linux 2023 with its health check", () -> Fixture.web().set("asg", "software", "lamp")
                        .set("asg", "healthCheckPath", "/status/ok.html")),
                passes("CW-R010", "auto software on Ubuntu (it installs nothing)", () -> Fixture.web().set("web-a", "os", "ubuntu-24.04")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rule(RuleCase c) {
        c.verify();
    }
}
