package com.cloudwright.edit;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.palette.PaletteEntry;
import com.cloudwright.render.Geometry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A load balancer drawn as AWS reference diagrams draw it: in the VPC, centred on the line between
 * its first two Availability Zones and level with their public subnets, so that it reads as spanning
 * them. The first free row of those subnets below their titles is used; none when the VPC has fewer
 * than two AZs with public subnets, or when the row is full.
 */
public final class AcrossZones {

    private AcrossZones() {
    }

    public static Optional<Bounds> spot(Diagram diagram, String vpcId, PaletteEntry entry) {
        List<Node> zones = new ArrayList<>(diagram.children(vpcId).stream()
                .filter(n -> NodeTypes.AVAILABILITY_ZONE.equals(n.type())).toList());
        zones.sort(Comparator.comparingDouble(n -> n.bounds().x()));
        if (zones.size() < 2) {
            return Optional.empty();
        }
        Node left = zones.get(0);
        Node right = zones.get(1);
        List<Bounds> publics = new ArrayList<>();
        for (Node zone : List.of(left, right)) {
            diagram.children(zone.id()).stream()
                    .filter(s -> NodeTypes.SUBNET.equals(s.type()) && s.props().bool("public", false))
                    .min(Comparator.comparingDouble(s -> s.bounds().y()))
                    .ifPresent(s -> publics.add(s.bounds()));
        }
        if (publics.size() < 2 || left.bounds().maxX() > right.bounds().x()) {
            return Optional.empty();
        }
        double middle = (left.bounds().maxX() + right.bounds().x()) / 2;
        double top = Math.max(publics.get(0).y(), publics.get(1).y()) + Containment.HEADER;
        double bottom = Math.min(publics.get(0).maxY(), publics.get(1).maxY()) - Containment.PADDING;
        List<Bounds> obstacles = new ArrayList<>();
        for (Node n : diagram.nodes()) {
            if (NodeTypes.isOverlayGroup(n.type())) {
                obstacles.add(Geometry.shapeOf(diagram, n));
            } else if (!NodeTypes.isContainer(n.type())) {
                obstacles.add(Containment.extent(n));
            }
        }
        double x = middle - entry.width() / 2;
        for (double y = Grid.snapUp(top, Grid.DEFAULT); ; y += Grid.DEFAULT) {
            Bounds at = new Bounds(x, y, entry.width(), entry.height());
            Bounds footprint = Containment.extent(new Node("probe", entry.id(), null, at, null));
            if (footprint.maxY() > bottom) {
                return Optional.empty();
            }
            Bounds clear = footprint.inflate(FreeSpot.GAP / 2);
            if (obstacles.stream().noneMatch(clear::intersects)) {
                return Optional.of(at);
            }
        }
    }
}
