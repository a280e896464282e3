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
}
