package com.cloudwright.cost;

import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** Every priced service against figures computed by hand from FACTS.md (us-east-1, bundled snapshot). */
class CostEstimatorTest {

    private static final Palette PALETTE = Palette.bundled();
    private static final CostEstimator ESTIMATOR = new CostEstimator(PALETTE);

    static Stream<Arguments> services() {
        return Stream.of(
                // EC2 t3.micro: 0.0104 × 730 = 7.592; 8 GB gp3 × 0.08 = 0.64; private subnet: no public IPv4
                arguments("ec2 private", "ec2", "priv", Map.of(),
                        Map.of("instance", "7.592", "rootVolume", "0.64")),
                // public subnet: + 0.005 × 730 = 3.65; 50 GB out × 0.09 = 4.5
                arguments("ec2 public", "ec2", "pub", Map.of("instanceType", "m5.large", "volumeGb", 20, "dataOutGb", 50),
                        Map.of("instance", "70.08", "rootVolume", "1.6", "publicIpv4", "3.65", "dataOut", "4.5")),
                arguments("ec2 gp2 root volume", "ec2", "priv", Map.of("instanceType", "t3.medium", "volumeType", "gp2"),
                        Map.of("instance", "30.368", "rootVolume", "0.8")),
                // RDS MySQL db.t3.micro Single-AZ: 0.017 × 730 = 12.41; 20 GB × 0.115 = 2.3
                arguments("rds single-AZ", "rds", "priv", Map.of(),
                        Map.of("instance", "12.41", "storage", "2.3")),
                // Multi-AZ via the Multi-AZ price: 0.272 × 730 = 198.56 (= 2 × 0.136 × 730); 100 GB × 0.23
                arguments("rds multi-AZ", "rds", "priv", Map.of("instanceClass", "db.t3.large", "multiAz", true, "storageGb", 100),
                        Map.of("instance", "198.56", "storage", "23")),
                arguments("rds postgres", "rds", "priv", Map.of("engine", "postgres", "instanceClass", "db.t3.large"),
                        Map.of("instance", "105.85", "storage", "2.3")),
                // Aurora: 2 × 0.082 × 730 = 119.72; 20 GB × 0.10 = 2; 1M I/O × 0.20/M = 0.2
                arguments("aurora", "aurora", "priv", Map.of(),
                        Map.of("instance", "119.72", "storage", "2", "io", "0.2")),
                // Serverless v2: 2 instances × 1 ACU × 730 × 0.12 = 175.2
                arguments("aurora serverless", "aurora", "priv", Map.of("instanceClass", "db.serverless"),
                        Map.of("serverless", "175.2", "storage", "2", "io", "0.2")),
                // NAT: 0.045 × 730 = 32.85; 100 GB × 0.045 = 4.5; its public IPv4 3.65
                arguments("nat gateway", "nat-gateway", "pub", Map.of(),
                        Map.of("hours", "32.85", "processed", "4.5", "publicIpv4", "3.65")),
                arguments("private nat gateway", "nat-gateway", "priv", Map.of("connectivityType", "private", "gbPerMonth", 1000),
                        Map.of("hours", "32.85", "processed", "45")),
                // ALB: 0.0225 × 730 = 16.425; 1 LCU × 730 × 0.008 = 5.84; 100 GB out × 0.09 = 9
                arguments("alb", "alb", "vpc", Map.of(),
                        Map.of("hours", "16.425", "lcu", "5.84", "dataOut", "9")),
                // NLB: 16.425; 2 NLCU × 730 × 0.006 = 8.76
                arguments("nlb", "nlb", "vpc", Map.of("nlcu", 2, "dataOutGb", 0),
                        Map.of("hours", "16.425", "nlcu", "8.76")),
                arguments("elastic ip", "elastic-ip", "vpc", Map.of(), Map.of("publicIpv4", "3.65")),
                // S3 Standard: 100 GB × 0.023 = 2.3; 10k PUT × 0.005/1k = 0.05; 100k GET × 0.0004/1k = 0.04
                arguments("s3", "s3", "r1", Map.of(),
                        Map.of("storage", "2.3", "putRequests", "0.05", "getRequests", "0.04")),
                // Lambda: 1M × 0.20/M = 0.2; 1M × 0.2 s × 0.125 GB = 25,000 GB-s × 0.0000166667 = 0.4166675
                arguments("lambda", "lambda", "r1", Map.of(),
                        Map.of("requests", "0.2", "duration", "0.416668")),
                arguments("lambda arm 1 GB", "lambda", "r1", Map.of("architecture", "arm64", "memoryMb", 1024, "avgDurationMs", 100),
                        Map.of("requests", "0.2", "duration", "1.33334")),
                // DynamoDB on-demand: 1M WRU × 0.625/M; 5M RRU × 0.125/M; 10 GB × 0.25
                arguments("dynamodb", "dynamodb", "r1", Map.of(),
                        Map.of("writes", "0.625", "reads", "0.625", "storage", "2.5")),
                // ElastiCache: 2 × cache.m5.large 0.156 × 730 = 227.76
                arguments("elasticache", "elasticache", "priv", Map.of("nodeType", "cache.m5.large", "nodes", 2),
                        Map.of("nodes", "227.76")),
                arguments("elasticache t3.micro", "elasticache", "priv", Map.of(), Map.of("nodes", "12.41")),
                // CloudFront: 100 GB × 0.085; 1M HTTPS requests × 0.01/10k = 1
                arguments("cloudfront", "cloudfront", null, Map.of(),
                        Map.of("dataOut", "8.5", "requests", "1")),
                // Route 53: 1 zone × 0.50; 1M queries × 0.40/M
                arguments("route53", "route53", null, Map.of(), Map.of("zones", "0.5", "queries", "0.4")),
                arguments("sqs standard", "sqs", "r1", Map.of("requestsPerMonth", 10_000_000), Map.of("requests", "4")),
                arguments("sqs fifo", "sqs", "r1", Map.of("fifo", true, "requestsPerMonth", 10_000_000), Map.of("requests", "5")),
                arguments("sns", "sns", "r1", Map.of(), Map.of("publishes", "0.5")),
                arguments("api gateway rest", "api-gateway", "r1", Map.of(), Map.of("requests", "3.5")),
                arguments("api gateway http", "api-gateway", "r1", Map.of("apiType", "HTTP", "requestsPerMonth", 5_000_000),
                        Map.of("requests", "5")),
                // EFS Standard: 10 GB × 0.30
                arguments("efs", "efs", "vpc", Map.of(), Map.of("storage", "3")),
                // EBS gp3 100 GB × 0.08 = 8; 4000 IOPS: 1000 × 0.005 = 5; 250 MB/s: 125 × 0.04 = 5
                arguments("ebs gp3", "ebs", "priv", Map.of("sizeGb", 100, "iops", 4000, "throughputMbps", 250),
                        Map.of("storage", "8", "iops", "5", "throughput", "5")),
                // EKS: cluster 0.10 × 730 = 73; 2 × t3.medium workers 0.0416 × 730 × 2 = 60.736
                arguments("eks workers", "eks", "priv", Map.of(), Map.of("cluster", "73", "nodes", "60.736")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("services")
    void pricesEachServiceFromFactsFigures(String name, String type, String parent, Map<String, ?> props,
                                           Map<String, String> expected) {
        Diagram d = new CostFixtures("us-east-1").add("x", type, parent, props).diagram();
        CostEstimate e = ESTIMATOR.estimate(d, SnapshotPriceSource.bundled());
        NodeCost node = e.node("x");
        assertThat(node.kind()).isEqualTo(NodeCost.Kind.PRICED);
        Map<String, BigDecimal> priced = new LinkedHashMap<>();
        node.lines().stream().filter(LineItem::priced).forEach(l -> priced.put(l.dimension(), l.monthly()));
        Map<String, BigDecimal> want = expected.entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, x -> new BigDecimal(x.getValue())));
        assertThat(priced).usingComparatorForType(BigDecimal::compareTo, BigDecimal.class).isEqualTo(want);
        BigDecimal sum = want.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        assertThat(node.subtotal()).isEqualByComparingTo(sum);
        assertThat(e.total()).isEqualByComparingTo(sum);
        for (LineItem l : node.lines()) {
            if (l.priced()) {
                assertThat(l.origin().source()).isEqualTo("bundled price snapshot");
                assertThat(l.origin().asOf()).isEqualTo(PriceSnapshot.bundled().asOf());
                assertThat(l.origin().detail()).isNotBlank();
                assertThat(CostPlan.money(l.unitPrice().multiply(l.quantity()))).isEqualByComparingTo(l.monthly());
            }
        }
    }

    @Test
    void autoScalingGroupIsDesiredCapacityTimesTheMembersInstanceType() {
        Diagram d = new CostFixtures("us-east-1")
                .add("web-a", "ec2", "priv", Map.of("instanceType", "t3.medium"))
                .add("web-b", "ec2", "priv", Map.of("instanceType", "t3.medium"))
                .add("asg", "auto-scaling-group", null, Map.of("members", List.of("web-a", "web-b"), "desired", 3))
                .diagram();
        CostEstimate e = ESTIMATOR.estimate(d, SnapshotPriceSource.bundled());
        NodeCost asg = e.node("asg");
        // 3 × 0.0416 × 730 = 91.104; 3 × 8 GB × 0.08 = 1.92
        assertThat(asg.lines()).extracting(LineItem::dimension, LineItem::monthly)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("instance", new BigDecimal("91.104")),
                        org.assertj.core.groups.Tuple.tuple("rootVolume", new BigDecimal("1.92")));
        assertThat(asg.lines().get(0).quantity()).isEqualByComparingTo("2190");
        assertThat(asg.lines().get(0).assumptions()).extracting(Assumption::nodeId, Assumption::property)
                .contains(org.assertj.core.groups.Tuple.tuple("asg", "desired"),
                        org.assertj.core.groups.Tuple.tuple("web-a", "hoursPerMonth"));
        assertThat(e.node("web-a").kind()).isEqualTo(NodeCost.Kind.INCLUDED);
        assertThat(e.node("web-a").unpriced()).isEqualTo("priced with Auto Scaling group asg");
        assertThat(e.total()).isEqualByComparingTo("93.024");
    }

