package com.cloudwright.cost;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bundled snapshot is built from {@code cost/figures/} (each figure with its public source and
 * that source's date; see {@code scripts/pricing/README.md}) through the palette's pricing data, so
 * the snapshot's keys are exactly what the estimator asks for. Regenerate with
 * {@code -Dcloudwright.regenerateSnapshot=true}.
 */
class BundledSnapshotTest {

    static final List<String> REGIONS = List.of("us-east-1", "us-west-2", "eu-west-1", "ap-northeast-1", "ap-northeast-2");
    private static final Path BUNDLED = Path.of("src/main/resources/com/cloudwright/cost/price-snapshot.json");

    @Test
    void bundledSnapshotIsBuiltFromTheSourcedFigures() throws IOException {
        byte[] expected = SnapshotBuild.run().snapshot.toJson();
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
    void sourcesThatDisagreeByMoreThanOnePercentHaveARecordedReason() throws IOException {
        SnapshotBuild build = SnapshotBuild.run();
        assertThat(build.unresolved.stream().map(d -> d.label() + "@" + d.region() + ": " + d.candidates().stream()
                        .map(c -> c.price().firstRate().toPlainString() + " (" + c.source() + ", " + c.asOf() + ")")
                        .collect(Collectors.joining(" vs "))).toList())
                .as("figures whose sources differ by more than 1 % without a reason in cost/figures/build.json")
                .isEmpty();
    }

    @Test
    void theNewestSourceWins() {
        Price older = Price.flat(new java.math.BigDecimal("0.100"), "Hrs");
        assertThat(SnapshotBuild.close(older, Price.flat(new java.math.BigDecimal("0.1009"), "Hrs"))).isTrue();
        assertThat(SnapshotBuild.close(older, Price.flat(new java.math.BigDecimal("0.102"), "Hrs"))).isFalse();
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
            e.regions().values().stream().filter(f -> f.price() != null).forEach(f -> {
                assertThat(s.sources()).as(e.key().canonical()).containsKey(f.source());
                assertThat(f.asOf()).as(e.key().canonical()).matches("\\d{4}-\\d{2}-\\d{2}");
            });
        }
        SnapshotPriceSource src = SnapshotPriceSource.bundled();
        assertThat(src.regions()).containsAll(REGIONS);
        assertThat(src.regions().get(0)).isEqualTo("us-east-1");
    }
}
