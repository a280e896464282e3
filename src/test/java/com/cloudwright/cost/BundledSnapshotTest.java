package com.cloudwright.cost;

import com.cloudwright.palette.Palette;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled snapshot is built from {@code cost/price-figures.json} (each figure with its public
 * source) through the palette's pricing data, so the snapshot's keys are exactly what the
 * estimator asks for. Regenerate with {@code -Dcloudwright.regenerateSnapshot=true}.
 */
class BundledSnapshotTest {

    static final List<String> REGIONS = List.of("us-east-1", "us-west-2", "eu-west-1", "ap-northeast-1", "ap-northeast-2");
    private static final Path BUNDLED = Path.of("src/main/resources/com/cloudwright/cost/price-snapshot.json");

    @Test
    void bundledSnapshotIsBuiltFromTheSourcedFigures() throws IOException {
        byte[] expected = build().toJson();
        if (Boolean.getBoolean("cloudwright.regenerateSnapshot")) {
            Files.write(BUNDLED, expected);
        }
        try (InputStream in = getClass().getResourceAsStream(PriceSnapshot.BUNDLED)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .as("bundled snapshot is out of date: run the test with -Dcloudwright.regenerateSnapshot=true")
                    .isEqualTo(new String(expected, StandardCharsets.UTF_8));
        }
    }

    @Test
    void coversTheRequiredRegionsCompactlyAndSaysWhatIsMissing() {
        PriceSnapshot s = PriceSnapshot.bundled();
        assertThat(s.regions().keySet()).containsAll(REGIONS);
        assertThat(s.asOf()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(s.toJson().length).isLessThan(300_000);
        for (PriceSnapshot.Entry e : s.entries()) {
            if (e.key().global()) {
                assertThat(e.regions()).containsKey(PriceRequest.GLOBAL);
                continue;
            }
            assertThat(e.regions().keySet()).as(e.key().canonical()).containsAll(REGIONS);
            e.regions().values().forEach(f -> assertThat(f.price() != null ? f.source() : f.missing()).isNotBlank());
        }
        SnapshotPriceSource src = SnapshotPriceSource.bundled();
        assertThat(src.regions()).containsExactlyElementsOf(REGIONS);
    }

    static PriceSnapshot build() throws IOException {
        JsonNode root;
        try (InputStream in = BundledSnapshotTest.class.getResourceAsStream("/cost/price-figures.json")) {
            root = new ObjectMapper().readTree(in);
        }
        CostEstimator estimator = new CostEstimator(Palette.bundled());
        ObjectMapper json = new ObjectMapper();
        Map<PriceKey, Map<String, PriceSnapshot.Figure>> figures = new LinkedHashMap<>();
        Map<PriceKey, String> units = new LinkedHashMap<>();
        for (JsonNode f : root.path("figures")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> props = json.convertValue(f.path("properties"), Map.class);
            PriceKey key = estimator.key(f.path("service").asText(), f.path("dimension").asText(), props).orElseThrow(
                    () -> new IllegalStateException("no price key for " + f));
            Map<String, PriceSnapshot.Figure> byRegion = figures.computeIfAbsent(key, k -> new LinkedHashMap<>());
            units.put(key, f.path("unit").asText());
            f.path("prices").fields().forEachRemaining(p -> byRegion.put(p.getKey(), PriceSnapshot.Figure.of(
                    Price.flat(new BigDecimal(p.getValue().path("usd").asText()), f.path("unit").asText()),
                    p.getValue().path("source").asText())));
        }
        String missing = root.path("missing").asText();
        List<PriceSnapshot.Entry> entries = new ArrayList<>();
        figures.forEach((key, byRegion) -> {
            Map<String, PriceSnapshot.Figure> ordered = new LinkedHashMap<>();
            for (String r : key.global() ? List.of(PriceRequest.GLOBAL) : REGIONS) {
                ordered.put(r, byRegion.getOrDefault(r, PriceSnapshot.Figure.missing(missing)));
            }
            entries.add(new PriceSnapshot.Entry(key, units.get(key), ordered));
        });
        Map<String, String> regions = new LinkedHashMap<>();
        root.path("regions").fields().forEachRemaining(e -> regions.put(e.getKey(), e.getValue().asText()));
        return new PriceSnapshot(root.path("asOf").asText(), root.path("description").asText(), regions, entries);
    }
}
