package com.cloudwright.cfn.read;

import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The layout conventions every laid-out diagram keeps. */
final class LayoutRules {

    private LayoutRules() {
    }

    static void check(Diagram d) {
        List<Node> icons = new ArrayList<>();
        for (Node n : d.nodes()) {
            if (NodeTypes.isOverlayGroup(n.type())) {
                continue;
            }
            // a gateway of the whole VPC sits on its border, as AWS draws it: its centre is inside
            boolean onBorder = NodeTypes.attachesToWholeVpc(n.type());
            d.parentOf(n).ifPresent(p -> assertThat(onBorder ? p.bounds().contains(n.bounds().centerX(),
                    n.bounds().centerY()) && !p.bounds().contains(n.bounds()) : p.bounds().contains(n.bounds()))
                    .as("%s %s %s its parent %s %s", n.id(), n.bounds(), onBorder ? "on the border of" : "inside",
                            p.id(), p.bounds()).isTrue());
            if (!NodeTypes.isContainer(n.type())) {
                icons.add(n);
            }
        }
        for (int i = 0; i < icons.size(); i++) {
            for (int j = i + 1; j < icons.size(); j++) {
                assertThat(icons.get(i).bounds().intersects(icons.get(j).bounds()))
                        .as("%s overlaps %s", icons.get(i).id(), icons.get(j).id()).isFalse();
            }
        }
        for (Node a : d.nodes()) {
            for (Node b : d.nodes()) {
                boolean siblings = a != b && NodeTypes.isContainer(a.type()) && NodeTypes.isContainer(b.type())
                        && java.util.Objects.equals(a.parent(), b.parent());
                if (siblings) {
                    assertThat(a.bounds().intersects(b.bounds())).as("%s overlaps %s", a.id(), b.id()).isFalse();
                }
            }
        }
        for (Node region : d.nodesOfType(NodeTypes.REGION)) {
            for (Node n : d.roots()) {
                if (!NodeTypes.isOverlayGroup(n.type()) && !n.type().equals(NodeTypes.REGION)) {
                    assertThat(n.bounds().maxX()).as("%s left of the Region", n.id()).isLessThan(region.bounds().x());
                }
            }
        }
        for (Node az : d.nodesOfType(NodeTypes.AVAILABILITY_ZONE)) {
            double lastPublicBottom = Double.NEGATIVE_INFINITY;
            double firstPrivateTop = Double.POSITIVE_INFINITY;
            for (Node s : d.children(az.id())) {
                if (Boolean.TRUE.equals(s.props().get("public"))) {
                    lastPublicBottom = Math.max(lastPublicBottom, s.bounds().maxY());
                } else if (s.type().equals(NodeTypes.SUBNET)) {
                    firstPrivateTop = Math.min(firstPrivateTop, s.bounds().y());
                }
            }
            assertThat(lastPublicBottom).as("public subnets above private ones in %s", az.id()).isLessThanOrEqualTo(firstPrivateTop);
        }
    }
}
