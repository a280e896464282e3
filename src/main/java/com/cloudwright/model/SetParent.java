package com.cloudwright.model;

import com.cloudwright.i18n.Bundle;
import java.util.LinkedHashSet;
import java.util.Set;

/** Moves nodes into another container (or to the top level with a null parent). */
public final class SetParent extends DiagramCommand {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.model.messages");

    private final Set<String> ids;
    private final String parent;
    private String firstLabel = "";
    private String parentLabel = "";

    public SetParent(Set<String> ids, String parent) {
        this.ids = new LinkedHashSet<>(ids);
        this.parent = parent;
    }

    @Override
    protected void perform(Edit edit) {
        Diagram d = edit.diagram();
        Node target = parent == null ? null : d.requireNode(parent);
        parentLabel = target == null ? "" : target.displayLabel();
        for (String id : ids) {
            Node n = d.requireNode(id);
            if (firstLabel.isEmpty()) {
                firstLabel = n.displayLabel();
            }
            if (target != null && (target.id().equals(id) || d.isAncestor(id, target))) {
                throw new IllegalArgumentException("'" + id + "' cannot go inside itself");
            }
            edit.putNode(n.withParent(parent));
        }
    }

    @Override
    public String description() {
        return parent == null
                ? TEXT.get("command.reparent.top", ids.size(), firstLabel)
                : TEXT.get("command.reparent", ids.size(), firstLabel, parentLabel);
    }
}
