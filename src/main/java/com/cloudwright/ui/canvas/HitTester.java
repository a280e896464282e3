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

/**
 * What is under a point, in the order the user sees it: services, edges, then a container's title
 * band (its icon and name: a group outline crossing it leaves it to the container, except on the
 * group's own icon), group outlines, containers.
 */
final class HitTester {

    /** The strip at a container's top where its icon and title are drawn. */
    static final double TITLE_BAND = 24;

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
        Node titled = deepestContainer(d, nodes, x, y, true);
        for (Node n : nodes) {
            Bounds shape = kind(n) == EntryKind.GROUP ? Geometry.shapeOf(d, n) : null;
            if (shape != null && onOutline(shape, x, y, tolerance)
                    && (titled == null || onIcon(shape, x, y))) {
                return n.id();
            }
        }
        if (titled != null) {
            return titled.id();   // a container's title grabs it, even where a group's outline crosses it
        }
        Node best = deepestContainer(d, nodes, x, y, false);
        return best == null ? null : best.id();
    }

    /** The deepest container holding the point (with {@code titleOnly}, in its title band). */
    private Node deepestContainer(Diagram d, List<Node> nodes, double x, double y, boolean titleOnly) {
        Node best = null;
        int bestDepth = -1;
        for (Node n : nodes) {
            if (kind(n) == EntryKind.CONTAINER && n.bounds().contains(x, y)
                    && (!titleOnly || y <= n.bounds().y() + TITLE_BAND)) {
                int depth = d.ancestors(n).size();
                if (depth > bestDepth) {
                    best = n;
                    bestDepth = depth;
                }
            }
        }
        return best;
    }

    /** On the group's icon at the top left of its outline, which stays the group's own. */
    private static boolean onIcon(Bounds group, double x, double y) {
        return x <= group.x() + TITLE_BAND && y <= group.y() + Geometry.GROUP_HEADER;
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
