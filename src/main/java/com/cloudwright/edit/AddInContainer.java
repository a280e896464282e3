package com.cloudwright.edit;

import com.cloudwright.model.DiagramCommand;
import com.cloudwright.model.Edit;
import com.cloudwright.model.Node;

import java.util.Objects;

/**
 * Adds a node (dropped from the palette) and grows its container and their ancestors to show it
 * whole, in one undo step.
 */
public final class AddInContainer extends DiagramCommand {

    private final Node node;

    public AddInContainer(Node node) {
        this.node = Objects.requireNonNull(node, "node");
    }

    @Override
    protected void perform(Edit edit) {
        if (edit.diagram().contains(node.id())) {
            throw new IllegalArgumentException("id '" + node.id() + "' is already used");
        }
        edit.putNode(node);
        Containment.grow(edit, node.parent());
    }

    @Override
    public String description() {
        return EditText.get("command.add", node.displayLabel());
    }
}
