package com.cloudwright.edit;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.DiagramCommand;
import com.cloudwright.model.Edit;
import com.cloudwright.model.Node;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Aligns the selected nodes' left edges, centres, right edges, tops, middles or bottoms with the
 * selection's bounding box. Containers bring their contents; overlay groups (drawn around their
 * members) and nodes inside another selected node are left to follow. Needs two nodes.
 */
public final class AlignNodes extends DiagramCommand {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.edit.messages");

    private final List<String> ids;
    private final Alignment alignment;
    private int count;

    public AlignNodes(Collection<String> ids, Alignment alignment) {
        this.ids = List.copyOf(ids);
        this.alignment = Objects.requireNonNull(alignment);
    }

    @Override
    protected void perform(Edit edit) {
        Diagram d = edit.diagram();
        List<Node> nodes = DropPlanner.roots(d, ids);
        count = nodes.size();
        if (nodes.size() < 2) {
            return;
        }
        Bounds box = null;
        for (Node n : nodes) {
            box = box == null ? n.bounds() : box.union(n.bounds());
        }
        Map<String, double[]> deltas = new LinkedHashMap<>();
        for (Node n : nodes) {
            Bounds b = n.bounds();
            double dx = switch (alignment) {
                case LEFT -> box.x() - b.x();
                case CENTER -> box.centerX() - b.centerX();
                case RIGHT -> box.maxX() - b.maxX();
                default -> 0;
            };
            double dy = switch (alignment) {
                case TOP -> box.y() - b.y();
                case MIDDLE -> box.centerY() - b.centerY();
                case BOTTOM -> box.maxY() - b.maxY();
                default -> 0;
            };
            deltas.put(n.id(), new double[] {dx, dy});
        }
        Translation.apply(edit, deltas);
    }

    @Override
    public String description() {
        return TEXT.get("command.align." + alignment.name().toLowerCase(Locale.ROOT), count);
    }
}
