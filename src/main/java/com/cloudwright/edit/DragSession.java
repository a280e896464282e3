package com.cloudwright.edit;

import com.cloudwright.model.Diagram;
import com.cloudwright.model.Edge;
import com.cloudwright.model.MoveNodes;
import com.cloudwright.model.Node;
import com.cloudwright.palette.Palette;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One drag of nodes on the canvas, from press to release, as a single undo step:
 * <pre>
 *   DragSession drag = DragSession.begin(diagram, palette, movingIds);   // on press
 *   DropPlan preview = drag.moveTo(totalDx, totalDy);                    // every frame
 *   //   highlight preview.targets(), show preview.refusal() as a hint
 *   DropPlan result = drag.drop();                                       // on release
 *   //   result.refused(): everything is back where it was; show result.refusal()
 *   drag.cancel();                                                       // on Escape instead
 * </pre>
 * Every {@code moveTo} places the nodes at their start position plus the offset (no rounding
 * builds up), all frames fold into one undo step ("Move 3 nodes"), {@code drop} runs a
 * {@link ReparentOnDrop} with the session's gesture token, which joins that step, and a refused
 * drop or a cancel runs a {@link RestoreElements} with it: the step then changes nothing and the
 * history drops it. A canvas that runs its own {@link MoveNodes} may pass {@link #gesture()} to
 * them instead of calling {@code moveTo}, and still call {@code drop} / {@code cancel}.
 */
public final class DragSession {

    private final Diagram diagram;
    private final Palette palette;
    private final Set<String> ids;
    private final Object gesture;
    private final Map<String, Node> originalNodes = new LinkedHashMap<>();
    private final Map<String, Edge> originalEdges = new LinkedHashMap<>();
    private final DropPlanner planner;
    private com.cloudwright.model.Point grab;
    private double appliedDx;
    private double appliedDy;
    private boolean finished;

    private DragSession(Diagram diagram, Palette palette, Collection<String> ids, Object gesture) {
        this.diagram = diagram;
        this.palette = palette;
        this.ids = new LinkedHashSet<>(ids);
        this.gesture = Objects.requireNonNull(gesture, "gesture");
        this.planner = new DropPlanner(palette);
        for (String id : this.ids) {
            diagram.node(id).ifPresent(n -> {
                originalNodes.put(n.id(), n);
                diagram.descendants(n.id()).forEach(c -> originalNodes.put(c.id(), c));
            });
        }
        for (String id : originalNodes.keySet()) {
            for (Edge e : diagram.edgesOf(id)) {
                originalEdges.put(e.id(), e);
            }
        }
    }

    /** Starts a drag of the given nodes (containers bring their contents). Call before the first move. */
    public static DragSession begin(Diagram diagram, Palette palette, Collection<String> ids) {
        return new DragSession(diagram, palette, ids, new Object());
    }

    /** Starts a drag whose moves the caller runs itself with {@code gesture} as their token. */
    public static DragSession begin(Diagram diagram, Palette palette, Collection<String> ids, Object gesture) {
        return new DragSession(diagram, palette, ids, gesture);
    }

    /** Where the pointer took hold of the nodes: then where a dragged container lands follows the pointer. */
    public DragSession grabbedAt(double x, double y) {
        grab = new com.cloudwright.model.Point(x, y);
        return this;
    }

    private com.cloudwright.model.Point pointer() {
        return grab == null ? null : new com.cloudwright.model.Point(grab.x() + appliedDx, grab.y() + appliedDy);
    }

    public Object gesture() {
        return gesture;
    }

    public Set<String> ids() {
        return Set.copyOf(ids);
    }

    /** Moves the nodes to {@code (dx, dy)} from where they started and tells where they would land. */
    public DropPlan moveTo(double dx, double dy) {
        checkOpen();
        if (dx != appliedDx || dy != appliedDy) {
            String first = originalNodes.isEmpty() ? "" : originalNodes.values().iterator().next().displayLabel();
            diagram.history().execute(new DragTo(originalNodes.values(), originalEdges.values(), dx, dy, gesture,
                    ids.size(), first));
            appliedDx = dx;
            appliedDy = dy;
        }
        return preview();
    }

    /** Where the nodes would land if dropped now. */
    public DropPlan preview() {
        return planner.plan(diagram, ids, pointer());
    }

    /**
     * Drops the nodes: re-parents and grows containers, in the drag's undo step. When the palette
     * forbids a landing, puts everything back instead (no undo step) and returns the refused plan.
     */
    public DropPlan drop() {
        checkOpen();
        finished = true;
        DropPlan plan = preview();
        if (plan.refused()) {
            restore();
            return plan;
        }
        if (!moved()) {
            return plan;
        }
        diagram.history().execute(new ReparentOnDrop(palette, ids, gesture, pointer()));
        return plan;
    }

    /** Takes the drag back (Escape): everything where it was, no undo step. */
    public void cancel() {
        if (!finished) {
            finished = true;
            restore();
        }
    }

    private boolean moved() {
        for (Node n : originalNodes.values()) {
            if (!diagram.node(n.id()).map(now -> now.equals(n)).orElse(true)) {
                return true;
            }
        }
        return false;
    }

    private void restore() {
        diagram.history().execute(new RestoreElements(originalNodes.values(), originalEdges.values(), gesture));
    }

    private void checkOpen() {
        if (finished) {
            throw new IllegalStateException("this drag has ended");
        }
    }
}
