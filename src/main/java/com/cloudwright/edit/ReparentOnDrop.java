package com.cloudwright.edit;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.DiagramCommand;
import com.cloudwright.model.Edit;
import com.cloudwright.model.GestureStep;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.palette.Palette;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The drop at the end of a move: puts each dragged node into the container under its centre (see
 * {@link DropPlanner}) and grows that container and its ancestors to hold it. Refused, with the
 * palette's reason, when a node would land where its placement scope forbids
 * ({@link EditRefusedException}; nothing changes).
 *
 * <p>Give it the token of the drag's {@link com.cloudwright.model.MoveNodes}: it then joins their
 * undo step, so the drag and the drop are undone as one. {@link DragSession} does all of this.
 */
public final class ReparentOnDrop extends DiagramCommand implements GestureStep {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.edit.messages");

    private final DropPlanner planner;
    private final Set<String> ids;
    private final Object gesture;
    private final com.cloudwright.model.Point pointer;
    /** The step's name, formatted when shown so it follows a change of language. */
    private Supplier<String> description = () -> "";

    public ReparentOnDrop(Palette palette, Collection<String> draggedIds, Object gesture) {
        this(palette, draggedIds, gesture, null);
    }

    /** @param pointer where the pointer released the nodes (see {@link DropPlanner#plan(Diagram, Collection, com.cloudwright.model.Point)}) */
    public ReparentOnDrop(Palette palette, Collection<String> draggedIds, Object gesture, com.cloudwright.model.Point pointer) {
        this.pointer = pointer;
        this.planner = new DropPlanner(palette);
        this.ids = new LinkedHashSet<>(draggedIds);
        this.gesture = gesture;
    }

    @Override
    protected void perform(Edit edit) {
        Diagram d = edit.diagram();
        DropPlan plan = planner.plan(d, ids, pointer);
        plan.refusal().ifPresent(reason -> {
            throw new EditRefusedException(reason);
        });
        List<Landing> moved = plan.reparented();
        for (Landing l : moved) {
            edit.putNode(d.requireNode(l.nodeId()).withParent(l.to()));
        }
        for (Landing l : moved) {
            Node node = d.requireNode(l.nodeId());
            if (l.to() != null && NodeTypes.isContainer(node.type()) && overlapsSibling(d, node)) {
                // a subnet moved into an AZ that has one already goes beside it, never on top of it
                Bounds spot = FreeSpot.find(d, l.to(), node.type(), node.bounds().w(), node.bounds().h(),
                        null, Grid.DEFAULT, node.id());
                shift(edit, d, node, spot.x() - node.bounds().x(), spot.y() - node.bounds().y());
            }
        }
        Set<String> receivers = new LinkedHashSet<>();
        for (Landing l : plan.landings()) {
            if (l.to() != null) {
                receivers.add(l.to());
            }
        }
        receivers.forEach(id -> Containment.grow(edit, id));
        description = describe(d, moved);
    }

    private static boolean overlapsSibling(Diagram d, Node node) {
        return d.children(node.parent()).stream()
                .anyMatch(s -> !s.id().equals(node.id()) && Containment.extent(s).intersects(node.bounds()));
    }

    private static void shift(Edit edit, Diagram d, Node root, double dx, double dy) {
        edit.putNode(root.withBounds(root.bounds().translate(dx, dy)));
        for (Node n : d.descendants(root.id())) {
            edit.putNode(n.withBounds(n.bounds().translate(dx, dy)));
        }
    }

    private static Supplier<String> describe(Diagram d, List<Landing> moved) {
        if (moved.isEmpty()) {
            return () -> TEXT.get("command.drop.none");
        }
        Landing first = moved.get(0);
        int count = moved.size();
        String label = d.requireNode(first.nodeId()).displayLabel();
        if (first.to() == null) {
            return () -> TEXT.get("command.drop.top", count, label);
        }
        String into = d.requireNode(first.to()).displayLabel();
        return () -> TEXT.get("command.drop", count, label, into);
    }

    @Override
    public Object gesture() {
        return gesture;
    }

    @Override
    public String description() {
        return description.get();
    }
}
