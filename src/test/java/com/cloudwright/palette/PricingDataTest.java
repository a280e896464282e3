package com.cloudwright.palette;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** {@code palettes/pricing.json} is loaded beside the entry files and merged into them. */
class PricingDataTest {

    @TempDir
    Path dir;

    @BeforeEach
    void palette() throws IOException {
        Files.writeString(dir.resolve("index.json"), "{\"files\": [\"a.json\"]}");
        Files.writeString(dir.resolve("a.json"), "{\"entries\": ["
                + "{\"id\": \"nat-gateway\", \"label\": \"NAT gateway\", \"category\": \"Networking\", \"kind\": \"service\","
                + " \"placement\": \"subnet\", \"properties\": [{\"name\": \"gbPerMonth\", \"type\": \"number\", \"default\": 5}]},"
                + "{\"id\": \"iam-role\", \"label\": \"IAM role\", \"category\": \"Security\", \"kind\": \"service\", \"placement\": \"global\"},"
                + "{\"id\": \"glue\", \"label\": \"AWS Glue\", \"category\": \"Analytics\", \"kind\": \"service\", \"placement\": \"regional\"}]}");
    }

    private void pricing(String json) throws IOException {
        Files.writeString(dir.resolve("pricing.json"), json);
    }

    private static final String NAT = "\"nat-gateway\": {\"usage\": [\"hoursPerMonth\", {\"name\": \"gbPerMonth\", \"type\": \"number\", \"default\": 100}],"
            + " \"dimensions\": [{\"id\": \"hours\", \"description\": \"NAT gateway hours\", \"service\": \"AmazonEC2\","
            + " \"filters\": {\"productFamily\": \"NAT Gateway\"}, \"match\": {\"usagetype\": \"*NatGateway-Hours\"},"
            + " \"unit\": \"hours\", \"quantity\": \"hoursPerMonth\"}]}";

    @Test
    void mergesDimensionsAndUsagePropertiesIntoTheEntries() throws IOException {
        pricing("{\"usageProperties\": {\"hoursPerMonth\": {\"type\": \"number\", \"default\": 730, \"unit\": \"h\"}},"
                + " \"services\": {" + NAT + ", \"iam-role\": {\"free\": \"IAM is free\"}}}");
        Palette p = PaletteLoader.fromDirectory(dir);
        PaletteEntry nat = p.require("nat-gateway");
        PropertySpec hours = nat.property("hoursPerMonth").orElseThrow();
        assertThat(hours.isUsage()).isTrue();
        assertThat(hours.defaultValue()).isEqualTo(730);
        assertThat(hours.unit()).isEqualTo("h");
        // the entry's own declaration wins over the pricing file's
        assertThat(nat.property("gbPerMonth").orElseThrow().defaultValue()).isEqualTo(5);
        assertThat(nat.properties()).extracting(PropertySpec::name).containsExactly("gbPerMonth", "hoursPerMonth");
        assertThat(nat.pricing().get("usage")).isEqualTo(List.of("hoursPerMonth", "gbPerMonth"));
        assertThat(nat.pricing().get("dimensions")).asList().hasSize(1);
        assertThat(p.require("iam-role").pricing()).containsEntry("free", "IAM is free");
        assertThat(p.require("glue").pricing()).isEmpty();
        assertThat(p.propertyValue(new com.cloudwright.model.Node("n", "nat-gateway", null,
                new com.cloudwright.model.Bounds(0, 0, 1, 1), com.cloudwright.model.Props.EMPTY), "hoursPerMonth")).isEqualTo(730);
    }

    @Test
    void refusesBrokenPricingDataNamingWhere() throws IOException {
        pricing("{\"services\": {\"lambda\": {\"free\": \"x\"}}}");
        assertThatThrownBy(() -> PaletteLoader.fromDirectory(dir))
                .hasMessage("palettes/pricing.json: services.lambda: no palette entry 'lambda'");

        pricing("{\"services\": {\"nat-gateway\": {\"dimensions\": [{\"id\": \"h\", \"description\": \"d\", \"service\": \"S\","
                + " \"unit\": \"u\", \"quantity\": \"1\", \"colour\": \"red\"}]}}}");
        assertThatThrownBy(() -> PaletteLoader.fromDirectory(dir))
                .hasMessageContaining("palettes/pricing.json: services.nat-gateway.dimensions[0]: unknown field \"colour\"");

        pricing("{\"services\": {\"nat-gateway\": {\"dimensions\": [{\"id\": \"h\", \"description\": \"d\", \"service\": \"S\","
                + " \"unit\": \"u\"}]}}}");
        assertThatThrownBy(() -> PaletteLoader.fromDirectory(dir)).hasMessageContaining("\"quantity\" is missing");

        pricing("{\"services\": {\"nat-gateway\": {\"usage\": [\"nope\"]}}}");
        assertThatThrownBy(() -> PaletteLoader.fromDirectory(dir)).hasMessageContaining("'nope' is not in usageProperties");

        pricing("{\"services\": {\"nat-gateway\": {\"usage\": [{\"name\": \"x\", \"type\": \"number\", \"group\": \"config\"}]}}}");
        assertThatThrownBy(() -> PaletteLoader.fromDirectory(dir)).hasMessageContaining("usage properties have group \"usage\"");

        pricing("{\"services\": {\"nat-gateway\": {\"dimensions\": [{\"id\": \"h\", \"description\": \"d\", \"service\": \"S\","
                + " \"unit\": \"u\", \"quantity\": \"1\", \"filters\": {\"a\": 1}}]}}}");
        assertThatThrownBy(() -> PaletteLoader.fromDirectory(dir)).hasMessageContaining("filters: expected an object of strings");
    }

    @Test
    void aPaletteWithoutPricingFileLoadsAsBefore() {
        Palette p = PaletteLoader.fromDirectory(dir);
        assertThat(p.require("nat-gateway").pricing()).isEqualTo(Map.of());
        assertThat(p.require("nat-gateway").properties()).hasSize(1);
    }

    @Test
    void theBundledPaletteHasPricingForEveryCoreService() {
        Palette p = Palette.bundled();
        for (String id : List.of("ec2", "auto-scaling-group", "rds", "aurora", "nat-gateway", "alb", "nlb", "elastic-ip", "s3",
                "lambda", "dynamodb", "elasticache", "cloudfront", "route53", "sqs", "sns", "api-gateway",
                "kinesis-data-streams", "efs")) {
            assertThat(p.require(id).pricing()).as(id).containsKey("usage");
            assertThat(p.require(id).pricing().containsKey("dimensions") || p.require(id).pricing().containsKey("members"))
                    .as(id).isTrue();
        }
    }
}
