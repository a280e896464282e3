package com.cloudwright.ui.canvas;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import com.cloudwright.palette.EntryKind;
import com.cloudwright.palette.Palette;
import com.cloudwright.palette.PaletteEntry;
import com.cloudwright.render.EdgeRouter;
import com.cloudwright.render.Geometry;

import java.util.ArrayList;
import java.util.List;

/** What is under a point, in the order the user sees it: services, edges, group outlines, containers. */
final class HitTester {

    private final Palette palette;

    HitTester(Palette palette) {
        this.palette = palette;
    }

    /** The id of the node or edge at the world point, or null. {@code tolerance} is in world units. */
    String at(Diagram d, double x, double y, double tolerance) {
        List<Node> nodes = new ArrayList<>(d.nodes());
        for (int i = nodes.size() - 1; i >= 0; i--) {
            Node n = nodes.get(i);
            if (kind(n) != EntryKind.CONTAINER && kind(n) != EntryKind.GROUP && n.bounds().inflate(tolerance).contains(x, y)) {
                return n.id();
            }
        }
        for (Edge e : d.edges()) {
            if (EdgeRouter.distance(EdgeRouter.route(d, e), x, y) <= tolerance * 1.5) {
                return e.id();
            }
        }
        for (Node n : nodes) {
            if (kind(n) == EntryKind.GROUP && onOutline(Geometry.shapeOf(d, n), x, y, tolerance)) {
                return n.id();
            }
        }
        Node best = null;
        int bestDepth = -1;
        for (Node n : nodes) {
            if (kind(n) == EntryKind.CONTAINER && n.bounds().contains(x, y)) {
                int depth = d.ancestors(n).size();
                if (depth > bestDepth) {
                    best = n;
                    bestDepth = depth;
                }
            }
        }
        return best == null ? null : best.id();
    }

    /** Near the border, or on the title strip at the top. */
    private static boolean onOutline(Bounds b, double x, double y, double tolerance) {
        if (!b.inflate(tolerance).contains(x, y)) {
            return false;
        }
        boolean inside = b.inflate(-tolerance).contains(x, y);
        return !inside || y <= b.y() + Geometry.GROUP_HEADER;
    }

    private EntryKind kind(Node n) {
        return palette.entry(n.type()).map(PaletteEntry::kind).orElse(EntryKind.SERVICE);
    }
}
