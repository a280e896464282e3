package com.cloudwright.render;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.model.Point;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What a revision changed since earlier routes, and which routes that may have spoilt. */
final class RouteStaleness {

    /** Up to this many changed nodes, routes running near them are routed again too. */
    static final int NEAR_CHANGES = 8;

    /**
     * The edges to route again: new or changed ones, those at a changed node (or at a group
     * with a changed member), and, after a small change, those whose route ran near a changed
     * icon, where it was or where it is now. (After a larger one, such as each step of dragging
     * many nodes, routes that merely pass by wait for routing from scratch once editing pauses.)
     * Null when so much changed that routing everything is as good.
     */
    /** The nodes a revision changed, as they were (absent when new) and as they are (absent when removed). */
    record Changes(java.util.Set<String> ids, List<Node> before, List<Node> after) {
    }

    /** What changed since the earlier routes, or null when so much did that routing everything is as good. */
    static Changes changes(Diagram diagram, RevisionRoutes earlier) {
        java.util.Set<String> ids = new java.util.HashSet<>();
        List<Node> before = new ArrayList<>();
        List<Node> after = new ArrayList<>();
        for (Node n : diagram.nodes()) {
            Node was = earlier.nodes.get(n.id());
            if (n != was && !n.equals(was)) {
                ids.add(n.id());
                after.add(n);
                if (was != null) {
                    before.add(was);
                }
            }
        }
        if (earlier.nodes.size() + after.size() - before.size() != diagram.nodeCount()) {
            for (Node was : earlier.nodes.values()) {
                if (diagram.node(was.id()).isEmpty()) {
                    ids.add(was.id());
                    before.add(was);
                }
            }
        }
        return ids.size() > Math.max(8, diagram.nodeCount() / 4) ? null : new Changes(ids, before, after);
    }

    static java.util.Set<String> staleEdges(Diagram diagram, RevisionRoutes earlier, List<Edge> routable, Changes changes) {
        java.util.Set<String> changed = changes.ids();
        List<Bounds> areas = new ArrayList<>();
        if (changed.size() <= NEAR_CHANGES) {
            changes.before().forEach(n -> addArea(diagram, areas, n));
            changes.after().forEach(n -> addArea(diagram, areas, n));
        }
        java.util.Set<String> stale = new java.util.HashSet<>();
        for (Edge e : routable) {
            List<Point> before = earlier.byEdge.get(e.id());
            if (before == null || !e.equals(earlier.edges.get(e.id())) || touches(diagram, e.from(), changed)
                    || touches(diagram, e.to(), changed) || nearAny(before, areas)) {
                stale.add(e.id());
            }
        }
        return stale.size() > routable.size() / 2 ? null : stale;
    }

    /** An icon with its label, or a container's title, as far around as a route going round it may run. */
    private static void addArea(Diagram diagram, List<Bounds> areas, Node n) {
        if (n == null || NodeTypes.isOverlayGroup(n.type())) {
            return;
        }
        Bounds box = NodeTypes.isContainer(n.type()) ? TitleBands.of(diagram, n) : Geometry.withLabel(n);
        if (box != null) {
            areas.add(box.inflate(EdgeRouter.STANDOFF * 3));
        }
    }

    private static boolean touches(Diagram diagram, String nodeId, java.util.Set<String> changed) {
        if (changed.contains(nodeId)) {
            return true;
        }
        Node n = diagram.node(nodeId).orElse(null);
        if (n != null && NodeTypes.isOverlayGroup(n.type())) {
            for (String member : n.props().strings(NodeTypes.MEMBERS)) {
                if (changed.contains(member)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean nearAny(List<Point> route, List<Bounds> areas) {
        if (areas.isEmpty()) {
            return false;
        }
        for (int i = 1; i < route.size(); i++) {
            Point p = route.get(i - 1);
            Point q = route.get(i);
            Bounds segment = new Bounds(Math.min(p.x(), q.x()), Math.min(p.y(), q.y()),
                    Math.abs(q.x() - p.x()), Math.abs(q.y() - p.y()));
            for (Bounds a : areas) {
                if (a.intersects(segment)) {
                    return true;
                }
            }
        }
        return false;
    }
}