    @Test
    void nothingIsSilentlyZero() {
        Diagram d = new CostFixtures("us-east-1")
                .add("role", "iam-role", null, Map.of())
                .add("rack", "outposts", "r1", Map.of())
                .add("search", "opensearch", "priv", Map.of())
                .add("db", "rds", "priv", Map.of("storageType", "io2"))
                .add("empty", "s3", "r1", Map.of("storageGb", 0, "putRequestsPerMonth", 0, "getRequestsPerMonth", 0))
                .diagram();
        CostEstimate e = ESTIMATOR.estimate(d, SnapshotPriceSource.bundled());
        assertThat(e.node("role").kind()).isEqualTo(NodeCost.Kind.FREE);
        assertThat(e.node("role").unpriced()).isEqualTo("free: IAM is free");
        assertThat(e.node("vpc").unpriced()).startsWith("free:");
        assertThat(e.node("rack").kind()).isEqualTo(NodeCost.Kind.NO_PRICE_DATA);
        assertThat(e.node("rack").unpriced()).startsWith("AWS Outposts is billed but not priced by Cloudwright: ");
        assertThat(e.node("search").lines()).isNotEmpty().allSatisfy(l -> {
            assertThat(l.priced()).isFalse();
            assertThat(l.missing()).startsWith("no price for ").contains(" in us-east-1 in the snapshot")
                    .endsWith("'cloudwright prices refresh --region us-east-1' fetches it");
        });
        assertThat(e.node("db").lines()).filteredOn(l -> l.dimension().equals("storage")).singleElement()
                .satisfies(l -> assertThat(l.missing()).isEqualTo("no price mapping for storageType=io2"));
        assertThat(e.node("empty").kind()).isEqualTo(NodeCost.Kind.FREE);
        assertThat(e.node("empty").unpriced()).startsWith("nothing billable with the current settings");
        assertThat(e.node("empty").assumptions()).extracting(Assumption::property).contains("storageGb");
        assertThat(e.incomplete()).isTrue();
        assertThat(e.total()).isEqualByComparingTo("12.41"); // the RDS instance: 0.017 × 730
        assertThat(e.notes()).anyMatch(n -> n.startsWith("Free tier ignored"));
    }

