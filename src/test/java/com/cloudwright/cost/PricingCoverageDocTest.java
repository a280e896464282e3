package com.cloudwright.cost;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code docs/pricing-coverage.md} is what the bundled snapshot covers today. Regenerate with
 * {@code -Dcloudwright.regenerateCoverageDoc=true} after the snapshot changes.
 */
class PricingCoverageDocTest {

    @Test
    void coverageDocIsGeneratedFromTheBundledSnapshot() throws Exception {
        String expected = PricingCoverage.bundled().markdown();
        if (Boolean.getBoolean("cloudwright.regenerateCoverageDoc")) {
            Files.writeString(PricingCoverage.DOC, expected, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(PricingCoverage.DOC, StandardCharsets.UTF_8))
                .as("docs/pricing-coverage.md is stale: run PricingCoverageDocTest with -Dcloudwright.regenerateCoverageDoc=true")
                .isEqualTo(expected);
    }

    @Test
    void countsFiguresPerRegionServiceAndSourceAndNamesWhatOnlyRefreshReaches() {
        PriceKey athena = new PriceKey("AmazonAthena", Map.of(), Map.of("usagetype", "*DataScannedInTB"), null, false);
        PriceSnapshot snapshot = new PriceSnapshot("2026-12-07", "test", Map.of(), List.of(new PriceSnapshot.Entry(athena, "TB",
                Map.of("us-east-1", PriceSnapshot.Figure.of(Price.flat(new BigDecimal("5"), "TB"), "map", "2020-03-13"),
                        "ap-northeast-2", PriceSnapshot.Figure.of(Price.flat(new BigDecimal("5"), "TB"), "map", "2020-03-13"),
                        "eu-west-1", PriceSnapshot.Figure.missing("not found")))),
                Map.of("map", new PriceSnapshot.Source("Athena price map", "https://example.com/map", "2020-03-13")), "missing");
        String md = new PricingCoverage(snapshot, Map.of("AmazonAthena", Set.of("athena"), "AWSGlue", Set.of("glue")),
                Map.of("glue.dpu", "no source")).markdown();

        assertThat(md).contains("| ap-northeast-2 | 1 | 1 |", "| us-east-1 | 1 | 1 |")
                .doesNotContain("| eu-west-1 | ")
                .contains("| AmazonAthena | athena | 1 | all 2 |")
                .contains("| [`map`](https://example.com/map) | 2020-03-13 | 2 | Athena price map |")
                .contains("| AWSGlue | glue |", "| glue.dpu | no source |");
    }
}
