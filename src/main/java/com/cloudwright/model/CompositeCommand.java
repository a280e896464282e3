package com.cloudwright.model;

import java.util.List;

/** Several commands as one undo step (paste, a quick fix that adds and connects…). */
public final class CompositeCommand extends DiagramCommand {

    private final String description;
    private final List<DiagramCommand> parts;

    public CompositeCommand(String description, List<? extends DiagramCommand> parts) {
        this.description = description;
        this.parts = List.copyOf(parts);
    }

    @Override
    protected void perform(Edit edit) {
        for (DiagramCommand part : parts) {
            part.perform(edit);
        }
    }

    @Override
    public String description() {
        return description;
    }
}
