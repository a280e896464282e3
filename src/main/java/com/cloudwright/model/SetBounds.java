package com.cloudwright.model;

import com.cloudwright.i18n.Bundle;
import java.util.Objects;

/** Resizes (or places) one node without touching its children. A resize drag is one step. */
public final class SetBounds extends DiagramCommand {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.model.messages");

    private final String id;
    private final Bounds bounds;
    private final Object gesture;
    private String label = "";

    public SetBounds(String id, Bounds bounds, Object gesture) {
        this.id = Objects.requireNonNull(id);
        this.bounds = Objects.requireNonNull(bounds);
        this.gesture = gesture;
    }

    @Override
    protected void perform(Edit edit) {
        Node n = edit.diagram().requireNode(id);
        label = n.displayLabel();
        edit.putNode(n.withBounds(bounds));
    }

    @Override
    protected boolean continues(Command next) {
        return gesture != null && next instanceof SetBounds s && gesture.equals(s.gesture) && id.equals(s.id);
    }

    @Override
    public String description() {
        return TEXT.get("command.resize", label);
    }
}
