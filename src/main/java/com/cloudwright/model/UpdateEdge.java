package com.cloudwright.model;

import com.cloudwright.i18n.Bundle;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;

/** Changes one edge: its label, a property or its bends. */
public final class UpdateEdge extends DiagramCommand {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.model.messages");

    private final String id;
    private final UnaryOperator<Edge> change;
    /** Formatted when shown, so the undo name follows a change of language. */
    private final Supplier<String> description;
    private final Object gesture;

    private UpdateEdge(String id, UnaryOperator<Edge> change, Supplier<String> description, Object gesture) {
        this.id = Objects.requireNonNull(id);
        this.change = change;
        this.description = description;
        this.gesture = gesture;
    }

    private UpdateEdge(String id, UnaryOperator<Edge> change, Supplier<String> description) {
        this(id, change, description, null);
    }

    public static UpdateEdge label(String id, String label) {
        String clean = label == null || label.isBlank() ? null : label.strip();
        return new UpdateEdge(id, e -> e.withLabel(clean), () -> TEXT.get("command.edge.label"));
    }

    public static UpdateEdge property(String id, String key, Object value) {
        return new UpdateEdge(id, e -> e.withProps(e.props().with(key, value)),
                () -> TEXT.get("command.edge.property", key));
    }

    public static UpdateEdge bends(String id, java.util.List<Point> bends) {
        return bends(id, bends, null);
    }

    /** New bends; the steps of one drag ({@code gesture}) merge into one undo step. */
    public static UpdateEdge bends(String id, java.util.List<Point> bends, Object gesture) {
        return new UpdateEdge(id, e -> e.withBends(bends), () -> TEXT.get("command.edge.bends"), gesture);
    }

    @Override
    protected boolean continues(Command next) {
        return gesture != null && next instanceof UpdateEdge u && gesture.equals(u.gesture) && id.equals(u.id);
    }

    @Override
    protected void perform(Edit edit) {
        Edge e = edit.diagram().edge(id).orElseThrow(() -> new IllegalArgumentException("no edge '" + id + "'"));
        edit.putEdge(change.apply(e));
    }

    @Override
    public String description() {
        return description.get();
    }
}
