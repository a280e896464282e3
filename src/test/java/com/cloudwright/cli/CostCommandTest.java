package com.cloudwright.cli;

import com.cloudwright.cost.SnapshotPriceSource;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class CostCommandTest {

    @TempDir
    Path dir;

    record Result(int code, String out, String err) {
    }

    static Result run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Result(code, out.toString(), err.toString());
    }

    static String threeTier() {
        try {
            return Path.of(CostCommandTest.class.getResource("/cost/three-tier.cwd.json").toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void jsonHasTheProductShape() throws IOException {
        Result r = run("cost", threeTier(), "--offline", "--format", "json");
        assertThat(r.code()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        List<String> fields = new ArrayList<>();
        root.fieldNames().forEachRemaining(fields::add);
        assertThat(fields.subList(0, 5)).containsExactly("region", "currency", "priceSource", "items", "total");
        assertThat(root.path("region").asText()).isEqualTo("us-east-1");
        assertThat(root.path("currency").asText()).isEqualTo("USD");
        assertThat(root.path("priceSource").asText()).startsWith("bundled price snapshot, as of ");
        JsonNode first = root.path("items").get(0);
        List<String> itemFields = new ArrayList<>();
        first.fieldNames().forEachRemaining(itemFields::add);
        assertThat(itemFields.subList(0, 6)).containsExactly("node", "description", "quantity", "unit", "unitPrice", "monthly");
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode item : root.path("items")) {
            assertThat(item.path("monthly").isNumber()).isTrue();
            sum = sum.add(item.path("monthly").decimalValue());
        }
        assertThat(root.path("total").decimalValue()).isEqualByComparingTo(sum);
        // ASG 2 × t3.micro: 2 × 0.0104 × 730 = 15.184
        assertThat(root.path("items")).anySatisfy(i -> {
            assertThat(i.path("node").asText()).isEqualTo("asg");
            assertThat(i.path("monthly").decimalValue()).isEqualByComparingTo("15.184");
            assertThat(i.path("assumptions").toString()).contains("\"property\":\"desired\"");
        });
        // an instance class no source prices (db.x9.huge): listed with the nearest known classes, not counted as zero
        assertThat(root.path("unpriced")).anySatisfy(u -> {
            assertThat(u.path("node").asText()).isEqualTo("db");
            assertThat(u.path("reason").asText()).startsWith("no price for db.x9.huge in us-east-1 in the snapshot; nearest known: db.")
                    .endsWith("'cloudwright prices refresh --region us-east-1' fetches it");
        });
        assertThat(root.path("unpriced")).anySatisfy(u -> assertThat(u.path("reason").asText()).isEqualTo("free: IAM is free"));
        assertThat(root.path("notes").toString()).contains("Free tier ignored");
    }

    @Test
    void textAndCsvShowAssumptionsAndTheFreeTierNote() {
        Result text = run("cost", threeTier(), "--offline");
        assertThat(text.code()).isZero();
        assertThat(text.out()).contains("Monthly cost estimate for \"Three-tier web\" in us-east-1 (USD)")
                .contains("NAT gateway hours: 730 hours × $0.045 = $32.85   [hoursPerMonth=730 h]")
                .contains("Note: Free tier ignored");
        Result csv = run("cost", threeTier(), "--offline", "--format", "csv");
        assertThat(csv.out().lines().findFirst().orElseThrow())
                .isEqualTo("node,service,description,quantity,unit,unitPrice,monthly,assumptions,source,note");
        assertThat(csv.out()).contains("role,IAM role,,,,,,,,free: IAM is free");
    }

    @Test
    void regionOverrideAndComparison() throws IOException {
        Result seoul = run("cost", threeTier(), "--offline", "--region", "ap-northeast-2", "--format", "json");
        assertThat(new ObjectMapper().readTree(seoul.out()).path("region").asText()).isEqualTo("ap-northeast-2");
        Result compare = run("cost", threeTier(), "--offline", "--compare-regions", "--format", "json");
        assertThat(compare.code()).isZero();
        JsonNode totals = new ObjectMapper().readTree(compare.out()).path("totals");
        assertThat(totals.size()).isEqualTo(SnapshotPriceSource.bundled().regions().size()).isGreaterThanOrEqualTo(20);
        assertThat(totals.has("ap-northeast-2")).isTrue();
        assertThat(run("cost", threeTier(), "--offline", "--compare-regions").out()).contains("us-west-2", "Total");
    }

    @Test
    void badInputExitsWithTwoAndOneLine() throws IOException {
        Result missing = run("cost", dir.resolve("nope.cwd.json").toString(), "--offline");
        assertThat(missing.code()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(missing.err().strip()).contains("nope.cwd.json").doesNotContain("\n").doesNotContain("Exception");
        Result region = run("cost", threeTier(), "--offline", "--region", "Seoul");
        assertThat(region.code()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(region.err()).contains("'Seoul' is not an AWS region code");
        Result unknown = run("cost", threeTier(), "--offline", "--region", "us-east-9");
        assertThat(unknown.code()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(unknown.err().strip()).startsWith("cloudwright: --region: 'us-east-9' is not an AWS region code with"
                        + " published prices; known Regions: af-south-1, ")
                .contains("ap-northeast-2, ").contains("us-east-1, ").doesNotContain("\n");
        Path badSnapshot = Files.writeString(dir.resolve("s.json"), "{\"format\": \"something-else\"}");
        Result snap = run("cost", threeTier(), "--offline", "--snapshot", badSnapshot.toString());
        assertThat(snap.code()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(snap.err()).contains("is not a cloudwright-price-snapshot file");
    }
}
