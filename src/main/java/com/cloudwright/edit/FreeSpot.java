package com.cloudwright.edit;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.render.Geometry;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A place for a new node: the first grid position, row by row from the top left of a container's
 * inside (or of the visible area at the top level), where the node and its label overlap nothing
 * already there, nor inside an overlay group's outline. When the container is full, the spot is below its contents (the container then
 * grows to hold it); for an Availability Zone, right of them, as AWS diagrams draw AZs in columns.
 * A gateway of the whole VPC goes on the VPC's border ({@link BorderSpot}) where there is room.
 */
public final class FreeSpot {

    /** Room kept free between a new node and its neighbours. */
    public static final double GAP = 20;
    /**
     * How far a service's label can reach past its icon: a service of another container further
     * away cannot be in the way, and working out its label would cost a large diagram every drop.
     */
    private static final double NEAR = 120;

    private FreeSpot() {
    }

    /**
     * @param containerId the container to place into, or null for the top level
     * @param visible     the visible canvas area, used at the top level (may be null there: then
     *                    the area right of everything drawn)
     * @return the new node's bounds, its top left on the grid
     */
    public static Bounds find(Diagram diagram, String containerId, String type, double w, double h,
                              Bounds visible, double grid) {
        return find(diagram, containerId, type, w, h, visible, grid, null);
    }

    /** @param ignored a node already in the container that the spot is for (it is no obstacle to itself), or null */
    public static Bounds find(Diagram diagram, String containerId, String type, double w, double h,
                              Bounds visible, double grid, String ignored) {
        Bounds area;
        List<Bounds> obstacles = new ArrayList<>();
        if (containerId != null && NodeTypes.attachesToWholeVpc(type)
                && NodeTypes.VPC.equals(diagram.requireNode(containerId).type())) {
            Optional<Bounds> onBorder = BorderSpot.find(diagram, diagram.requireNode(containerId), type, w, h, ignored);
            if (onBorder.isPresent()) {
                return onBorder.get();
            }
        }
        if (containerId != null) {
            Node container = diagram.requireNode(containerId);
            area = Containment.interior(container.bounds());
            for (Node child : diagram.children(containerId)) {
                if (child.id().equals(ignored)) {
                    continue;
                }
                obstacles.add(Containment.extent(child));
            }
            for (Node g : diagram.nodes()) {
                if (NodeTypes.isOverlayGroup(g.type()) && !diagram.members(g).isEmpty()) {
                    // an Auto Scaling group's outline reads as membership: nothing new goes inside it
                    obstacles.add(Geometry.shapeOf(diagram, g));
                } else if (!NodeTypes.isContainer(g.type()) && !NodeTypes.isOverlayGroup(g.type())
                        && !containerId.equals(g.parent()) && !g.id().equals(ignored)
                        && g.bounds().inflate(NEAR).intersects(area)) {
                    // a service of an outer container drawn across this one (a load balancer across subnets)
                    obstacles.add(Containment.extent(g));
                }
            }
        } else {
            Bounds content = Geometry.contentBounds(diagram);
            area = visible != null ? visible.inflate(-Math.min(Containment.PADDING, Math.min(visible.w(), visible.h()) / 4))
                    : content == null ? new Bounds(0, 0, 1000, 800)
                    : new Bounds(content.maxX() + GAP, content.y(), 1000, Math.max(800, content.h()));
            for (Node n : diagram.nodes()) {
                if (!NodeTypes.isOverlayGroup(n.type())) {
                    obstacles.add(Containment.extent(n));
                }
            }
            for (Node g : diagram.nodes()) {
                if (NodeTypes.isOverlayGroup(g.type())) {
                    obstacles.add(Geometry.shapeOf(diagram, g));
                }
            }
        }
        Bounds reach = area.inflate(GAP);
        obstacles.removeIf(o -> !o.intersects(reach));
        Bounds probe = new Bounds(0, 0, w, h);
        Node shape = new Node("probe", type, null, probe, null);
        Bounds labelled = Containment.extent(shape);
        double left = probe.x() - labelled.x();
        double below = labelled.maxY() - probe.maxY();
        double right = labelled.maxX() - probe.maxX();
        double step = grid > 0 ? grid : Grid.DEFAULT;

        double startX = Grid.snapUp(area.x() + left, step);
        double startY = Grid.snapUp(area.y(), step);
        for (double y = startY; y + h + below <= area.maxY(); y += step) {
            for (double x = startX; x + w + right <= area.maxX(); x += step) {
                Bounds footprint = new Bounds(x - left, y, w + left + right, h + below).inflate(GAP / 2);
                if (free(footprint, obstacles)) {
                    return new Bounds(x, y, w, h);
                }
            }
        }
        if (NodeTypes.AVAILABILITY_ZONE.equals(type)) {
            // AZs stand side by side in AWS diagrams: a full VPC grows to the right.
            double rightmost = area.x();
            for (Bounds o : obstacles) {
                rightmost = Math.max(rightmost, o.maxX());
            }
            return new Bounds(Grid.snapUp(rightmost + GAP, step), startY, w, h);
        }
        double bottom = area.y();
        for (Bounds o : obstacles) {
            bottom = Math.max(bottom, o.maxY());
        }
        return new Bounds(startX, Grid.snapUp(bottom + GAP, step), w, h);
    }

    private static boolean free(Bounds footprint, List<Bounds> obstacles) {
        for (Bounds o : obstacles) {
            if (o.intersects(footprint)) {
                return false;
            }
        }
        return true;
    }
}
