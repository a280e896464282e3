package com.cloudwright.model;

import com.cloudwright.i18n.Bundle;
import java.util.Objects;

/** Sets (or, with a null value, removes) one property of a node. */
public final class SetNodeProperty extends DiagramCommand {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.model.messages");

    private final String id;
    private final String key;
    private final Object value;
    private String label = "";

    public SetNodeProperty(String id, String key, Object value) {
        this.id = Objects.requireNonNull(id);
        this.key = Objects.requireNonNull(key);
        this.value = value;
    }

    @Override
    protected void perform(Edit edit) {
        Node n = edit.diagram().requireNode(id);
        label = n.displayLabel();
        edit.putNode(n.withProp(key, value));
    }

    @Override
    public String description() {
        return TEXT.get("command.property", label, key);
    }
}
