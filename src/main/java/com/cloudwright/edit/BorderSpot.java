package com.cloudwright.edit;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where a gateway of the whole VPC (internet gateway, virtual private gateway) goes: on the VPC's
 * left border, centred on it, as AWS diagrams draw it — the first place down the border, below
 * the VPC's title, where it and its label touch nothing inside the VPC or next to it. Empty when
 * the border is taken all the way down: the gateway then goes inside, as anything else would.
 */
final class BorderSpot {

    private BorderSpot() {
    }

    static Optional<Bounds> find(Diagram diagram, Node vpc, String type, double w, double h, String ignored) {
        Bounds box = vpc.bounds();
        List<Bounds> services = new ArrayList<>();
        List<Bounds> boxes = new ArrayList<>();
        for (Node n : diagram.nodes()) {
            if (n.id().equals(ignored) || n.id().equals(vpc.id()) || diagram.isAncestor(n.id(), vpc)) {
                continue;
            }
            if (NodeTypes.isContainer(n.type())) {
                boxes.add(n.bounds());
            } else if (!NodeTypes.isOverlayGroup(n.type())) {
                services.add(Containment.extent(n));
            }
        }
        double x = box.x() - w / 2;
        double step = Grid.DEFAULT;
        for (double y = Grid.snapUp(box.y() + Containment.HEADER, step); y + h <= box.maxY() - Containment.PADDING;
             y += step) {
            Bounds icon = new Bounds(x, y, w, h);
            Bounds labelled = Containment.extent(new Node("probe", type, null, icon, null)).inflate(FreeSpot.GAP / 2);
            // its label may cross a zone's outline (as in AWS diagrams), not another icon or label
            if (services.stream().noneMatch(labelled::intersects) && boxes.stream().noneMatch(icon::intersects)) {
                return Optional.of(icon);
            }
        }
        return Optional.empty();
    }
}
