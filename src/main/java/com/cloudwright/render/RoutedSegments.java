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

/** Segments already routed (as zero-width boxes) by edge, in a coarse grid. */
class RoutedSegments {
    static final RoutedSegments NONE = new RoutedSegments() {
        @Override
        List<Bounds> near(Bounds area) {
            return List.of();
        }
    };

    private record Entry(String edge, int generation, Bounds box) {
    }

    private final Map<Long, List<Entry>> cells = new HashMap<>();
    private final Map<String, Integer> generations = new HashMap<>();
    private long entries;

    /** Whether replaced segments have come to outnumber current ones several times over: cheaper to build afresh. */
    boolean worn() {
        return entries > 8L * Math.max(64, generations.size());
    }

    void add(String edge, List<Point> pts) {
        int generation = generations.merge(edge, 1, Integer::sum);
        for (int i = 1; i < pts.size(); i++) {
            Point p = pts.get(i - 1);
            Point q = pts.get(i);
            Bounds b = new Bounds(Math.min(p.x(), q.x()), Math.min(p.y(), q.y()), Math.abs(q.x() - p.x()), Math.abs(q.y() - p.y()));
            Entry entry = new Entry(edge, generation, b);
            entries++;
            for (long cx = RouteObstacles.cell(b.x()); cx <= RouteObstacles.cell(b.maxX()); cx++) {
                for (long cy = RouteObstacles.cell(b.y()); cy <= RouteObstacles.cell(b.maxY()); cy++) {
                    cells.computeIfAbsent(RouteObstacles.key(cx, cy), k -> new ArrayList<>()).add(entry);
                }
            }
        }
    }

    /** Forgets an edge's segments (they stay in the grid but no longer count). */
    void remove(String edge) {
        generations.computeIfPresent(edge, (k, g) -> g + 1);
    }

    List<Bounds> near(Bounds area) {
        java.util.Set<Bounds> out = new java.util.LinkedHashSet<>();
        for (long cx = RouteObstacles.cell(area.x()); cx <= RouteObstacles.cell(area.maxX()); cx++) {
            for (long cy = RouteObstacles.cell(area.y()); cy <= RouteObstacles.cell(area.maxY()); cy++) {
                for (Entry e : cells.getOrDefault(RouteObstacles.key(cx, cy), List.of())) {
                    Bounds b = e.box();
                    if (e.generation() == generations.get(e.edge())
                            && b.x() <= area.maxX() && b.maxX() >= area.x() && b.y() <= area.maxY() && b.maxY() >= area.y()) {
                        out.add(b);
                    }
                }
            }
        }
        return new ArrayList<>(out);
    }
}