    @Test
    void otherRegionsUseTheirOwnFiguresAndNeverCopyUsEast1() {
        Diagram d = new CostFixtures("ap-northeast-2")
                .add("old", "ec2", "priv", Map.of("instanceType", "t2.micro", "dataOutGb", 10))
                .add("new", "ec2", "priv", Map.of("instanceType", "t3.nano"))
                .diagram();
        CostEstimate e = ESTIMATOR.estimate(d, SnapshotPriceSource.bundled());
        assertThat(e.region()).isEqualTo("ap-northeast-2");
        LineItem t2 = e.node("old").lines().get(0);
        assertThat(t2.monthly()).isEqualByComparingTo("10.512"); // 0.0144 × 730
        assertThat(e.node("old").lines()).filteredOn(l -> l.dimension().equals("dataOut"))
                .singleElement().satisfies(l -> assertThat(l.monthly()).isEqualByComparingTo("1.26")); // 10 × 0.126
        LineItem t3 = e.node("new").lines().get(0);
        assertThat(t3.priced()).isFalse();
        assertThat(t3.missing()).startsWith("no price for t3.nano in ap-northeast-2 in the snapshot; nearest known: t")
                .endsWith("'cloudwright prices refresh --region ap-northeast-2' fetches it");
        CostEstimate east = ESTIMATOR.estimate(d, "us-east-1", SnapshotPriceSource.bundled(), Cancellation.none());
        assertThat(east.node("new").lines().get(0).monthly()).isEqualByComparingTo("3.796"); // 0.0052 × 730
    }

