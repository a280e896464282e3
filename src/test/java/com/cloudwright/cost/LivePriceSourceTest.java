package com.cloudwright.cost;

import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.core.exception.SdkClientException;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The live source with the real SDK client against a loopback server that answers like the Price
 * List Query API: each case gives the right price or a clear per-line fallback, never a crash.
 */
class LivePriceSourceTest {

    private static final CostEstimator ESTIMATOR = new CostEstimator(Palette.bundled());

    @TempDir
    Path cacheDir;

    private FakePricingServer server;

    @BeforeEach
    void start() throws IOException {
        server = new FakePricingServer()
                .addResource("ec2-m5.large-us-east-1.json", "us-east-1")
                .add(FakePricingServer.product("GP3SKU", "AmazonEC2", "Storage",
                        Map.of("volumeApiName", "gp3", "regionCode", "us-east-1", "usagetype", "EBS:VolumeUsage.gp3"),
                        "GB-Mo", "0.0800000000", "$0.08 per GB-month of General Purpose (gp3) provisioned storage - US East (Northern Virginia)"))
                .add(FakePricingServer.product("NATHSKU", "AmazonEC2", "NAT Gateway",
                        Map.of("regionCode", "us-east-1", "usagetype", "NatGateway-Hours", "group", "NGW:NatGateway", "operation", "NatGateway"),
                        "Hrs", "0.0450000000", "$0.045 per NAT Gateway Hour"))
                .add(FakePricingServer.product("NATBSKU", "AmazonEC2", "NAT Gateway",
                        Map.of("regionCode", "us-east-1", "usagetype", "NatGateway-Bytes", "group", "NGW:NatGateway", "operation", "NatGateway"),
                        "GB", "0.0450000000", "$0.045 per GB Data Processed by NAT Gateways"))
                .add(FakePricingServer.product("IPV4SKU", "AmazonVPC", "VpcPublicIPv4Address",
                        Map.of("regionCode", "us-east-1", "usagetype", "USE1-PublicIPv4:InUseAddress"),
                        "Hrs", "0.0050000000", "$0.005 per In-use public IPv4 address per hour"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private LivePriceSource live(AwsCredentialsProvider credentials, Clock clock) {
        return LivePriceSource.builder(server.client()).credentials(credentials)
                .cache(new PriceCache(cacheDir, Duration.ofDays(7), clock)).clock(clock).build();
    }

    private LivePriceSource live() {
        return live(FakePricingServer.credentials(), Clock.systemUTC());
    }

    private static Diagram webAndNat() {
        return new CostFixtures("us-east-1")
                .add("web", "ec2", "priv", Map.of("instanceType", "m5.large"))
                .add("nat", "nat-gateway", "pub", Map.of())
                .diagram();
    }

    private static PriceSource withFallback(LivePriceSource live) {
        return new FallbackPriceSource(live, SnapshotPriceSource.bundled(), "live with fallback");
    }

    @Test
    void pricesAPlanFromTheApiWithTheRealClient() {
        CostEstimate e = ESTIMATOR.estimate(webAndNat(), null, live(), Cancellation.none());
        // m5.large 0.096 × 730 = 70.08; 8 GB gp3 × 0.08 = 0.64; NAT 32.85 + 100 GB × 0.045 + IPv4 3.65
        assertThat(e.node("web").subtotal()).isEqualByComparingTo("70.72");
        assertThat(e.node("nat").subtotal()).isEqualByComparingTo("41");
        LineItem instance = e.node("web").lines().get(0);
        assertThat(instance.origin().source()).isEqualTo("AWS Price List API");
        assertThat(instance.origin().detail()).isEqualTo("SKU 6C86BEPQVG73ZGGR");
        assertThat(instance.origin().fallback()).isNull();
        FakePricingServer.Call call = server.calls().get(0);
        assertThat(call.target()).isEqualTo("AWSPriceListService.GetProducts");
        assertThat(call.contentType()).startsWith("application/x-amz-json-1.1");
        assertThat(call.authorization()).contains("AWS4-HMAC-SHA256").contains("/us-east-1/pricing/aws4_request");
        assertThat(call.body().path("FormatVersion").asText()).isEqualTo("aws_v1");
        assertThat(server.calls()).anySatisfy(c -> assertThat(c.body().path("Filters").toString())
                .contains("\"Type\":\"TERM_MATCH\"", "\"Field\":\"instanceType\"", "\"Value\":\"m5.large\"",
                        "\"Field\":\"regionCode\"", "\"Value\":\"us-east-1\""));
    }

    @Test
    void followsNextTokenAcrossPages() {
        server.pageSize(1);
        LivePriceSource live = live();
        CostEstimate e = ESTIMATOR.estimate(new CostFixtures("us-east-1").add("nat", "nat-gateway", "pub",
                Map.of("connectivityType", "private")).diagram(), null, live, Cancellation.none());
        assertThat(e.node("nat").lines()).extracting(LineItem::monthly)
                .containsExactly(new java.math.BigDecimal("32.85"), new java.math.BigDecimal("4.5"));
        assertThat(server.calls()).hasSize(2);
        assertThat(server.calls().get(0).body().has("NextToken")).isFalse();
        assertThat(server.calls().get(1).body().path("NextToken").asText()).isEqualTo("page1");
        assertThat(live.apiCalls()).isEqualTo(2);
    }

    @Test
    void retriesAThrottledCallThenPrices() {
        server.failNext(400, "ThrottlingException", "Rate exceeded");
        CostEstimate e = ESTIMATOR.estimate(new CostFixtures("us-east-1").add("ip", "elastic-ip", "vpc", Map.of()).diagram(),
                null, live(), Cancellation.none());
        assertThat(e.node("ip").lines().get(0).monthly()).isEqualByComparingTo("3.65");
        assertThat(e.node("ip").lines().get(0).origin().source()).isEqualTo("AWS Price List API");
        assertThat(server.calls()).hasSize(2);
    }

    @Test
    void throttledPastTheRetriesFallsBackToTheSnapshotPerLine() {
        for (int i = 0; i < PricingClients.MAX_ATTEMPTS; i++) {
            server.failNext(400, "ThrottlingException", "Rate exceeded");
        }
        CostEstimate e = ESTIMATOR.estimate(new CostFixtures("us-east-1").add("ip", "elastic-ip", "vpc", Map.of()).diagram(),
                null, withFallback(live()), Cancellation.none());
        LineItem line = e.node("ip").lines().get(0);
        assertThat(line.monthly()).isEqualByComparingTo("3.65");
        assertThat(line.origin().source()).isEqualTo("bundled price snapshot");
        assertThat(line.origin().fallback())
                .isEqualTo("live price unavailable (the Price List API failed: ThrottlingException: Rate exceeded); snapshot price used");
        assertThat(server.calls()).hasSize(PricingClients.MAX_ATTEMPTS);
        assertThat(e.notes()).anyMatch(n -> n.startsWith("1 line(s) priced from the snapshot"));
    }

    @Test
    void accessDeniedIsReportedOnceAndFallsBack() {
        server.failNext(400, "AccessDeniedException",
                "User: arn:aws:iam::123456789012:user/dev is not authorized to perform: pricing:GetProducts");
        CostEstimate e = ESTIMATOR.estimate(new CostFixtures("us-east-1").add("ip", "elastic-ip", "vpc", Map.of()).diagram(),
                null, withFallback(live()), Cancellation.none());
        LineItem line = e.node("ip").lines().get(0);
        assertThat(line.monthly()).isEqualByComparingTo("3.65");
        assertThat(line.origin().fallback()).contains("AccessDeniedException: User: arn:aws:iam::123456789012:user/dev"
                + " is not authorized to perform: pricing:GetProducts");
        assertThat(server.calls()).hasSize(1);
    }

    @Test
    void aMalformedPriceListElementIsSkippedAndSaidSo() {
        server.extraElements(List.of("{\"product\": {\"sku\": \"BROKEN\"", "{\"product\":{\"sku\":\"X\"},\"terms\":"
                + "{\"OnDemand\":{\"X.T\":{\"priceDimensions\":{\"X.T.R\":{\"unit\":\"Hrs\",\"pricePerUnit\":{}}}}}}}"));
        PriceKey nat = new CostEstimator(Palette.bundled()).key("nat-gateway", "hours", Map.of()).orElseThrow();
        PriceResult r = live().prices(List.of(new PriceRequest(nat, "us-east-1")), Cancellation.none())
                .get(new PriceRequest(nat, "us-east-1"));
        assertThat(r).isInstanceOf(PriceResult.Found.class);
        PriceResult.Found found = (PriceResult.Found) r;
        assertThat(found.price().firstRate()).isEqualByComparingTo("0.045");
        assertThat(found.origin().detail()).isEqualTo("SKU NATHSKU; 2 malformed PriceList element(s) ignored");
    }

    @Test
    void anUnknownProductFallsBackWithTheReason() {
        Diagram d = new CostFixtures("us-east-1").add("c", "elasticache", "priv", Map.of()).diagram();
        CostEstimate e = ESTIMATOR.estimate(d, null, withFallback(live()), Cancellation.none());
        LineItem line = e.node("c").lines().get(0);
        assertThat(line.monthly()).isEqualByComparingTo("12.41");
        assertThat(line.origin().fallback()).startsWith("live price unavailable (the Price List has no product for "
                + "AmazonElastiCache|cacheEngine=Redis|instanceType=cache.t3.micro");
    }

    @Test
    void missingCredentialsFailFastWithoutAnyRequest() {
        AwsCredentialsProvider none = () -> {
            throw SdkClientException.create("Unable to load credentials from any of the providers in the chain. More text.");
        };
        long start = System.nanoTime();
        CostEstimate e = ESTIMATOR.estimate(webAndNat(), null, withFallback(live(none, Clock.systemUTC())), Cancellation.none());
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(5_000);
        assertThat(server.calls()).isEmpty();
        assertThat(e.node("web").lines().get(0).origin().fallback()).isEqualTo(
                "live price unavailable (no AWS credentials (Unable to load credentials from any of the providers in the chain)); snapshot price used");
        assertThat(e.node("web").subtotal()).isEqualByComparingTo("70.72");
    }

    @Test
    void anUnreachableEndpointFailsFastForEveryQuery() throws IOException {
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        LivePriceSource dead = LivePriceSource.builder(PricingClients.create(java.net.URI.create("http://127.0.0.1:" + closedPort),
                FakePricingServer.credentials())).credentials(FakePricingServer.credentials()).parallelism(1).build();
        Diagram d = new CostFixtures("us-east-1")
                .add("a", "ec2", "pub", Map.of("instanceType", "t3.micro", "dataOutGb", 5))
                .add("b", "rds", "priv", Map.of()).add("c", "s3", "r1", Map.of()).add("n", "nat-gateway", "pub", Map.of())
                .diagram();
        long start = System.nanoTime();
        CostEstimate e = ESTIMATOR.estimate(d, null, withFallback(dead), Cancellation.none());
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(5_000);
        assertThat(dead.apiCalls()).isEqualTo(1);
        assertThat(e.lines()).isNotEmpty().allSatisfy(l -> {
            String why = l.priced() ? l.origin().fallback() : l.missing();
            assertThat(why).contains("the Price List API failed: Unable to execute HTTP request");
        });
    }

    @Test
    void lookalikeUsageTypesAreNotMistakenForTheProduct() {
        for (String[] p : new String[][] {{"ALBH", "LoadBalancerUsage", "0.0225"}, {"ALBTS", "TS-LoadBalancerUsage", "0.005"},
                {"ALBOUT", "Outposts-LoadBalancerUsage", "0.025"}, {"ALBLCU", "LCUUsage", "0.008"}}) {
            server.add(FakePricingServer.product(p[0], "AWSELB", "Load Balancer-Application",
                    Map.of("regionCode", "us-east-1", "usagetype", p[1], "operation", "LoadBalancing:Application"),
                    "Hrs", p[2], "$" + p[2] + " per hour"));
        }
        CostEstimate e = ESTIMATOR.estimate(new CostFixtures("us-east-1").add("lb", "alb", "vpc", Map.of("dataOutGb", 0)).diagram(),
                null, live(), Cancellation.none());
        assertThat(e.node("lb").lines()).extracting(LineItem::monthly)
                .containsExactly(new java.math.BigDecimal("16.425"), new java.math.BigDecimal("5.84"));
        assertThat(e.node("lb").lines().get(0).origin().detail()).isEqualTo("SKU ALBH");
    }

    @Test
    void coldCacheCallsOncePerDistinctQueryAndWarmCacheNever() {
        Diagram d = webAndNat();
        CostPlan plan = ESTIMATOR.plan(d, null);
        long distinctQueries = plan.requests().stream().map(ProductQuery::of).distinct().count();
        assertThat(distinctQueries).isEqualTo(4); // EC2 instance, EBS gp3, NAT (hours + bytes), public IPv4
        CostEstimate cold = plan.price(live(), Cancellation.none());
        assertThat(server.calls()).hasSize((int) distinctQueries);

        LivePriceSource warmSource = live();
        CostEstimate warm = plan.price(warmSource, Cancellation.none());
        assertThat(server.calls()).hasSize((int) distinctQueries);
        assertThat(warmSource.apiCalls()).isZero();
        assertThat(warm.total()).isEqualByComparingTo(cold.total());

        Clock eightDaysLater = Clock.fixed(Instant.now().plus(Duration.ofDays(8)), ZoneOffset.UTC);
        plan.price(live(FakePricingServer.credentials(), eightDaysLater), Cancellation.none());
        assertThat(server.calls()).hasSize((int) (2 * distinctQueries));
    }

    @Test
    void cancellationStopsWaitingForTheApi() throws Exception {
        server.delay(3_000);
        Cancellation cancel = new Cancellation();
        CostPlan plan = ESTIMATOR.plan(webAndNat(), null);
        CompletableFuture<CostEstimate> running = CompletableFuture.supplyAsync(() -> plan.price(live(), cancel));
        Thread.sleep(300);
        long start = System.nanoTime();
        cancel.cancel();
        assertThatThrownBy(() -> running.get(2, TimeUnit.SECONDS)).hasCauseInstanceOf(CancellationException.class);
        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start)).isLessThan(2_000);
    }
}
