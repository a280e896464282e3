package com.cloudwright.edit;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.model.DiagramCommand;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Edit;
import com.cloudwright.model.GestureStep;
import com.cloudwright.model.Node;

import java.util.Collection;
import java.util.List;

/**
 * Puts nodes and edges back exactly as they were captured (those that still exist). Joined to
 * a drag's step through its gesture token, it takes the drag back: the step then changes nothing
 * and the history drops it, so a refused or cancelled drag leaves no undo step.
 */
public final class RestoreElements extends DiagramCommand implements GestureStep {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.edit.messages");

    private final List<Node> nodes;
    private final List<Edge> edges;
    private final Object gesture;

    public RestoreElements(Collection<Node> nodes, Collection<Edge> edges, Object gesture) {
        this.nodes = List.copyOf(nodes);
        this.edges = List.copyOf(edges);
        this.gesture = gesture;
    }

    @Override
    protected void perform(Edit edit) {
        for (Node n : nodes) {
            if (edit.diagram().node(n.id()).isPresent()) {
                edit.putNode(n);
            }
        }
        for (Edge e : edges) {
            if (edit.diagram().edge(e.id()).isPresent()) {
                edit.putEdge(e);
            }
        }
    }

    @Override
    public Object gesture() {
        return gesture;
    }

    @Override
    public String description() {
        return TEXT.get("command.restore");
    }
}
