package com.cloudwright.model;

import com.cloudwright.i18n.Bundle;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Moves nodes by a delta, containers with everything inside them, and the bends of edges whose
 * both ends move. Moves that share a gesture (one drag) merge into one undo step, together with
 * any other {@link GestureStep} of that gesture.
 */
public final class MoveNodes extends DiagramCommand implements GestureStep {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.model.messages");

    private final Set<String> ids;
    private final double dx;
    private final double dy;
    private final Object gesture;
    private String firstLabel = "";

    /** @param gesture identifies one drag; null for a move that stands alone (a nudge) */
    public MoveNodes(Set<String> ids, double dx, double dy, Object gesture) {
        this.ids = new LinkedHashSet<>(ids);
        this.dx = dx;
        this.dy = dy;
        this.gesture = gesture;
    }

    @Override
    protected void perform(Edit edit) {
        Diagram d = edit.diagram();
        Set<String> moving = new LinkedHashSet<>();
        for (String id : ids) {
            d.node(id).ifPresent(n -> {
                if (firstLabel.isEmpty()) {
                    firstLabel = n.displayLabel();
                }
                moving.add(id);
                d.descendants(id).forEach(c -> moving.add(c.id()));
            });
        }
        Set<String> edges = new LinkedHashSet<>();
        for (String id : moving) {
            Node n = d.requireNode(id);
            edit.putNode(n.withBounds(n.bounds().translate(dx, dy)));
            d.edgesOf(id).forEach(e -> edges.add(e.id()));
        }
        for (String edgeId : edges) {
            Edge e = d.edge(edgeId).orElseThrow();
            if (!e.bends().isEmpty() && moving.contains(e.from()) && moving.contains(e.to())) {
                List<Point> moved = e.bends().stream().map(p -> new Point(p.x() + dx, p.y() + dy)).toList();
                edit.putEdge(e.withBends(moved));
            }
        }
    }

    @Override
    public Object gesture() {
        return gesture;
    }

    /** Later moves of the same drag, and any other {@link GestureStep} of it (the drop), join this step. */
    @Override
    protected boolean continues(Command next) {
        return gesture != null && next instanceof GestureStep step && gesture.equals(step.gesture());
    }

    @Override
    public String description() {
        return TEXT.get("command.move", ids.size(), firstLabel);
    }
}
