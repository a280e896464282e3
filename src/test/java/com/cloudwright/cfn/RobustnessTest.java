package com.cloudwright.cfn;

import com.cloudwright.testing.ExportDiagrams;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import com.cloudwright.model.Props;
import com.cloudwright.palette.Palette;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/**
 * Whatever is drawn, the exporter answers with a template that passes the schema check: random
 * edges between any two services, and nonsense property values (which the validator reports; a
 * forced export replaces them by the palette's default or nearest bound, with a note).
 */
class RobustnessTest {

    private static final Palette PALETTE = Palette.bundled();
    private static final List<Object> GARBAGE = List.of("", "abc", -1, 0, 99999, 2.5, true, "true",
            List.of("x"), Map.of("a", 1), "아니오");

    @Test
    void randomEdgesBetweenAnyServicesStillExportCleanly() {
        Random random = new Random(7);
        for (int round = 0; round < 12; round++) {
            Diagram base = ExportDiagrams.everyService(PALETTE, false);
            List<Node> nodes = new ArrayList<>(base.nodes());
            List<Edge> edges = new ArrayList<>();
            for (int i = 0; i < 150; i++) {
                Node a = nodes.get(random.nextInt(nodes.size()));
                Node b = nodes.get(random.nextInt(nodes.size()));
                edges.add(new Edge("r" + i, a.id(), b.id()));
            }
            Diagram d = new Diagram(base.name(), base.region(), Map.of(), nodes, edges);
            ExportResult r = new CfnExporter(DiagramCheck.NONE).run(d, PALETTE, ExportOptions.defaults().withForce(true));
            assertThat(r.problems()).as("round " + round).isEmpty();
        }
    }

    @Test
    void nonsensePropertiesAreReplacedNotExported() {
        Random random = new Random(11);
        for (int round = 0; round < 20; round++) {
            Diagram base = ExportDiagrams.everyService(PALETTE, true);
            List<Node> nodes = new ArrayList<>();
            for (Node n : base.nodes()) {
                Props props = n.props();
                if (random.nextInt(3) == 0) {
                    var entry = PALETTE.require(n.type());
                    for (var spec : entry.properties()) {
                        if (random.nextInt(3) == 0 && !spec.name().equals("members")) {
                            props = props.with(spec.name(), GARBAGE.get(random.nextInt(GARBAGE.size())));
                        }
                    }
                }
                nodes.add(n.withProps(props));
            }
            Diagram d = new Diagram(base.name(), base.region(), Map.of(), nodes, base.edges());
            assertThatCode(() -> {
                ExportResult r = new CfnExporter(DiagramCheck.NONE).run(d, PALETTE,
                        ExportOptions.defaults().withForce(true));
                assertThat(r.problems()).isEmpty();
                assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("the template uses"));
            }).as("round " + round).doesNotThrowAnyException();
        }
    }
}
