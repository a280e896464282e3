package com.cloudwright.model;

import com.cloudwright.i18n.Bundle;
import java.util.Objects;

/** Connects two existing nodes. */
public final class AddEdge extends DiagramCommand {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.model.messages");

    private final Edge edge;

    public AddEdge(Edge edge) {
        this.edge = Objects.requireNonNull(edge, "edge");
    }

    @Override
    protected void perform(Edit edit) {
        Diagram d = edit.diagram();
        if (d.contains(edge.id())) {
            throw new IllegalArgumentException("id '" + edge.id() + "' is already used");
        }
        d.requireNode(edge.from());
        d.requireNode(edge.to());
        edit.putEdge(edge);
    }

    @Override
    public String description() {
        return TEXT.get("command.connect", edge.from(), edge.to());
    }
}
