package com.cloudwright.model;

import com.cloudwright.i18n.Bundle;
import java.util.Objects;

/** Adds one node. */
public final class AddNode extends DiagramCommand {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.model.messages");

    private final Node node;

    public AddNode(Node node) {
        this.node = Objects.requireNonNull(node, "node");
    }

    @Override
    protected void perform(Edit edit) {
        if (edit.diagram().contains(node.id())) {
            throw new IllegalArgumentException("id '" + node.id() + "' is already used");
        }
        edit.putNode(node);
    }

    @Override
    public String description() {
        return TEXT.get("command.add", node.displayLabel());
    }
}
