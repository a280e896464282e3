package com.cloudwright.edit;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.model.Command;
import com.cloudwright.model.DiagramCommand;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Edit;
import com.cloudwright.model.GestureStep;
import com.cloudwright.model.Node;
import com.cloudwright.model.Point;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One frame of a {@link DragSession}: the dragged nodes (with their contents, and the bends of
 * edges between them) at their start position plus (dx, dy). Computed from the start each frame,
 * so a drag back to the start is exactly the start (the step then vanishes) and no rounding
 * accumulates over hundreds of frames. Later steps of the same gesture join this one.
 */
final class DragTo extends DiagramCommand implements GestureStep {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.model.messages");

    private final Collection<Node> originals;
    private final Collection<Edge> originalEdges;
    private final double dx;
    private final double dy;
    private final Object gesture;
    private final int count;
    private final String firstLabel;

    DragTo(Collection<Node> originals, Collection<Edge> originalEdges, double dx, double dy, Object gesture,
           int count, String firstLabel) {
        this.originals = originals;
        this.originalEdges = originalEdges;
        this.dx = dx;
        this.dy = dy;
        this.gesture = gesture;
        this.count = count;
        this.firstLabel = firstLabel;
    }

    @Override
    protected void perform(Edit edit) {
        Set<String> moving = new HashSet<>();
        for (Node original : originals) {
            edit.diagram().node(original.id()).ifPresent(now -> {
                moving.add(now.id());
                edit.putNode(now.withBounds(original.bounds().translate(dx, dy)));
            });
        }
        for (Edge original : originalEdges) {
            edit.diagram().edge(original.id()).ifPresent(now -> {
                if (!original.bends().isEmpty() && moving.contains(now.from()) && moving.contains(now.to())) {
                    List<Point> bends = original.bends().stream().map(p -> new Point(p.x() + dx, p.y() + dy)).toList();
                    edit.putEdge(now.withBends(bends));
                }
            });
        }
    }

    @Override
    protected boolean continues(Command next) {
        return next instanceof GestureStep step && gesture.equals(step.gesture());
    }

    @Override
    public Object gesture() {
        return gesture;
    }

    @Override
    public String description() {
        return TEXT.get("command.move", count, firstLabel);
    }
}
