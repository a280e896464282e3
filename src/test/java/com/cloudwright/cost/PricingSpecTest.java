package com.cloudwright.cost;

import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;
import com.cloudwright.palette.PaletteEntry;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The pricing data parses, its expressions and templates work, and the small pieces behave. */
class PricingSpecTest {

    @Test
    void everyDimensionOfTheBundledPaletteParses() {
        int dimensions = 0;
        for (PaletteEntry e : Palette.bundled().entries()) {
            ServicePricing p = ServicePricing.of(e);
            if (p == null) {
                continue;
            }
            for (ServicePricing.Dimension d : p.dimensions()) {
                assertThat(d.per()).as(e.id() + "." + d.id()).isPositive();
                for (String name : d.quantity().names()) {
                    String property = name.contains(":") ? name.substring(0, name.indexOf(':')) : name;
                    assertThat(CostEstimator.DERIVED.contains(name) || e.property(property).isPresent())
                            .as(e.id() + "." + d.id() + " uses unknown property " + name).isTrue();
                    if (name.contains(":")) {
                        Map<String, String> table = p.values().get(name.substring(name.indexOf(':') + 1));
                        assertThat(table).as(e.id() + "." + d.id() + " reads " + name + " through a table it does not have")
                                .isNotNull();
                        e.property(property).ifPresent(spec -> spec.values().forEach(v -> assertThat(table.get(v))
                                .as(e.id() + ": " + name + " has no number for " + v).matches("\\d+(\\.\\d+)?")));
                    }
                }
                dimensions++;
            }
        }
        assertThat(dimensions).isGreaterThan(40);
        assertThat(SnapshotKeys.enumerate(Palette.bundled())).hasSizeGreaterThan(100);
    }

    @Test
    void everyPaletteEntryIsPricedOrSaysWhyNot() {
        List<String> silent = new java.util.ArrayList<>();
        for (PaletteEntry e : Palette.bundled().entries()) {
            ServicePricing p = ServicePricing.of(e);
            boolean said = p != null && (p.priced() || p.free() != null && !p.free().isBlank()
                    || p.unpriced() != null && !p.unpriced().isBlank());
            if (!said) {
                silent.add(e.id());
            }
        }
        assertThat(silent).as("palette entries with neither pricing nor a reason they are free or not priced").isEmpty();
    }

    @Test
    void choicesReadThroughATableAndConditionsWithAlternatives() {
        Diagram d = new CostFixtures("us-east-1")
                .add("etl", "glue", "r1", Map.of("workerType", "G.2X", "workers", 3, "jobHoursPerMonth", 10))
                .add("dc2", "redshift", "priv", Map.of("nodeType", "dc2.large"))
                .add("ra3", "redshift", "priv", Map.of("nodeType", "ra3.xlplus"))
                .diagram();
        CostEstimate e = new CostEstimator(Palette.bundled()).estimate(d, SnapshotPriceSource.bundled());
        LineItem dpu = e.node("etl").lines().get(0);
        assertThat(dpu.quantity()).isEqualByComparingTo("60"); // 3 workers × 2 DPU × 10 h
        assertThat(dpu.assumptions()).extracting(Assumption::property).contains("workers", "workerType", "jobHoursPerMonth");
        assertThat(e.node("dc2").lines()).extracting(LineItem::dimension).containsExactly("nodes");
        assertThat(e.node("ra3").lines()).extracting(LineItem::dimension).containsExactly("nodes", "managedStorage");
    }

    @Test
    void expressions() {
        Expr e = Expr.parse("requestsPerMonth * avgDurationMs / 1000 * memoryMb / 1024");
        assertThat(e.names()).containsExactly("requestsPerMonth", "avgDurationMs", "memoryMb");
        Map<String, Double> v = Map.of("requestsPerMonth", 1e6, "avgDurationMs", 200.0, "memoryMb", 128.0);
        assertThat(e.evaluate(v::get)).isEqualTo(25_000.0);
        assertThat(Expr.parse("max(iops - 3000, 0)").evaluate(n -> 2500)).isZero();
        assertThat(Expr.parse("-(2 + 3) * 2").evaluate(n -> 0)).isEqualTo(-10);
        assertThat(Expr.parse("workers * workerType:dpu").names()).containsExactly("workers", "workerType:dpu");
        assertThatThrownBy(() -> Expr.parse("a * (b")).hasMessageContaining("missing ')'");
        assertThatThrownBy(() -> Expr.parse("a $ b")).hasMessageContaining("unexpected '$'");
        assertThatThrownBy(() -> Expr.parse("x").evaluate(n -> {
            throw new Expr.UnboundName(n);
        })).isInstanceOf(Expr.UnboundName.class);
    }

    @Test
    void templatesTranslateFiltersAndDescribeForPeople() {
        Map<String, Map<String, String>> tables = Map.of("engine", Map.of("mysql", "MySQL"),
                "azPrefix", Map.of("true", "Multi-AZ-", "false", ""));
        Map<String, Object> values = Map.of("engine", "mysql", "multiAz", true, "size", 8.0);
        assertThat(Template.fill("{engine}", values::get, tables)).isEqualTo("MySQL");
        assertThat(Template.fill("*RDS:{multiAz:azPrefix}GP2-Storage", values::get, tables)).isEqualTo("*RDS:Multi-AZ-GP2-Storage");
        assertThat(Template.describe("{engine} / {engine:engine} / {size} GB", values::get, tables)).isEqualTo("mysql / MySQL / 8 GB");
        assertThatThrownBy(() -> Template.fill("{engine}", Map.<String, Object>of("engine", "oracle")::get, tables))
                .hasMessage("no price mapping for engine=oracle");
        assertThatThrownBy(() -> Template.fill("{missing}", values::get, tables)).hasMessage("property missing is not set");
    }

