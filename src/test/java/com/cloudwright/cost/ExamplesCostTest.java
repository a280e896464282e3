package com.cloudwright.cost;

import com.cloudwright.io.DiagramReader;
import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every example priced offline in us-east-1: the JSON report's total is the sum of its lines, and it
 * is complete. An example still listed in {@link #WAITING_FOR_A_SOURCE} may only miss prices that
 * build.json says no public, dated source gives (so 'prices refresh' is the only way to them); once
 * it is complete it must leave that list.
 */
class ExamplesCostTest {

    private static final Palette PALETTE = Palette.bundled();
    private static final Set<String> WAITING_FOR_A_SOURCE = Set.of();

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            return files.filter(p -> p.toString().endsWith(".cwd.json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void pricedCompletelyInUsEast1AndTheTotalIsTheSumOfItsLines(Path file) throws Exception {
        Diagram diagram = new DiagramReader(PALETTE).read(file);
        CostEstimate e = new CostEstimator(PALETTE).estimate(diagram, "us-east-1", SnapshotPriceSource.bundled(),
                Cancellation.none());
        JsonNode report = new ObjectMapper().readTree(CostReport.json(e));
        BigDecimal sum = BigDecimal.ZERO;
        for (JsonNode item : report.path("items")) {
            sum = sum.add(item.path("monthly").decimalValue());
        }
        assertThat(report.path("total").decimalValue()).isEqualByComparingTo(sum).isEqualByComparingTo(e.total());
        assertThat(e.nodes()).noneMatch(n -> n.kind() == NodeCost.Kind.NO_PRICE_DATA);
        String name = file.getFileName().toString().replace(".cwd.json", "");
        if (!WAITING_FOR_A_SOURCE.contains(name)) {
            assertThat(e.missingLines()).as("lines without a price").isEmpty();
            assertThat(report.path("complete").asBoolean()).isTrue();
            return;
        }
        assertThat(report.path("complete").asBoolean()).as(name + " is complete now: take it off WAITING_FOR_A_SOURCE")
                .isFalse();
        Map<String, String> unsourced = UnsourcedPrices.in("us-east-1");
        for (LineItem l : e.missingLines()) {
            String figure = e.node(l.nodeId()).type() + "." + l.dimension();
            assertThat(unsourced).as("%s misses %s, which build.json does not list as unsourced", name, figure)
                    .containsKey(figure);
            assertThat(l.missing()).endsWith("'cloudwright prices refresh --region us-east-1' fetches it");
        }
        assertThat(List.copyOf(e.missingLines())).isNotEmpty();
    }
}
