package com.cloudwright.edit;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.model.DiagramCommand;
import com.cloudwright.model.Edit;

/**
 * Grows a container, then each of its ancestors, just enough to show their children whole (never
 * shrinks). Joins another command in a composite step, e.g. after a node is added into it.
 */
public final class GrowToFit extends DiagramCommand {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.edit.messages");

    private final String containerId;

    /** @param containerId the container, or null (the top level: nothing to grow) */
    public GrowToFit(String containerId) {
        this.containerId = containerId;
    }

    @Override
    protected void perform(Edit edit) {
        Containment.grow(edit, containerId);
    }

    @Override
    public String description() {
        return TEXT.get("command.grow");
    }
}
