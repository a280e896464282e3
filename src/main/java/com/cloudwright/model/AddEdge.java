package com.cloudwright.model;

import com.cloudwright.i18n.Bundle;
import java.util.Objects;

/** Connects two existing nodes. */
public final class AddEdge extends DiagramCommand {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.model.messages");

    private final Edge edge;
    /** The ends as the user named them when the edge was drawn: undo speaks of labels, not ids. */
    private String fromName;
    private String toName;

    public AddEdge(Edge edge) {
        this.edge = Objects.requireNonNull(edge, "edge");
    }

    /**
     * An edge whose undo entry names its ends as the canvas shows them ("Connect AWS WAF to
     * Amazon CloudFront"): the model alone knows only labels and ids, the caller knows the titles.
     */
    public AddEdge(Edge edge, String fromName, String toName) {
        this(edge);
        this.fromName = fromName;
        this.toName = toName;
    }

    @Override
    protected void perform(Edit edit) {
        Diagram d = edit.diagram();
        if (d.contains(edge.id())) {
            throw new IllegalArgumentException("id '" + edge.id() + "' is already used");
        }
        String from = d.requireNode(edge.from()).displayLabel();
        String to = d.requireNode(edge.to()).displayLabel();
        fromName = fromName == null ? from : fromName;
        toName = toName == null ? to : toName;
        edit.putEdge(edge);
    }

    @Override
    public String description() {
        return TEXT.get("command.connect", fromName == null ? edge.from() : fromName,
                toName == null ? edge.to() : toName);
    }
}
