package com.cloudwright.edit;

import com.cloudwright.model.Diagram;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Copy: what of a diagram goes on the clipboard for a selection. Paste and duplicate: {@link Paste}. */
public final class Clipboard {

    private Clipboard() {
    }

    /**
     * The selected nodes, everything inside selected containers, the members of selected overlay
     * groups, the edges whose two ends are copied, and the overlay groups all of whose members are
     * copied. Selected edge ids are ignored (an edge needs its ends).
     */
    public static ClipboardContent copy(Diagram diagram, Collection<String> selectedIds) {
        Set<String> ids = new LinkedHashSet<>();
        Set<String> selectedGroups = new LinkedHashSet<>();
        for (String id : selectedIds) {
            diagram.node(id).ifPresent(n -> {
                ids.add(n.id());
                diagram.descendants(n.id()).forEach(c -> ids.add(c.id()));
                if (NodeTypes.isOverlayGroup(n.type())) {
                    selectedGroups.add(n.id());
                    diagram.members(n).forEach(m -> {
                        ids.add(m.id());
                        diagram.descendants(m.id()).forEach(c -> ids.add(c.id()));
                    });
                }
            });
        }
        for (Node n : diagram.nodes()) {
            if (NodeTypes.isOverlayGroup(n.type()) && !selectedGroups.contains(n.id())) {
                List<Node> members = diagram.members(n);
                if (!members.isEmpty() && members.stream().allMatch(m -> ids.contains(m.id()))) {
                    ids.add(n.id());
                }
            }
        }
        List<Node> nodes = new ArrayList<>();
        Map<String, String> originalParents = new LinkedHashMap<>();
        for (Node n : diagram.nodes()) {
            if (!ids.contains(n.id())) {
                continue;
            }
            if (n.parent() != null && !ids.contains(n.parent())) {
                originalParents.put(n.id(), n.parent());
                n = n.withParent(null);
            }
            if (NodeTypes.isOverlayGroup(n.type())) {
                List<String> kept = n.props().strings(NodeTypes.MEMBERS).stream().filter(ids::contains).toList();
                n = n.withProp(NodeTypes.MEMBERS, kept);
            }
            nodes.add(n);
        }
        List<Edge> edges = new ArrayList<>();
        for (Edge e : diagram.edges()) {
            if (ids.contains(e.from()) && ids.contains(e.to())) {
                edges.add(e);
            }
        }
        return new ClipboardContent(nodes, edges, originalParents);
    }
}
