package com.cloudwright.edit;

import com.cloudwright.io.DiagramReader;
import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A container that grows keeps the siblings lined up with it lined up: the subnets stacked in an
 * Availability Zone keep one width, the zones side by side one height (example 05 is drawn so).
 */
class SiblingAlignmentTest {

    private static Diagram withServiceAt(String serviceParent, double x, double y) throws Exception {
        Diagram d = new DiagramReader(Fixtures.PALETTE).read(Path.of("examples/05-highly-available-lamp.cwd.json"));
        Node service = d.children(serviceParent).stream().filter(n -> !n.type().equals("subnet")).findFirst().orElseThrow();
        List<Node> nodes = new ArrayList<>();
        for (Node n : d.nodes()) {
            nodes.add(n.id().equals(service.id()) ? n.withBounds(new Bounds(x, y, n.bounds().w(), n.bounds().h())) : n);
        }
        return new Diagram(d.name(), d.region(), d.extra(), nodes, d.edges());
    }

    @Test
    void subnetsStackedInAZoneKeepOneWidthWhenOneGrows() throws Exception {
        Diagram d = withServiceAt("web-a", 600 + 300 - 30, 450);
        d.history().execute(new GrowToFit("web-a"));

        Bounds web = d.requireNode("web-a").bounds();
        assertThat(web.w()).as("the subnet grew to hold the service").isGreaterThan(300);
        for (String sibling : List.of("pub-a", "app-a", "data-a")) {
            Bounds b = d.requireNode(sibling).bounds();
            assertThat(b.x()).as(sibling).isEqualTo(web.x());
            assertThat(b.w()).as(sibling).isEqualTo(web.w());
        }
        assertThat(d.requireNode("pub-a").bounds().h()).as("heights are their own").isEqualTo(190);
        assertThat(d.requireNode("web-b").bounds().w()).as("another zone's subnets are not its siblings").isEqualTo(300);
        assertThat(Containment.holdsChildren(d, "az-a")).isTrue();
    }

    @Test
    void zonesSideBySideKeepOneHeightWhenOneGrows() throws Exception {
        Diagram d = withServiceAt("data-a", 640, 970 + 190 - 40);
        d.history().execute(new GrowToFit("data-a"));

        Bounds a = d.requireNode("az-a").bounds();
        Bounds b = d.requireNode("az-b").bounds();
        assertThat(a.h()).isGreaterThan(1030);
        assertThat(b.y()).isEqualTo(a.y());
        assertThat(b.h()).isEqualTo(a.h());
        assertThat(b.x()).as("widths and places across stay their own").isEqualTo(960);
        assertThat(Containment.holdsChildren(d, "vpc")).isTrue();
        d.history().undo();
        assertThat(d.requireNode("az-b").bounds().h()).as("one undo step").isEqualTo(1030);
    }
}
