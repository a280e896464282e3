package com.cloudwright.edit;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.DiagramCommand;
import com.cloudwright.model.Edit;
import com.cloudwright.model.Node;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Spreads the selected nodes so that the gaps between neighbours are equal; the first and the last
 * (by position along the axis) stay put. Containers bring their contents. Needs three nodes.
 */
public final class DistributeNodes extends DiagramCommand {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.edit.messages");

    private final List<String> ids;
    private final Axis axis;
    private int count;

    public DistributeNodes(Collection<String> ids, Axis axis) {
        this.ids = List.copyOf(ids);
        this.axis = Objects.requireNonNull(axis);
    }

    @Override
    protected void perform(Edit edit) {
        Diagram d = edit.diagram();
        List<Node> nodes = new ArrayList<>(DropPlanner.roots(d, ids));
        count = nodes.size();
        if (nodes.size() < 3) {
            return;
        }
        boolean horizontal = axis == Axis.HORIZONTAL;
        nodes.sort(Comparator.comparingDouble((Node n) -> horizontal ? n.bounds().centerX() : n.bounds().centerY())
                .thenComparing(Node::id));
        Bounds first = nodes.get(0).bounds();
        Bounds last = nodes.get(nodes.size() - 1).bounds();
        double span = horizontal ? last.maxX() - first.x() : last.maxY() - first.y();
        double sizes = 0;
        for (Node n : nodes) {
            sizes += horizontal ? n.bounds().w() : n.bounds().h();
        }
        double gap = (span - sizes) / (nodes.size() - 1);
        Map<String, double[]> deltas = new LinkedHashMap<>();
        double cursor = horizontal ? first.x() : first.y();
        for (int i = 0; i < nodes.size() - 1; i++) {   // the last one stays exactly where it is
            Bounds b = nodes.get(i).bounds();
            double delta = i == 0 ? 0 : cursor - (horizontal ? b.x() : b.y());
            deltas.put(nodes.get(i).id(), horizontal ? new double[] {delta, 0} : new double[] {0, delta});
            cursor += (horizontal ? b.w() : b.h()) + gap;
        }
        Translation.apply(edit, deltas);
    }

    @Override
    public String description() {
        return TEXT.get(axis == Axis.HORIZONTAL ? "command.distribute.horizontal" : "command.distribute.vertical", count);
    }
}
