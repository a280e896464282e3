package com.cloudwright.cfn.read;

import com.cloudwright.cfn.CfnExporter;
import com.cloudwright.cfn.ExportOptions;
import com.cloudwright.cfn.ExportResult;
import com.cloudwright.cfn.TemplateFormat;
import com.cloudwright.io.DiagramReader;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import com.cloudwright.model.Point;
import com.cloudwright.palette.Palette;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Export, then import: every example comes back as it was drawn (ids, parents, positions, labels,
 * properties, edges), in both template formats, because the export stores the drawing in the
 * template's Metadata. A template edited since then is laid out afresh instead of restored wrong.
 */
class RoundTripTest {

    private static final Palette PALETTE = Palette.bundled();

    static Stream<Path> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            return files.filter(p -> p.toString().endsWith(".cwd.json")).sorted().toList().stream();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void everyExampleComesBackAsDrawn(Path file) throws Exception {
        Diagram original = new DiagramReader(PALETTE).read(file);
        for (TemplateFormat format : TemplateFormat.values()) {
            Diagram back = importText(export(original, format), "stack." + format.name().toLowerCase());
            assertSameDrawing(back, original);
        }
    }

    @Test
    void bendPointsComeBackToo() throws Exception {
        Diagram original = new DiagramReader(PALETTE).read(Path.of("examples/06-sqs-lambda-dead-letter-queue.cwd.json"));
        Edge first = original.edges().iterator().next();
        Diagram bent = replaceEdge(original, first.withBends(List.of(new Point(120, 40), new Point(120, 300))));
        Diagram back = importText(export(bent, TemplateFormat.YAML), "bent.yaml");
        assertThat(back.edge(first.id()).orElseThrow().bends()).containsExactly(new Point(120, 40), new Point(120, 300));
    }

    @Test
    void aResourceAddedToTheTemplateSinceTheExportLaysItOutAfresh() throws Exception {
        Diagram original = new DiagramReader(PALETTE).read(Path.of("examples/06-sqs-lambda-dead-letter-queue.cwd.json"));
        String yaml = export(original, TemplateFormat.YAML);
        String edited = yaml.replace("\nResources:\n", "\nResources:\n  AddedLater:\n    Type: AWS::SQS::Queue\n");
        assertThat(edited).isNotEqualTo(yaml);
        Diagram back = importText(edited, "edited.yaml");
        assertThat(back.node("AddedLater")).as("the new queue is drawn").isPresent();
        assertThat(back.nodes()).extracting(Node::id).doesNotContainAnyElementsOf(
                original.nodes().stream().map(Node::id).filter(id -> !back.contains(id)).toList());
    }

    @Test
    void aResourceRemovedFromTheTemplateSinceTheExportIsNotRestoredFromTheStoredDrawing() throws Exception {
        Diagram original = new DiagramReader(PALETTE).read(Path.of("examples/01-under-1000-users.cwd.json"));
        CfnTemplate t = TemplateReader.read(export(original, TemplateFormat.YAML).getBytes(StandardCharsets.UTF_8), "a.yaml");
        @SuppressWarnings("unchecked")
        Map<String, Object> db = (Map<String, Object>) ((Map<String, Object>) ((Map<String, Object>) t.metadata()
                .get("Cloudwright")).get("Nodes")).get("db");
        String dbResource = String.valueOf(((List<?>) db.get("Resources")).get(0));
        Map<String, CfnResource> fewer = new LinkedHashMap<>(t.resources());
        assertThat(fewer.remove(dbResource)).isNotNull();
        CfnTemplate edited = new CfnTemplate(t.source(), t.description(), t.parameters(), t.mappings(), t.conditions(),
                fewer, t.outputs(), t.metadata());

        StoredDrawing.Outcome outcome = StoredDrawing.restore(edited, Set.of(), PALETTE, null).orElseThrow();

        assertThat(outcome.diagram()).isNull();
        assertThat(outcome.reason()).isEqualTo("Resources." + dbResource);
        assertThat(StoredDrawing.restore(t, Set.of(), PALETTE, null).orElseThrow().diagram()).isNotNull();
    }

    private static void assertSameDrawing(Diagram back, Diagram original) {
        assertThat(back.name()).isEqualTo(original.name());
        assertThat(back.region()).isEqualTo(original.region());
        assertThat(back.nodes()).extracting(Node::id).containsExactlyInAnyOrderElementsOf(
                original.nodes().stream().map(Node::id).toList());
        for (Node n : original.nodes()) {
            Node b = back.requireNode(n.id());
            assertThat(b.type()).as(n.id()).isEqualTo(n.type());
            assertThat(b.parent()).as(n.id()).isEqualTo(n.parent());
            assertThat(b.label()).as(n.id()).isEqualTo(n.label());
            assertThat(b.bounds()).as(n.id()).isEqualTo(n.bounds());
            assertThat(b.props().asMap()).as(n.id()).isEqualTo(n.props().asMap());
        }
        assertThat(back.edges()).containsExactlyInAnyOrderElementsOf(original.edges());
    }

    private static Diagram replaceEdge(Diagram d, Edge e) {
        List<Edge> edges = d.edges().stream().map(x -> x.id().equals(e.id()) ? e : x).toList();
        return new Diagram(d.name(), d.region(), d.extra(), d.nodes(), edges);
    }

    private static String export(Diagram d, TemplateFormat format) {
        ExportResult r = CfnExporter.export(d, PALETTE, ExportOptions.defaults().withFormat(format).withForce(true));
        assertThat(r.ok()).as(String.valueOf(r.problems())).isTrue();
        return r.text();
    }

    private static Diagram importText(String text, String name) throws TemplateFormatException {
        return new TemplateImporter(PALETTE).read(text.getBytes(StandardCharsets.UTF_8), name, Map.of(), null);
    }
}
