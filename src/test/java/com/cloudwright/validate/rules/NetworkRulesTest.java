package com.cloudwright.validate.rules;

import com.cloudwright.validate.Fixture;
import com.cloudwright.validate.RuleCase;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.stream.Stream;

import static com.cloudwright.validate.RuleCase.passes;
import static com.cloudwright.validate.RuleCase.trips;

class NetworkRulesTest {

    /** The baseline plus a second and third VPC in the same Region, each with one subnet and a database. */
    static Fixture threeVpcs() {
        return Fixture.web()
                .node("vpc2", "vpc", "r1", "cidr", "10.1.0.0/16")
                .node("az2", "availability-zone", "vpc2", "zone", "a")
                .node("s2", "subnet", "az2", "cidr", "10.1.1.0/24")
                .node("vpc3", "vpc", "r1", "cidr", "10.2.0.0/16")
                .node("az3", "availability-zone", "vpc3", "zone", "a")
                .node("s3", "subnet", "az3", "cidr", "10.2.1.0/24")
                .node("svc", "ec2", "s3");
    }

    static Fixture chainOfPeerings() {
        return threeVpcs().node("p12", "vpc-peering", "r1").edge("p12", "vpc").edge("p12", "vpc2")
                .node("p23", "vpc-peering", "r1").edge("p23", "vpc2").edge("p23", "vpc3")
                .edge("web-a", "svc");
    }

    static Fixture vpcs(int count) {
        Fixture f = Fixture.empty().node("r1", "region", null, "region", "eu-west-1");
        for (int i = 1; i <= count; i++) {
            f.node("v" + i, "vpc", "r1", "cidr", "10." + i + ".0.0/16");
        }
        return f;
    }

