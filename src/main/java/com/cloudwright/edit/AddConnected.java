package com.cloudwright.edit;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.DiagramCommand;
import com.cloudwright.model.Edit;
import com.cloudwright.palette.Palette;

import java.util.Optional;

/**
 * Quick add that also connects (Shift+Enter in the quick-add search): the new node is placed as
 * {@link QuickAdd} places it and joined to the node that was selected, in the direction the
 * palette allows ({@link Flow}), as one undo step. When neither may call the other the node is
 * still added, unconnected, and {@link #refusal()} says why.
 */
public final class AddConnected extends DiagramCommand {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.edit.messages");

    private final Palette palette;
    private final QuickAdd add;
    private final String selectedId;
    private String description = "";
    private String refusal;

    public AddConnected(Palette palette, QuickAdd add, String selectedId) {
        this.palette = palette;
        this.add = add;
        this.selectedId = selectedId;
    }

    /** The id of the new node, once the command has run. */
    public String addedId() {
        return add.addedId();
    }

    /** Why the new node could not be connected to the selected one, if it could not. */
    public Optional<String> refusal() {
        return Optional.ofNullable(refusal);
    }

    @Override
    protected void perform(Edit edit) {
        add.perform(edit);
        Diagram d = edit.diagram();
        String added = add.addedId();
        description = add.description();
        if (selectedId == null || d.node(selectedId).isEmpty()) {
            return;
        }
        Optional<Flow.Direction> direction = Flow.between(palette, d, selectedId, added);
        if (direction.isEmpty()) {
            refusal = Connections.connectProblem(palette, d, selectedId, added).orElse(null);
            return;
        }
        Flow.Direction way = direction.get();
        edit.putEdge(Connections.newEdge(palette, d, way.from(), way.to()));
        description = TEXT.get("command.addConnected",
                Connections.name(palette, d, d.requireNode(added)),
                Connections.name(palette, d, d.requireNode(selectedId)));
    }

    @Override
    public String description() {
        return description;
    }
}
