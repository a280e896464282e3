package com.cloudwright.edit;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.model.Props;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An internet gateway drawn on its VPC's border (its centre on the edge, as AWS draws it and as
 * the examples and imported templates have it) stays there: the VPC holds it without growing.
 * One that lies outside the VPC altogether is still held whole.
 */
class BorderGatewayTest {

    private static Diagram withGateway(double x, double y) {
        Diagram d = Fixtures.sample();
        Node vpc = d.requireNode("vpc");
        Node igw = new Node("igw", "internet-gateway", "vpc", null, new Bounds(x, y, 64, 64), Props.EMPTY,
                java.util.Map.of());
        java.util.List<Node> nodes = new java.util.ArrayList<>(d.nodes());
        nodes.add(igw);
        assertThat(vpc.bounds().x()).isEqualTo(40);
        return new Diagram(d.name(), d.region(), d.extra(), nodes, d.edges());
    }

    @Test
    void aGatewayOnTheBorderIsHeldAndTheVpcDoesNotGrowAroundIt() {
        Diagram d = withGateway(40 - 32, 120);
        Bounds before = d.requireNode("vpc").bounds();
        assertThat(Containment.holdsChildren(d, "vpc")).isTrue();
        assertThat(Containment.required(d, "vpc").x()).isGreaterThanOrEqualTo(before.x());
    }

    @Test
    void aGatewayOutsideTheVpcIsHeldWhole() {
        Diagram d = withGateway(40 + 1100 + 40, 120);
        assertThat(Containment.holdsChildren(d, "vpc")).isFalse();
        assertThat(Containment.required(d, "vpc").maxX()).isGreaterThan(40 + 1100 + 40 + 64);
    }

    @Test
    void quickAddPutsAGatewayOnTheBorderWhereThereIsRoomAndInsideWhereThereIsNot() throws Exception {
        Diagram d = new com.cloudwright.io.DiagramReader(Fixtures.PALETTE)
                .read(java.nio.file.Path.of("examples/01-under-1000-users.cwd.json"));
        java.util.List<Node> withoutGateway = d.nodes().stream().filter(n -> !n.id().equals("igw")).toList();
        java.util.List<com.cloudwright.model.Edge> edges = d.edges().stream()
                .filter(e -> !e.from().equals("igw") && !e.to().equals("igw")).toList();
        Diagram bare = new Diagram(d.name(), d.region(), d.extra(), withoutGateway, edges);
        QuickAdd add = new QuickAdd(Fixtures.PALETTE, Fixtures.PALETTE.require("internet-gateway"), "app-a", null);
        bare.history().execute(add);
        Node igw = bare.requireNode(add.addedId());
        Bounds vpc = bare.requireNode("vpc").bounds();
        assertThat(igw.parent()).isEqualTo("vpc");
        assertThat(igw.bounds().centerX()).as("centred on the VPC's left edge").isEqualTo(vpc.x());
        assertThat(Containment.holdsChildren(bare, "vpc")).isTrue();
        assertThat(bare.requireNode("vpc").bounds()).as("the VPC did not grow").isEqualTo(vpc);

        // the fixture's zones reach the VPC's left edge all the way down: no room on the border
        Diagram full = Fixtures.sample();
        QuickAdd inside = new QuickAdd(Fixtures.PALETTE, Fixtures.PALETTE.require("internet-gateway"), "priv-a", null);
        full.history().execute(inside);
        assertThat(full.requireNode("vpc").bounds().contains(full.requireNode(inside.addedId()).bounds())).isTrue();
    }
}