    @Test
    void suffixPatternsAcceptOnlyTheRegionsUsageTypePrefix() {
        assertThat(PriceKey.patternMatches("*LoadBalancerUsage", "EU-LoadBalancerUsage", "eu-west-1")).isTrue();
        assertThat(PriceKey.patternMatches("*LoadBalancerUsage", "EU-TS-LoadBalancerUsage", "eu-west-1")).isFalse();
        assertThat(PriceKey.patternMatches("*LoadBalancerUsage", "EU-Outposts-LoadBalancerUsage", "eu-west-1")).isFalse();
        assertThat(PriceKey.patternMatches("*LoadBalancerUsage", "LoadBalancerUsage", "us-east-1")).isTrue();
        assertThat(PriceKey.patternMatches("*LoadBalancerUsage", "USE1-LoadBalancerUsage", "us-east-1")).isTrue();
        assertThat(PriceKey.patternMatches("*LoadBalancerUsage", "TS-LoadBalancerUsage", "us-east-1")).isFalse();
        assertThat(PriceKey.patternMatches("*LoadBalancerUsage", "APN2-LoadBalancerUsage", "eu-west-1")).isFalse();
        assertThat(PriceKey.patternMatches("*NatGateway-Hours", "EU-RegionalNatGateway-Hours", "eu-west-1")).isFalse();
        assertThat(PriceKey.patternMatches("*NatGateway-Hours", "APN2-NatGateway-Hours", "ap-northeast-2")).isTrue();
        assertThat(PriceKey.patternMatches("*X-Hours", "ABC1-X-Hours", "xx-new-1")).isTrue();
        assertThat(PriceKey.patternMatches("*X-Hours", "AB-CD-X-Hours", "xx-new-1")).isFalse();
        assertThat(PriceKey.patternMatches("Box*", "BoxUsage:t3.micro", "us-east-1")).isTrue();
        assertThat(PriceKey.patternMatches("HostedZone", "HostedZone", "global")).isTrue();
        assertThat(PriceKey.patternMatches("HostedZone", null, "global")).isFalse();
    }

    @Test
    void tieredPricesWalkTheTiersAndIgnoreAFreeFirstTier() {
        Price tiered = new Price("GB", List.of(new Price.Tier(BigDecimal.ZERO, new BigDecimal("10240"), new BigDecimal("0.09")),
                new Price.Tier(new BigDecimal("10240"), null, new BigDecimal("0.085"))));
        assertThat(tiered.cost(new BigDecimal("20480"))).isEqualByComparingTo("1792");
        Price withFree = new Price("Requests", List.of(new Price.Tier(BigDecimal.ZERO, new BigDecimal("1000000"), BigDecimal.ZERO),
                new Price.Tier(new BigDecimal("1000000"), null, new BigDecimal("0.0000004"))));
        assertThat(withFree.firstRate()).isEqualByComparingTo("0.0000004");
        assertThat(withFree.cost(new BigDecimal("1000000"))).isEqualByComparingTo("0.4");
    }

    @Test
    void cacheFolderFollowsThePlatform() {
        assertThat(PriceCache.defaultDirectory("Linux", Map.of("XDG_CACHE_HOME", "/xdg"), "/home/u"))
                .isEqualTo(Path.of("/xdg/cloudwright/prices"));
        assertThat(PriceCache.defaultDirectory("Linux", Map.of(), "/home/u")).isEqualTo(Path.of("/home/u/.cache/cloudwright/prices"));
        assertThat(PriceCache.defaultDirectory("Linux", Map.of("XDG_CACHE_HOME", "relative"), "/home/u"))
                .isEqualTo(Path.of("/home/u/.cache/cloudwright/prices"));
        assertThat(PriceCache.defaultDirectory("Mac OS X", Map.of(), "/Users/u"))
                .isEqualTo(Path.of("/Users/u/Library/Caches/cloudwright/prices"));
        assertThat(PriceCache.defaultDirectory("Windows 11", Map.of("LOCALAPPDATA", "C:/Users/u/AppData/Local"), "C:/Users/u"))
                .isEqualTo(Path.of("C:/Users/u/AppData/Local/cloudwright/cache/prices"));
    }

    @Test
    void priceListElementsParse() throws Exception {
        String real = new String(getClass().getResourceAsStream("/cost/pricelist/ec2-m5.large-us-east-1.json").readAllBytes());
        Product p = PriceListParser.parse(real);
        assertThat(p.sku()).isEqualTo("6C86BEPQVG73ZGGR");
        assertThat(p.attributes()).containsEntry("instanceType", "m5.large").containsEntry("productFamily", "Compute Instance");
        assertThat(p.onDemand().firstRate()).isEqualByComparingTo("0.096");
        assertThat(p.onDemand().apiUnit()).isEqualTo("Hrs");
        // the botocore example's element: Provisioned IOPS storage in Canada
        var examples = new com.fasterxml.jackson.databind.ObjectMapper().readTree(
                getClass().getResourceAsStream("/cost/pricelist/botocore-pricing-examples.json"));
        String element = examples.path("examples").path("GetProducts").get(0).path("output").path("PriceList").get(0).asText();
        Product io1 = PriceListParser.parse(element);
        assertThat(io1.onDemand().firstRate()).isEqualByComparingTo("0.138");
        assertThat(io1.attributes()).containsEntry("usagetype", "CAN1-EBS:VolumeUsage.piops");
        assertThatThrownBy(() -> PriceListParser.parse("{\"product\": 1")).hasMessage("not JSON");
        assertThatThrownBy(() -> PriceListParser.parse("{\"product\": {}}")).hasMessage("no terms");
    }
}
