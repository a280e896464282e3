package com.cloudwright.render;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import com.cloudwright.model.Point;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where edge labels go. A label keeps its usual place (the middle of the longest segment)
 * unless that covers the label of an earlier edge (by id) from or to the same node, a
 * container's title or an icon; then it takes the first free spot along its route.
 * Depends only on the diagram, never on what is visible, so tiles of a picture agree.
 */
final class EdgeLabelSpots {

    private final DiagramPainter painter;
    private final Diagram diagram;
    private final Painter p;
    private final Map<String, List<Point>> routes = new HashMap<>();
    /** Titles and icons by grid cell, gathered the first time a label needs them. */
    private Map<Long, List<Bounds>> fixed;

    EdgeLabelSpots(DiagramPainter painter, Diagram diagram, Painter p) {
        this.painter = painter;
        this.diagram = diagram;
        this.p = p;
    }

    Point place(Edge e, List<Point> pts, double w, double h) {
        Point usual = labelPosition(pts, w, h);
        List<Bounds> taken = taken(e);
        taken.addAll(fixedNear(pts, w, h));
        if (taken.isEmpty() || free(usual, w, h, taken)) {
            return usual;
        }
        for (Point spot : candidates(pts, w, h)) {
            if (free(spot, w, h, taken)) {
                return spot;
            }
        }
        return usual;
    }

    /** The usual label boxes of earlier sibling edges and the titles of the containers around both ends. */
    private List<Bounds> taken(Edge e) {
        List<Bounds> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String end : List.of(e.from(), e.to())) {
            for (Edge other : diagram.edgesOf(end)) {
                if (other.id().compareTo(e.id()) < 0 && seen.add(other.id())
                        && other.label() != null && !other.label().isBlank()) {
                    List<Point> route = routes.computeIfAbsent(other.id(), id -> EdgeRouter.route(diagram, other));
                    if (route.size() >= 2) {
                        double ow = p.textWidth(other.label(), painter.edgeLabelStyle()) + 8;
                        double oh = painter.edgeLabelStyle().lineHeight() + 2;
                        Point at = labelPosition(route, ow, oh);
                        out.add(new Bounds(at.x() - ow / 2, at.y() - oh / 2, ow, oh));
                    }
                }
            }
            diagram.node(end).ifPresent(n -> {
                for (Node c : diagram.ancestors(n)) {
                    if (seen.add(c.id()) && painter.isBox(c)) {
                        DiagramPainter.Title t = painter.title(diagram, p, c, c.bounds(), 0);
                        if (t != null) {
                            out.add(t.box(p));
                        }
                    }
                }
            });
        }
        return out;
    }

    /** The titles and icons near the route, within a label's size of it. */
    private List<Bounds> fixedNear(List<Point> pts, double w, double h) {
        if (fixed == null) {
            fixed = new HashMap<>();
            for (Node n : diagram.nodes()) {
                Bounds box = null;
                if (!painter.isBox(n)) {
                    box = n.bounds();
                } else if (com.cloudwright.model.NodeTypes.isContainer(n.type())) {
                    DiagramPainter.Title t = painter.title(diagram, p, n, n.bounds(), 0);
                    box = t == null ? null : t.iconBox() == null ? t.box(p) : t.box(p).union(t.iconBox());
                }
                if (box != null) {
                    Bounds found = box;
                    forCells(box, key -> fixed.computeIfAbsent(key, k -> new ArrayList<>()).add(found));
                }
            }
        }
        // segment by segment, so a long route looks at the cells along it, not at its whole bounding box
        Set<Bounds> out = new java.util.LinkedHashSet<>();
        for (int i = 1; i < pts.size(); i++) {
            Point a = pts.get(i - 1);
            Point b = pts.get(i);
            Bounds reach = new Bounds(Math.min(a.x(), b.x()) - w, Math.min(a.y(), b.y()) - h,
                    Math.abs(b.x() - a.x()) + 2 * w, Math.abs(b.y() - a.y()) + 2 * h);
            forCells(reach, key -> {
                for (Bounds box : fixed.getOrDefault(key, List.of())) {
                    if (box.intersects(reach)) {
                        out.add(box);
                    }
                }
            });
        }
        return new ArrayList<>(out);
    }

    private static void forCells(Bounds b, java.util.function.LongConsumer action) {
        for (long cx = RouteObstacles.cell(b.x()); cx <= RouteObstacles.cell(b.maxX()); cx++) {
            for (long cy = RouteObstacles.cell(b.y()); cy <= RouteObstacles.cell(b.maxY()); cy++) {
                action.accept(RouteObstacles.key(cx, cy));
            }
        }
    }

    private static boolean free(Point at, double w, double h, List<Bounds> taken) {
        Bounds box = new Bounds(at.x() - w / 2, at.y() - h / 2, w, h);
        return taken.stream().noneMatch(box::intersects);
    }

    /** The middles of the other segments long enough to hold the label, then along the longest one. */
    private static List<Point> candidates(List<Point> pts, double w, double h) {
        List<Point> out = new ArrayList<>();
        List<Integer> bySize = new ArrayList<>();
        for (int i = 1; i < pts.size(); i++) {
            bySize.add(i);
        }
        bySize.sort(Comparator.comparingDouble((Integer i) -> -length(pts, i)));
        for (int i : bySize) {
            Point a = pts.get(i - 1);
            Point b = pts.get(i);
            boolean vertical = Math.abs(b.y() - a.y()) > Math.abs(b.x() - a.x());
            double extent = vertical ? h : w;
            double len = length(pts, i);
            for (double f : new double[] {0.5, 0.25, 0.75, 0.375, 0.625, 0.125, 0.875}) {
                // clear of both ends by the arrowhead, so the label covers neither an icon nor the tip
                if (len * Math.min(f, 1 - f) >= extent / 2 + DiagramPainter.ARROW + 4) {
                    out.add(new Point(a.x() + (b.x() - a.x()) * f, a.y() + (b.y() - a.y()) * f));
                }
            }
        }
        return out;
    }

    private static double length(List<Point> pts, int i) {
        return Math.abs(pts.get(i).x() - pts.get(i - 1).x()) + Math.abs(pts.get(i).y() - pts.get(i - 1).y());
    }


    /**
     * The middle of the longest segment; when that segment is too short to show both the label
     * and the line with its arrowhead, the label moves beside the line instead of onto it.
     */
    static Point labelPosition(List<Point> pts, double w, double h) {
        Point at = EdgeRouter.labelAnchor(pts);
        double longest = 0;
        boolean vertical = false;
        for (int i = 1; i < pts.size(); i++) {
            double dx = Math.abs(pts.get(i).x() - pts.get(i - 1).x());
            double dy = Math.abs(pts.get(i).y() - pts.get(i - 1).y());
            if (dx + dy > longest) {
                longest = dx + dy;
                vertical = dy > dx;
            }
        }
        double needed = (vertical ? h : w) + 2 * DiagramPainter.ARROW + 8;
        if (longest >= needed) {
            return at;
        }
        return vertical ? new Point(at.x() + w / 2 + 4, at.y()) : new Point(at.x(), at.y() - h / 2 - 3);
    }
}
