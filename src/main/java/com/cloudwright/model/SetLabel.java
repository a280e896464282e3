package com.cloudwright.model;

import com.cloudwright.i18n.Bundle;
import java.util.Objects;

/** Renames a node; a blank label falls back to the palette name. */
public final class SetLabel extends DiagramCommand {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.model.messages");

    private final String id;
    private final String label;
    private String oldLabel = "";

    public SetLabel(String id, String label) {
        this.id = Objects.requireNonNull(id);
        this.label = label == null || label.isBlank() ? null : label.strip();
    }

    @Override
    protected void perform(Edit edit) {
        Node n = edit.diagram().requireNode(id);
        oldLabel = n.displayLabel();
        edit.putNode(n.withLabel(label));
    }

    @Override
    public String description() {
        return TEXT.get("command.rename", oldLabel);
    }
}
