package com.cloudwright.ui.canvas;

import com.cloudwright.model.Diagram;
import com.cloudwright.model.DiagramChange;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The nodes and edges a gesture is changing, drawn on the overlay every frame while the rest of the
 * diagram stays rendered; and what the overlay draws: those, plus what the layer on screen still
 * leaves out (it was rendered while they were live).
 */
final class LiveElements {

    private Set<String> nodes = Set.of();
    private Set<String> edges = Set.of();
    private Set<String> overlayNodes = Set.of();
    private Set<String> overlayEdges = Set.of();

    /** Containers take their contents, nodes the groups around them and the edges that touch them. */
    void begin(Diagram d, Collection<String> nodeIds, Collection<String> edgeIds) {
        Set<String> liveNodes = new HashSet<>();
        for (String id : nodeIds) {
            d.node(id).ifPresent(n -> {
                liveNodes.add(id);
                d.descendants(id).forEach(c -> liveNodes.add(c.id()));
            });
        }
        for (String id : List.copyOf(liveNodes)) {
            d.groupsOf(id).forEach(g -> liveNodes.add(g.id()));
        }
        Set<String> liveEdges = new HashSet<>(edgeIds);
        for (String id : liveNodes) {
            d.edgesOf(id).forEach(e -> liveEdges.add(e.id()));
        }
        nodes = liveNodes;
        edges = liveEdges;
    }

    /** Ends the live drawing; false when nothing was live. */
    boolean end() {
        if (!active()) {
            return false;
        }
        nodes = Set.of();
        edges = Set.of();
        return true;
    }

    boolean active() {
        return !nodes.isEmpty() || !edges.isEmpty();
    }

    /** Whether the change touched only live elements and no diagram fields: the overlay draws it, the layer stays. */
    boolean onlyLiveChanged(DiagramChange change) {
        return nodes.containsAll(change.nodeIds()) && edges.containsAll(change.edgeIds()) && !change.fieldsChanged();
    }

    /** The overlay draws the live elements and those the layer on screen leaves out. */
    void updateOverlay(Set<String> leftOutNodes, Set<String> leftOutEdges) {
        overlayNodes = union(nodes, leftOutNodes);
        overlayEdges = union(edges, leftOutEdges);
    }

    Set<String> nodes() {
        return nodes;
    }

    Set<String> edges() {
        return edges;
    }

    Set<String> overlayNodes() {
        return overlayNodes;
    }

    Set<String> overlayEdges() {
        return overlayEdges;
    }

    private static Set<String> union(Set<String> a, Set<String> b) {
        if (b.isEmpty() || a.containsAll(b)) {
            return a;
        }
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return all;
    }
}
