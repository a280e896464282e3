package com.cloudwright.cost;

import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Usage modelled from the drawing where the money is: egress, CloudFront geography, AZs, replicas, lifecycle. */
class UsageModellingTest {

    private static final CostEstimator ESTIMATOR = new CostEstimator(Palette.bundled());

    private static CostEstimate price(CostFixtures f) {
        return ESTIMATOR.estimate(f.diagram(), SnapshotPriceSource.bundled());
    }

    private static List<String> dimensions(CostEstimate e, String node) {
        return e.node(node).lines().stream().map(LineItem::dimension).toList();
    }

    private static LineItem line(CostEstimate e, String node, String dimension) {
        return e.node(node).lines().stream().filter(l -> l.dimension().equals(dimension)).findFirst().orElseThrow();
    }

    @Test
    void internetEgressOnlyWhereTheDrawingSendsTrafficToTheInternet() {
        CostEstimate e = price(new CostFixtures("us-east-1")
                .add("users", "users", null, Map.of())
                .add("public", "alb", "vpc", Map.of())
                .add("internal", "alb", "vpc", Map.of("scheme", "internal"))
                .add("origin", "alb", "vpc", Map.of())
                .add("cdn", "cloudfront", null, Map.of())
                .add("bucket", "s3", "r1", Map.of("dataOutGb", 50))
                .edge("users", "public").edge("users", "cdn").edge("cdn", "origin").edge("cdn", "bucket"));
        assertThat(line(e, "public", "dataOut").monthly()).isEqualByComparingTo("9"); // 100 GB × 0.09
        assertThat(dimensions(e, "internal")).containsExactly("hours", "lcu");
        assertThat(dimensions(e, "origin")).containsExactly("hours", "lcu");
        assertThat(dimensions(e, "bucket")).doesNotContain("dataOut");
    }

    @Test
    void cloudFrontIsPricedWhereItsViewersAreByDefaultTheRegionsGeography() {
        LineItem virginia = line(price(new CostFixtures("us-east-1").add("cdn", "cloudfront", null, Map.of())), "cdn", "dataOut");
        assertThat(virginia.unitPrice()).isEqualByComparingTo("0.085");
        assertThat(virginia.description()).isEqualTo("CloudFront data out (US, Canada, Mexico edges)");
        CostEstimate seoul = price(new CostFixtures("ap-northeast-2").add("cdn", "cloudfront", null, Map.of()));
        assertThat(line(seoul, "cdn", "dataOut").unitPrice()).isEqualByComparingTo("0.12");
        assertThat(line(seoul, "cdn", "dataOut").description()).contains("Korea");
        assertThat(line(seoul, "cdn", "requests").monthly()).isEqualByComparingTo(new BigDecimal("1.2")); // 100 × 0.012
        // the cheapest price class does not serve Asia: those viewers are served, and priced, from the US edges
        LineItem cheapest = line(price(new CostFixtures("ap-northeast-2").add("cdn", "cloudfront", null,
                Map.of("priceClass", "PriceClass_100"))), "cdn", "dataOut");
        assertThat(cheapest.unitPrice()).isEqualByComparingTo("0.085");
        LineItem japan = line(price(new CostFixtures("us-east-1").add("cdn", "cloudfront", null,
                Map.of("viewerLocation", "JP"))), "cdn", "dataOut");
        assertThat(japan.unitPrice()).isEqualByComparingTo("0.114");
        assertThat(japan.assumptions()).extracting(Assumption::property).contains("gbPerMonth");
    }

    @Test
    void connectionsBetweenAvailabilityZonesAreBilledBothWays() {
        CostEstimate e = price(new CostFixtures("us-east-1")
                .add("azb", "availability-zone", "vpc", Map.of("zone", "b"))
                .add("privb", "subnet", "azb", Map.of("cidr", "10.0.3.0/24", "public", false))
                .add("a", "ec2", "priv", Map.of())
                .add("b", "ec2", "privb", Map.of())
                .add("c", "ec2", "priv", Map.of())
                .edge("a", "b").edge("a", "c"));
        LineItem ab = line(e, "a", "interAz");
        assertThat(ab.quantity()).isEqualByComparingTo("20"); // one connection to another AZ × 10 GB × 2
        assertThat(ab.monthly()).isEqualByComparingTo("0.2");
        assertThat(ab.assumptions()).extracting(Assumption::property).contains("interAzGbPerEdge");
        assertThat(dimensions(e, "c")).doesNotContain("interAz");
    }

    @Test
    void readReplicasArePricedAsSingleAzInstancesWithTheirStorage() {
        CostEstimate e = price(new CostFixtures("us-east-1").add("db", "rds", "priv",
                Map.of("instanceClass", "db.t3.large", "multiAz", true, "readReplicas", 2, "storageGb", 100)));
        assertThat(line(e, "db", "instance").monthly()).isEqualByComparingTo("198.56");  // 0.272 × 730
        assertThat(line(e, "db", "replicas").monthly()).isEqualByComparingTo("198.56");  // 2 × 0.136 × 730
        assertThat(line(e, "db", "replicaStorage").monthly()).isEqualByComparingTo("23"); // 2 × 100 × 0.115
    }

    @Test
    void fargateAndLambdaAreMatchedToTheirArchitecture() {
        CostEstimate e = price(new CostFixtures("us-east-1")
                .add("x86", "fargate", "priv", Map.of())
                .add("arm", "fargate", "priv", Map.of("cpuArchitecture", "ARM64"))
                .add("fn", "lambda", "r1", Map.of("architecture", "arm64")));
        assertThat(line(e, "x86", "vcpu").description()).isEqualTo("Fargate vCPU (x86)");
        assertThat(line(e, "x86", "vcpu").priced()).isTrue();
        assertThat(line(e, "arm", "vcpu").description()).isEqualTo("Fargate vCPU (Arm)");
        assertThat(line(e, "arm", "vcpu").missing()).endsWith("'cloudwright prices refresh --region us-east-1' fetches it");
        assertThat(line(e, "fn", "duration").unitPrice()).isEqualByComparingTo("0.0000133334");
    }

    @Test
    void aGlacierLifecycleRuleAddsTransitionsAndGlacierStorage() {
        CostEstimate none = price(new CostFixtures("us-east-1").add("b", "s3", "r1", Map.of()));
        assertThat(dimensions(none, "b")).doesNotContain("glacierStorage", "glacierTransitions");
        CostEstimate rule = price(new CostFixtures("us-east-1").add("b", "s3", "r1", Map.of("glacierAfterDays", 30)));
        assertThat(line(rule, "b", "glacierStorage").monthly()).isEqualByComparingTo("0.18");    // 50 GB × 0.0036
        assertThat(line(rule, "b", "glacierTransitions").monthly()).isEqualByComparingTo("0.3"); // 10k × 0.03 / 1k
    }

    @Test
    void wafAndCognitoArePricedFromTheirUsage() {
        CostEstimate e = price(new CostFixtures("us-east-1")
                .add("waf", "waf", null, Map.of())
                .add("users", "cognito", "r1", Map.of("monthlyActiveUsers", 20000)));
        assertThat(e.node("waf").subtotal()).isEqualByComparingTo("8.6");   // 5 + 3 rules × 1 + 1M × 0.60/M
        assertThat(e.node("users").subtotal()).isEqualByComparingTo("300"); // 20,000 MAU × 0.015 (Essentials)
    }
}
