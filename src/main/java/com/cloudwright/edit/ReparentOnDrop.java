package com.cloudwright.edit;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.DiagramCommand;
import com.cloudwright.model.Edit;
import com.cloudwright.model.GestureStep;
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
    /** The step's name, formatted when shown so it follows a change of language. */
    private Supplier<String> description = () -> "";

    public ReparentOnDrop(Palette palette, Collection<String> draggedIds, Object gesture) {
        this.planner = new DropPlanner(palette);
        this.ids = new LinkedHashSet<>(draggedIds);
        this.gesture = gesture;
    }

    @Override
    protected void perform(Edit edit) {
        Diagram d = edit.diagram();
        DropPlan plan = planner.plan(d, ids);
        plan.refusal().ifPresent(reason -> {
            throw new EditRefusedException(reason);
        });
        List<Landing> moved = plan.reparented();
        for (Landing l : moved) {
            edit.putNode(d.requireNode(l.nodeId()).withParent(l.to()));
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
