package com.cloudwright.edit;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.layout.TidyLayout;
import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.DiagramCommand;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Edit;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.palette.Palette;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * "Tidy layout": lays nodes out by {@link TidyLayout}'s rules (global services left of the Region,
 * gateways above the Availability Zones, subnets stacked public over private, services in a grid).
 * With nothing selected, the whole diagram; otherwise each selected container with what it holds,
 * and for a selected service the container it sits in, each keeping its top-left corner (the
 * containers around grow to hold it). A service selected outside every container means the whole
 * diagram. Bends of edges whose ends moved are dropped: they were drawn for the old places. One undo step.
 */
public final class TidyUp extends DiagramCommand {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.edit.messages");

    private final Palette palette;
    private final List<String> selected;
    private int moved;

    /** @param selected the selected node ids; empty for the whole diagram */
    public TidyUp(Palette palette, Collection<String> selected) {
        this.palette = palette;
        this.selected = List.copyOf(selected);
    }

    @Override
    protected void perform(Edit edit) {
        Diagram d = edit.diagram();
        List<String> scopes = scopes(d);
        Map<String, Bounds> target = new LinkedHashMap<>();
        if (scopes == null) {
            target.putAll(TidyLayout.layout(d, palette));
        } else {
            for (String scope : scopes) {
                target.putAll(TidyLayout.layoutWithin(d, palette, scope));
            }
        }
        Set<String> movedIds = new LinkedHashSet<>();
        for (Node n : d.nodes()) {
            Bounds b = target.get(n.id());
            if (b != null && !NodeTypes.isOverlayGroup(n.type()) && !b.equals(n.bounds())) {
                movedIds.add(n.id());
            }
        }
        for (String id : movedIds) {
            Node n = d.requireNode(id);
            edit.putNode(n.withBounds(target.get(id)));
        }
        for (Edge e : List.copyOf(d.edges())) {
            if (!e.bends().isEmpty() && (movedIds.contains(e.from()) || movedIds.contains(e.to()))) {
                edit.putEdge(e.withBends(List.of()));
            }
        }
        if (scopes != null) {
            for (String scope : scopes) {
                Containment.grow(edit, d.requireNode(scope).parent());
            }
        }
        moved = movedIds.size();
    }

    /** The containers to lay out, outermost only; null for the whole diagram. */
    private List<String> scopes(Diagram d) {
        Set<String> wanted = new LinkedHashSet<>();
        for (String id : selected) {
            Node n = d.node(id).orElse(null);
            if (n == null || NodeTypes.isOverlayGroup(n.type())) {
                continue;
            }
            if (NodeTypes.isContainer(n.type())) {
                wanted.add(n.id());
            } else if (n.parent() != null) {
                wanted.add(n.parent());
            } else {
                return null;
            }
        }
        if (wanted.isEmpty()) {
            return null;
        }
        List<String> outermost = new ArrayList<>();
        for (String id : wanted) {
            boolean inside = d.ancestors(d.requireNode(id)).stream().anyMatch(a -> wanted.contains(a.id()));
            if (!inside) {
                outermost.add(id);
            }
        }
        return outermost;
    }

    /** How many nodes the tidy moved or resized. */
    public int moved() {
        return moved;
    }

    @Override
    public String description() {
        return TEXT.get("command.tidy", moved);
    }
}
