package com.cloudwright.cfn;

import com.cloudwright.testing.ExportDiagrams;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import com.cloudwright.palette.Palette;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;

/** Same diagram, same bytes: however often, and whatever order the file lists its nodes in. */
class DeterminismTest {

    private static String export(Diagram d, TemplateFormat format) {
        ExportResult r = new CfnExporter(DiagramCheck.NONE).run(d, Palette.bundled(),
                ExportOptions.defaults().withFormat(format).withForce(true));
        assertThat(r.ok()).as(r.problems().toString()).isTrue();
        return String.join("\n---\n", r.templates().values());
    }

    @ParameterizedTest
    @EnumSource(TemplateFormat.class)
    void exportingTwiceGivesTheSameBytes(TemplateFormat format) {
        Diagram d = Fixtures.diagram("three-tier");
        assertThat(export(d, format)).isEqualTo(export(d, format));
        Diagram every = ExportDiagrams.everyService(Palette.bundled(), true);
        assertThat(export(every, format)).isEqualTo(export(every, format));
    }

    @Test
    void theOrderOfNodesAndEdgesInTheFileDoesNotMatter() {
        for (String name : List.of("three-tier", "serverless", "two-regions")) {
            Diagram d = Fixtures.diagram(name);
            Random random = new Random(42);
            for (int i = 0; i < 3; i++) {
                List<Node> nodes = new ArrayList<>(d.nodes());
                List<Edge> edges = new ArrayList<>(d.edges());
                Collections.shuffle(nodes, random);
                Collections.shuffle(edges, random);
                Diagram shuffled = new Diagram(d.name(), d.region(), d.extra(), nodes, edges);
                assertThat(export(shuffled, TemplateFormat.YAML)).as(name).isEqualTo(export(d, TemplateFormat.YAML));
            }
        }
    }

    @Test
    void sameLabelsGiveStableNumberedIds() {
        Diagram d = new Diagram("twins", "us-east-1", java.util.Map.of(), List.of(
                ExportDiagrams.node("q-2", "sqs", null, 0, 0, 64, 64, com.cloudwright.model.Props.EMPTY),
                ExportDiagrams.node("q-1", "sqs", null, 0, 0, 64, 64, com.cloudwright.model.Props.EMPTY)
        ).stream().map(n -> n.withLabel("Jobs")).toList(), List.of());
        String yaml = export(d, TemplateFormat.YAML);
        assertThat(yaml).contains("\n  Jobs:\n", "\n  Jobs2:\n");
        Fixtures.Parsed p = new Fixtures.Parsed(yaml, CfnYaml.load(yaml));
        @SuppressWarnings("unchecked")
        var nodes = (java.util.Map<String, java.util.Map<String, Object>>)
                ((java.util.Map<String, Object>) p.section("Metadata").get("Cloudwright")).get("Nodes");
        assertThat(nodes.get("q-1").get("Resources")).isEqualTo(List.of("Jobs", "JobsPolicy"));
        assertThat(nodes.get("q-2").get("Resources")).isEqualTo(List.of("Jobs2", "Jobs2Policy"));
    }
}