    static Stream<RuleCase> cases() {
        return Stream.of(
                trips("CW-N001", "a /8 is too large", () -> Fixture.web().set("vpc", "cidr", "10.0.0.0/8"), "vpc"),
                trips("CW-N001", "host bits set", () -> Fixture.web().set("vpc", "cidr", "10.0.0.1/16"), "vpc"),
                trips("CW-N001", "an IPv6 primary block", () -> Fixture.web().set("vpc", "cidr", "2001:db8::/56"), "vpc"),
                trips("CW-N001", "no prefix length", () -> Fixture.web().set("vpc", "cidr", "10.0.0.0"), "vpc"),
                passes("CW-N001", "a /28 is the smallest allowed", () -> Fixture.empty().node("vpc", "vpc", null, "cidr", "10.0.0.0/28")),
                passes("CW-N001", "unset takes the palette default 10.0.0.0/16", () -> Fixture.empty().node("vpc", "vpc", null)),

                trips("CW-N002", "a subnet outside the VPC", () -> Fixture.web().set("app-b", "cidr", "10.1.12.0/24"), "app-b"),
                trips("CW-N002", "a /29 subnet", () -> Fixture.web().set("app-b", "cidr", "10.0.12.0/29"), "app-b"),
                trips("CW-N002", "an unparsable block", () -> Fixture.web().set("app-b", "cidr", "10.0.12.0/33"), "app-b"),
                passes("CW-N002", "the baseline's subnets", Fixture::web),
                passes("CW-N002", "a broken VPC block is CW-N001's", () -> Fixture.web().set("vpc", "cidr", "nonsense")),

                trips("CW-N003", "the same block twice (the later subnet is blamed)",
                        () -> Fixture.web().set("app-b", "cidr", "10.0.11.0/24"), "app-b"),
                trips("CW-N003", "a block holding three others",
                        () -> Fixture.web().set("app-b", "cidr", "10.0.0.0/20"), "app-b", "app-b", "app-b"),
                passes("CW-N003", "adjacent blocks", Fixture::web),
                passes("CW-N003", "equal blocks in different VPCs",
                        () -> threeVpcs().set("s2", "cidr", "10.0.1.0/24").set("vpc2", "cidr", "10.0.0.0/16")),

                trips("CW-N004", "a /28 holding a load balancer (eight addresses) and a NAT gateway: 9 of 11",
                        () -> Fixture.empty().node("vpc", "vpc", null).node("az", "availability-zone", "vpc")
                                .node("s1", "subnet", "az", "cidr", "10.0.0.0/28")
                                .node("lb", "alb", "s1").node("nat", "nat-gateway", "s1"), "s1"),
                trips("CW-N004", "a /28 whose Auto Scaling group may grow to ten instances",
                        () -> Fixture.empty().node("vpc", "vpc", null).node("az", "availability-zone", "vpc")
                                .node("s1", "subnet", "az", "cidr", "10.0.0.0/28").node("web", "ec2", "s1")
                                .node("asg", "auto-scaling-group", null, "members", java.util.List.of("web"), "max", 10), "s1"),
                passes("CW-N004", "a /28 with one instance",
                        () -> Fixture.empty().node("vpc", "vpc", null).node("az", "availability-zone", "vpc")
                                .node("s1", "subnet", "az", "cidr", "10.0.0.0/28").node("web", "ec2", "s1")),
                passes("CW-N004", "a subnet without a block",
                        () -> Fixture.empty().node("vpc", "vpc", null).node("az", "availability-zone", "vpc").node("s1", "subnet", "az")),

                trips("CW-N005", "peered VPCs overlap",
                        () -> threeVpcs().set("vpc2", "cidr", "10.0.0.0/16").node("pcx", "vpc-peering", "r1")
                                .edge("pcx", "vpc").edge("pcx", "vpc2"), "pcx"),
                trips("CW-N005", "transit-attached VPCs overlap",
                        () -> threeVpcs().set("vpc3", "cidr", "10.0.0.0/8").node("tgw", "transit-gateway", "r1")
                                .edge("tgw", "vpc").edge("vpc3", "tgw"), "tgw"),
                passes("CW-N005", "peered VPCs with distinct blocks",
                        () -> threeVpcs().node("pcx", "vpc-peering", "r1").edge("pcx", "vpc").edge("pcx", "vpc2")),

                trips("CW-N006", "a call across two peerings", NetworkRulesTest::chainOfPeerings, "web-a"),
                trips("CW-N006", "a peering joining three VPCs",
                        () -> threeVpcs().node("pcx", "vpc-peering", "r1").edge("pcx", "vpc").edge("pcx", "vpc2").edge("pcx", "vpc3"), "pcx"),
                passes("CW-N006", "a direct peering as well",
                        () -> chainOfPeerings().node("p13", "vpc-peering", "r1").edge("p13", "vpc").edge("p13", "vpc3")),
                passes("CW-N006", "a transit gateway joining both ends",
                        () -> chainOfPeerings().node("tgw", "transit-gateway", "r1").edge("tgw", "vpc").edge("tgw", "vpc3")),

                trips("CW-N007", "six VPCs in one Region", () -> vpcs(6), "v1"),
                passes("CW-N007", "five VPCs in one Region", () -> vpcs(5)),

                trips("CW-N008", "a subnet without a block", () -> Fixture.web().set("app-b", "cidr", null), "app-b"),
                passes("CW-N008", "the baseline", Fixture::web),

                trips("CW-N009", "a NAT gateway without an Elastic IP", () -> Fixture.web().remove("eip-a"), "nat-a"),
                passes("CW-N009", "a private NAT gateway needs none",
                        () -> Fixture.web().node("pnat", "nat-gateway", "app-a", "connectivityType", "private")),

                trips("CW-N010", "an Elastic IP on two resources", () -> Fixture.web().edge("eip-a", "web-a"), "eip-a"),
                passes("CW-N010", "one Elastic IP per NAT gateway", Fixture::web));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void rule(RuleCase c) {
        c.verify();
    }
}
