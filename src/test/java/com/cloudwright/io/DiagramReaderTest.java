package com.cloudwright.io;

import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;
import com.cloudwright.testing.TestPalettes;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DiagramReaderTest {

    static final Palette PALETTE = TestPalettes.small();

    static final String GOOD = """
            {"format": "cloudwright-diagram", "version": 1, "name": "Three-tier", "region": "us-east-1",
             "future": {"kept": [1, 2]},
             "nodes": [
              {"id": "r1", "type": "region", "x": 0, "y": 0, "w": 1200, "h": 800, "props": {"region": "us-east-1"}},
              {"id": "vpc", "type": "vpc", "parent": "r1", "label": "Main VPC", "x": 40, "y": 60, "w": 1100, "h": 700,
               "props": {"cidr": "10.0.0.0/16"}, "color": "blue"},
              {"id": "aza", "type": "availability-zone", "parent": "vpc", "x": 60, "y": 100, "w": 500, "h": 620},
              {"id": "priv-a", "type": "subnet", "parent": "aza", "x": 80, "y": 400, "w": 460, "h": 200,
               "props": {"cidr": "10.0.2.0/24", "public": false, "note": null}},
              {"id": "web", "type": "ec2", "parent": "priv-a", "x": 100, "y": 420},
              {"id": "db", "type": "rds", "parent": "priv-a", "label": "MySQL", "x": 200.5, "y": 420, "w": 64, "h": 64,
               "props": {"engine": "mysql", "multiAz": true, "storageGb": 20}},
              {"id": "asg", "type": "auto-scaling-group", "x": 90, "y": 410, "w": 100, "h": 100, "props": {"members": ["web"]}}
             ],
             "edges": [{"id": "e1", "from": "web", "to": "db", "label": "3306", "bends": [{"x": 150, "y": 500}], "weight": 2}]}
            """;

    static Diagram read(String text) throws DiagramFormatException {
        return new DiagramReader(PALETTE).read(text.getBytes(StandardCharsets.UTF_8), "test.cwd.json");
    }

    @Test
    void readsTheFormatOfTheProductBrief() throws Exception {
        Diagram d = read(GOOD);
        assertThat(d.name()).isEqualTo("Three-tier");
        assertThat(d.nodeCount()).isEqualTo(7);
        assertThat(d.requireNode("web").bounds().w()).isEqualTo(64);
        assertThat(d.subnetOf(d.requireNode("db")).orElseThrow().id()).isEqualTo("priv-a");
        assertThat(d.requireNode("vpc").extra()).containsEntry("color", "blue");
        assertThat(d.edge("e1").orElseThrow().bends()).hasSize(1);
        assertThat(d.members(d.requireNode("asg"))).hasSize(1);
    }

    @Test
    void unknownFieldsSurviveARoundTripByteForByte() throws Exception {
        String once = new DiagramWriter().write(read(GOOD));
        String twice = new DiagramWriter().write(read(once));
        assertThat(twice).isEqualTo(once);
        assertThat(once).contains("\"future\": {\"kept\": [1, 2]}", "\"color\": \"blue\"", "\"weight\": 2",
                "\"note\": null", "\"x\": 200.5");
    }

    static Stream<Arguments> badInput() {
        String head = "{\"format\": \"cloudwright-diagram\", \"version\": 1, ";
        return Stream.of(
                Arguments.of("not JSON", "hello", "not valid JSON", "line 1"),
                Arguments.of("truncated", GOOD.substring(0, GOOD.length() / 2), "ends too early", "line"),
                Arguments.of("empty", "", "empty", null),
                Arguments.of("not a diagram", "{\"nodes\": []}", "not a Cloudwright diagram", "$.format"),
                Arguments.of("newer version", "{\"format\": \"cloudwright-diagram\", \"version\": 7}",
                        "newer Cloudwright", "$.version"),
                Arguments.of("unknown type", head + "\"nodes\": [{\"id\": \"x\", \"type\": \"teleporter\", \"x\": 0, \"y\": 0}]}",
                        "unknown type 'teleporter'", "$.nodes[0].type"),
                Arguments.of("dangling parent", head + "\"nodes\": [{\"id\": \"x\", \"type\": \"ec2\", \"parent\": \"ghost\", \"x\": 0, \"y\": 0}]}",
                        "names parent 'ghost'", "$.nodes[0].parent"),
                Arguments.of("parent cycle", head + "\"nodes\": ["
                                + "{\"id\": \"a\", \"type\": \"region\", \"parent\": \"b\", \"x\": 0, \"y\": 0},"
                                + "{\"id\": \"b\", \"type\": \"availability-zone\", \"parent\": \"a\", \"x\": 0, \"y\": 0}]}",
                        "cannot be inside", "$.nodes[0].parent"),
                Arguments.of("duplicate id", head + "\"nodes\": [{\"id\": \"x\", \"type\": \"ec2\", \"x\": 0, \"y\": 0},"
                                + "{\"id\": \"x\", \"type\": \"rds\", \"x\": 0, \"y\": 0}]}",
                        "duplicate id 'x'", "$.nodes[1].id"),
                Arguments.of("edge to a missing node", head + "\"nodes\": [{\"id\": \"x\", \"type\": \"ec2\", \"x\": 0, \"y\": 0}],"
                                + "\"edges\": [{\"id\": \"e\", \"from\": \"x\", \"to\": \"y\"}]}",
                        "points to 'y'", "$.edges[0].to"),
                Arguments.of("container in the wrong container", head + "\"nodes\": ["
                                + "{\"id\": \"s\", \"type\": \"subnet\", \"x\": 0, \"y\": 0},"
                                + "{\"id\": \"v\", \"type\": \"vpc\", \"parent\": \"s\", \"x\": 0, \"y\": 0}]}",
                        "cannot be inside a Subnet", "$.nodes[1].parent"),
                Arguments.of("node inside a service", head + "\"nodes\": ["
                                + "{\"id\": \"w\", \"type\": \"ec2\", \"x\": 0, \"y\": 0},"
                                + "{\"id\": \"d\", \"type\": \"rds\", \"parent\": \"w\", \"x\": 0, \"y\": 0}]}",
                        "cannot contain other nodes", "$.nodes[1].parent"),
                Arguments.of("dangling member", head + "\"nodes\": [{\"id\": \"g\", \"type\": \"auto-scaling-group\", "
                                + "\"x\": 0, \"y\": 0, \"props\": {\"members\": [\"nope\"]}}]}",
                        "lists member 'nope'", "$.nodes[0].props.members[0]"),
                Arguments.of("missing coordinate", head + "\"nodes\": [{\"id\": \"x\", \"type\": \"ec2\", \"y\": 0}]}",
                        "\"x\" is missing", "$.nodes[0]"),
                Arguments.of("duplicate key", head + "\"nodes\": [], \"nodes\": []}", "Duplicate field", "line 1"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badInput")
    void refusesBadInputNamingWhatAndWhere(String name, String text, String reason, String path) {
        assertThatThrownBy(() -> read(text))
                .isInstanceOfSatisfying(DiagramFormatException.class, e -> {
                    assertThat(e.getMessage()).startsWith("test.cwd.json: ").contains(reason);
                    if (path != null) {
                        assertThat(e.path()).startsWith(path);
                    }
                    assertThat(e.getMessage()).doesNotContain("\n");
                });
    }
}