    @Test
    void regionComparisonPricesEachSnapshotRegion() {
        Diagram d = new CostFixtures("us-east-1").add("old", "ec2", "priv", Map.of("instanceType", "t2.micro")).diagram();
        RegionComparison c = ESTIMATOR.compare(d, SnapshotPriceSource.bundled().regions(), SnapshotPriceSource.bundled(),
                Cancellation.none());
        assertThat(c.regions()).startsWith("us-east-1").containsAll(BundledSnapshotTest.REGIONS)
                .containsExactlyElementsOf(SnapshotPriceSource.bundled().regions());
        // t2.micro × 730 + 8 GB gp3, each region at its own figures
        assertThat(c.subtotal("us-east-1", "old")).isEqualByComparingTo("9.108");    // 0.0116 × 730 + 8 × 0.08
        assertThat(c.subtotal("eu-west-1", "old")).isEqualByComparingTo("9.902");    // 0.0126 × 730 + 8 × 0.088
        assertThat(c.subtotal("ap-northeast-1", "old")).isEqualByComparingTo("11.864"); // 0.0152 × 730 + 8 × 0.096
        // us-west-2 has no sourced gp3 figure: the instance is priced, the volume is listed as missing
        assertThat(c.subtotal("us-west-2", "old")).isEqualByComparingTo("8.468");
        assertThat(c.estimate("us-west-2").incomplete()).isTrue();
        assertThat(c.estimate("eu-west-1").incomplete()).isFalse();
    }

    @Test
    void usageAssumptionsAreEditablePropertiesWithDefaults() {
        assertThat(PALETTE.require("nat-gateway").property("gbPerMonth").orElseThrow().isUsage()).isTrue();
        assertThat(PALETTE.require("s3").property("storageGb").orElseThrow().defaultValue()).isEqualTo(100);
        assertThat(PALETTE.require("lambda").property("requestsPerMonth").orElseThrow().isUsage()).isTrue();
        assertThat(PALETTE.require("ec2").property("hoursPerMonth").orElseThrow().defaultValue()).isEqualTo(730);
        Diagram d = new CostFixtures("us-east-1").add("nat", "nat-gateway", "pub", Map.of("gbPerMonth", 1000)).diagram();
        NodeCost nat = ESTIMATOR.estimate(d, SnapshotPriceSource.bundled()).node("nat");
        assertThat(nat.assumptions()).extracting(Assumption::property).contains("hoursPerMonth", "gbPerMonth");
        Assumption gb = nat.lines().get(1).assumptions().get(0);
        assertThat(gb.property()).isEqualTo("gbPerMonth");
        assertThat(gb.defaulted()).isFalse();
        assertThat(gb.display()).isEqualTo("gbPerMonth=1000 GB/month");
        assertThat(nat.lines().get(1).monthly()).isEqualByComparingTo("45");
    }
}
