package com.cloudwright.cli;

import com.cloudwright.cost.FakePricingServerAccess;
import com.cloudwright.cost.PriceSnapshot;
import com.cloudwright.cost.PriceSources;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** {@code cost} without --offline and {@code prices refresh}, against the loopback Price List server. */
class CostLiveCommandTest {

    @TempDir
    Path dir;

    private FakePricingServerAccess server;

    @BeforeEach
    void start() throws IOException {
        server = FakePricingServerAccess.start();
        System.setProperty(PriceSources.ENDPOINT_PROPERTY, server.endpoint().toString());
        System.setProperty(PriceSources.CACHE_PROPERTY, dir.resolve("cache").toString());
    }

    @AfterEach
    void stop() {
        server.close();
        System.clearProperty(PriceSources.ENDPOINT_PROPERTY);
        System.clearProperty(PriceSources.CACHE_PROPERTY);
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    private void credentials() {
        System.setProperty("aws.accessKeyId", "AKIDEXAMPLE");
        System.setProperty("aws.secretAccessKey", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    }

    @Test
    void livePricesWithSnapshotFallbackPerLine() throws IOException {
        credentials();
        CostCommandTest.Result r = CostCommandTest.run("cost", CostCommandTest.threeTier(), "--format", "json");
        assertThat(r.code()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.path("priceSource").asText()).startsWith("AWS Price List API (live, cached on disk for 168 h), falling back to");
        assertThat(root.path("items")).anySatisfy(i -> {
            assertThat(i.path("description").asText()).isEqualTo("NAT gateway hours");
            assertThat(i.path("source").path("name").asText()).isEqualTo("AWS Price List API");
        });
        assertThat(root.path("items")).anySatisfy(i -> {
            assertThat(i.path("node").asText()).isEqualTo("asg");
            assertThat(i.path("source").path("name").asText()).isEqualTo("bundled price snapshot");
            assertThat(i.path("source").path("fallback").asText()).startsWith("live price unavailable (the Price List has no product");
        });
        int calls = server.calls();
        assertThat(calls).isPositive();
        CostCommandTest.run("cost", CostCommandTest.threeTier(), "--format", "json");
        assertThat(server.calls()).as("warm disk cache").isEqualTo(calls);
    }

    @Test
    void withoutCredentialsTheCommandFallsBackFastAndSaysSo() throws IOException {
        assumeTrue(System.getenv("AWS_ACCESS_KEY_ID") == null && System.getenv("AWS_PROFILE") == null
                && !Files.exists(Path.of(System.getProperty("user.home"), ".aws")), "this machine has AWS credentials");
        long start = System.nanoTime();
        CostCommandTest.Result r = CostCommandTest.run("cost", CostCommandTest.threeTier(), "--format", "json");
        assertThat(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start)).isLessThan(10);
        assertThat(r.code()).isZero();
        assertThat(server.calls()).isZero();
        JsonNode first = new ObjectMapper().readTree(r.out()).path("items").get(0);
        assertThat(first.path("source").path("fallback").asText()).startsWith("live price unavailable (no AWS credentials (");
    }

    @Test
    void pricesRefreshWritesASnapshotInTheBundledFormat() throws IOException {
        credentials();
        Path out = dir.resolve("prices.json");
        CostCommandTest.Result r = CostCommandTest.run("prices", "refresh", "--source", "api", "--regions", "us-east-1", "-o",
                out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).contains("prices: us-east-1: ").contains("prices: wrote ");
        PriceSnapshot s = PriceSnapshot.read(Files.readAllBytes(out), out.toString());
        assertThat(s.regions().get("us-east-1")).startsWith("AWS Price List Query API (GetProducts), fetched ");
        PriceSnapshot.Entry m5 = s.entries().stream()
                .filter(e -> "m5.large".equals(e.key().filters().get("instanceType")) && "Linux".equals(e.key().filters().get("operatingSystem")))
                .findFirst().orElseThrow();
        assertThat(m5.regions().get("us-east-1").price().firstRate()).isEqualByComparingTo("0.096");
        assertThat(m5.regions().get("us-east-1").source()).isEqualTo("SKU 6C86BEPQVG73ZGGR");
        assertThat(m5.unit()).isEqualTo("Hrs");
        PriceSnapshot.Entry t3 = s.entries().stream()
                .filter(e -> "t3.micro".equals(e.key().filters().get("instanceType")) && "Linux".equals(e.key().filters().get("operatingSystem")))
                .findFirst().orElseThrow();
        assertThat(t3.regions().get("us-east-1").missing()).startsWith("the Price List has no product for AmazonEC2");

        CostCommandTest.Result withIt = CostCommandTest.run("cost", CostCommandTest.threeTier(), "--offline", "--snapshot",
                out.toString(), "--format", "json");
        assertThat(withIt.code()).isZero();
        JsonNode root = new ObjectMapper().readTree(withIt.out());
        assertThat(root.path("priceSource").asText()).startsWith("price snapshot prices.json, as of ");
        assertThat(root.path("items")).anySatisfy(i -> assertThat(i.path("description").asText()).isEqualTo("NAT gateway hours"));
    }

    @Test
    void refreshWithoutCredentialsFailsWithOneLine() {
        assumeTrue(System.getenv("AWS_ACCESS_KEY_ID") == null && System.getenv("AWS_PROFILE") == null
                && !Files.exists(Path.of(System.getProperty("user.home"), ".aws")), "this machine has AWS credentials");
        CostCommandTest.Result r = CostCommandTest.run("prices", "refresh", "--source", "api", "--regions", "us-east-1");
        assertThat(r.code()).isEqualTo(Cli.EXIT_PROBLEMS);
        assertThat(r.err()).contains("cloudwright: no price could be fetched: no AWS credentials (");
        assertThat(server.calls()).isZero();
    }
}
