package com.cloudwright.model;

import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;

/** Several commands as one undo step (paste, a quick fix that adds and connects…). */
public final class CompositeCommand extends DiagramCommand {

    private final Supplier<String> description;
    private final List<DiagramCommand> parts;

    public CompositeCommand(String description, List<? extends DiagramCommand> parts) {
        this(() -> description, parts);
    }

    /** The description is asked for each time it is shown, so an undo name follows a change of language. */
    public CompositeCommand(Supplier<String> description, List<? extends DiagramCommand> parts) {
        this.description = Objects.requireNonNull(description, "description");
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
        return description.get();
    }
}
