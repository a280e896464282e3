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

/**
 * What routes keep clear of: service icons with their labels, and containers' titles, in a coarse
 * grid so a route only looks at its neighbourhood.
 */
final class RouteObstacles {
    private static final double CELL = 256;

    /**
     * A node and the box it keeps routes off (its icon and label, or its title band), with the
     * first cell it is filed under, so a search over several cells reports it once without a set.
     */
    private record Obstacle(Node node, Bounds box, long firstCx, long firstCy) {
        Obstacle(Node node, Bounds box) {
            this(node, box, cell(filed(node, box).x()), cell(filed(node, box).y()));
        }
    }

    /** The box an obstacle is filed under: its title band, or a service's icon with its whole label. */
    private static Bounds filed(Node node, Bounds box) {
        return NodeTypes.isContainer(node.type()) ? box : Geometry.withLabel(node);
    }

    private final Map<Long, List<Obstacle>> cells;

    private RouteObstacles(Map<Long, List<Obstacle>> cells) {
        this.cells = cells;
    }

    /** These obstacles with some nodes changed: a copy, sharing the cells that stay as they were. */
    RouteObstacles moved(Diagram diagram, List<Node> before, List<Node> after) {
        Map<Long, List<Obstacle>> next = new HashMap<>(cells);
        java.util.Set<Long> copied = new java.util.HashSet<>();
        for (Node n : before) {
            Obstacle o = obstacle(diagram, n);
            forCells(o, key -> {
                List<Obstacle> list = copied.add(key) ? new ArrayList<>(next.getOrDefault(key, List.of())) : next.get(key);
                if (list != null) {
                    list.removeIf(m -> m.node().id().equals(n.id()));
                    next.put(key, list);
                }
            });
        }
        for (Node n : after) {
            Obstacle o = obstacle(diagram, n);
            forCells(o, key -> {
                List<Obstacle> list = copied.add(key) ? new ArrayList<>(next.getOrDefault(key, List.of())) : next.get(key);
                list.add(o);
                next.put(key, list);
            });
        }
        return new RouteObstacles(next);
    }

    /** The obstacle a node makes, or null: overlay groups make none, nor containers without a title. */
    private static Obstacle obstacle(Diagram diagram, Node n) {
        if (NodeTypes.isOverlayGroup(n.type())) {
            return null;
        }
        if (NodeTypes.isContainer(n.type())) {
            Bounds title = TitleBands.of(diagram, n);
            return title == null || title.w() <= 0 ? null : new Obstacle(n, title.inflate(-1));
        }
        return new Obstacle(n, serviceBox(n));
    }

    private static void forCells(Obstacle o, java.util.function.LongConsumer action) {
        if (o == null) {
            return;
        }
        Bounds b = filed(o.node(), o.box());
        for (long cx = cell(b.x()); cx <= cell(b.maxX()); cx++) {
            for (long cy = cell(b.y()); cy <= cell(b.maxY()); cy++) {
                action.accept(key(cx, cy));
            }
        }
    }

    RouteObstacles(Diagram diagram) {
        this.cells = new HashMap<>();
        for (Node n : diagram.nodes()) {
            Obstacle o = obstacle(diagram, n);
            forCells(o, key -> cells.computeIfAbsent(key, k -> new ArrayList<>()).add(o));
        }
    }

    /**
     * Obstacles in the area, less the edge's own ends (and a group end's members). Called for
     * every route of every frame of a drag, so it allocates no set: an obstacle filed under
     * several cells is reported from the first of them the search visits.
     */
    List<Bounds> near(Bounds area, Node from, Node to, Diagram diagram) {
        List<Bounds> out = new ArrayList<>();
        java.util.Set<String> members = groupMembers(from, to, diagram);
        long cx0 = cell(area.x());
        long cy0 = cell(area.y());
        for (long cx = cx0; cx <= cell(area.maxX()); cx++) {
            for (long cy = cy0; cy <= cell(area.maxY()); cy++) {
                for (Obstacle o : cells.getOrDefault(key(cx, cy), List.of())) {
                    if (Math.max(o.firstCx(), cx0) != cx || Math.max(o.firstCy(), cy0) != cy) {
                        continue;
                    }
                    String id = o.node().id();
                    if (!id.equals(from.id()) && !id.equals(to.id()) && !members.contains(id) && o.box().intersects(area)) {
                        out.add(o.box());
                    }
                }
            }
        }
        return out;
    }

    /** The members of either end that is an overlay group: a route to a group may cross its own members. */
    private static java.util.Set<String> groupMembers(Node from, Node to, Diagram diagram) {
        boolean fromGroup = NodeTypes.isOverlayGroup(from.type());
        boolean toGroup = NodeTypes.isOverlayGroup(to.type());
        if (!fromGroup && !toGroup) {
            return java.util.Set.of();
        }
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (Node end : List.of(from, to)) {
            if (NodeTypes.isOverlayGroup(end.type())) {
                for (Node m : diagram.members(end)) {
                    ids.add(m.id());
                }
            }
        }
        return ids;
    }

    /** The icon and a one-line label, pulled in a little so grazing an edge is not a crossing. */
    private static Bounds serviceBox(Node n) {
        Bounds b = n.bounds();
        double w = Math.min(Geometry.labelWidth(b), b.w() + 40);
        return new Bounds(b.centerX() - w / 2 + 2, b.y() + 2, w - 4, b.h() + 16);
    }

    static long cell(double v) {
        return (long) Math.floor(v / CELL);
    }

    /** One number per cell; the odd multiplier keeps keys distinct and spreads their hash codes (cx ^ cy collided along diagonals). */
    static long key(long cx, long cy) {
        return ((cx << 32) ^ (cy & 0xFFFFFFFFL)) * 0x9E3779B97F4A7C15L;
    }
}
