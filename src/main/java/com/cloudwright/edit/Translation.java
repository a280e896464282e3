package com.cloudwright.edit;

import com.cloudwright.model.Diagram;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Edit;
import com.cloudwright.model.Node;
import com.cloudwright.model.Point;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Moves several nodes each by its own delta, the way {@code MoveNodes} moves one selection:
 * containers with their contents, and the bends of edges whose two ends moved by the same delta.
 * Then grows the containers that hold what moved, so nothing ends up hidden.
 */
final class Translation {

    private Translation() {
    }

    /** @param deltas root node id → {dx, dy}; roots must not contain one another */
    static void apply(Edit edit, Map<String, double[]> deltas) {
        Diagram d = edit.diagram();
        Map<String, double[]> deltaOf = new HashMap<>();
        for (Map.Entry<String, double[]> e : deltas.entrySet()) {
            deltaOf.put(e.getKey(), e.getValue());
            d.descendants(e.getKey()).forEach(c -> deltaOf.put(c.id(), e.getValue()));
        }
        Set<String> edges = new LinkedHashSet<>();
        for (Map.Entry<String, double[]> e : deltaOf.entrySet()) {
            double[] delta = e.getValue();
            if (delta[0] == 0 && delta[1] == 0) {
                continue;
            }
            Node n = d.requireNode(e.getKey());
            edit.putNode(n.withBounds(n.bounds().translate(delta[0], delta[1])));
            d.edgesOf(n.id()).forEach(edge -> edges.add(edge.id()));
        }
        for (String id : edges) {
            Edge e = d.edge(id).orElseThrow();
            double[] from = deltaOf.get(e.from());
            // the same array object: both ends belong to one moved root, so the route moves rigidly
            if (!e.bends().isEmpty() && from != null && from == deltaOf.get(e.to())) {
                List<Point> moved = e.bends().stream().map(p -> new Point(p.x() + from[0], p.y() + from[1])).toList();
                edit.putEdge(e.withBends(moved));
            }
        }
        Set<String> parents = new LinkedHashSet<>();
        for (String root : deltas.keySet()) {
            Node n = d.requireNode(root);
            if (n.parent() != null) {
                parents.add(n.parent());
            }
        }
        parents.forEach(p -> Containment.grow(edit, p));
    }
}
