package com.cloudwright.ui.canvas;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.edit.AlignmentGuides;
import com.cloudwright.edit.DragSession;
import com.cloudwright.edit.DropPlan;
import com.cloudwright.edit.GuideSnap;
import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;

import java.util.Set;

/**
 * Drags the selected nodes (one undo step per drag, through the edit package's {@link DragSession}):
 * snapped to the alignment guides of the nodes that stay put, else to the grid; Alt moves freely.
 * The containers the nodes would drop into are highlighted, in the warning colour with the reason
 * when the drop is forbidden; release re-parents, Escape puts everything back.
 */
final class MoveTool implements GestureTool {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.ui.messages");

    /** How close (in screen pixels) an edge or centre must come to a neighbour's to snap to it. */
    private static final double GUIDE_TOLERANCE = 6;

    private final ToolContext ctx;
    private final Point2D pressWorld;
    /** The pressed node's bounds: grid snapping aligns it, the others keep their offsets. */
    private final Bounds anchor;
    private DragSession drag;
    private AlignmentGuides guides;
    private Bounds moveBox;

    MoveTool(ToolContext ctx, Point2D pressWorld, Bounds anchor) {
        this.ctx = ctx;
        this.pressWorld = pressWorld;
        this.anchor = anchor;
    }

    @Override
    public void start() {
        Set<String> moving = ctx.movingIds();
        Diagram d = ctx.doc.diagram();
        drag = DragSession.begin(d, ctx.doc.palette(), moving).grabbedAt(pressWorld.getX(), pressWorld.getY());
        guides = AlignmentGuides.forDrag(d, moving);
        moveBox = null;
        for (String id : moving) {
            Bounds b = d.requireNode(id).bounds();
            moveBox = moveBox == null ? b : moveBox.union(b);
        }
        ctx.canvas.beginLive(moving, Set.of());
    }

    @Override
    public void drag(MouseEvent e, Point2D world) {
        if (drag == null) {
            return;
        }
        boolean free = e.isAltDown();
        double dx = world.getX() - pressWorld.getX();
        double dy = world.getY() - pressWorld.getY();
        Overlays o = ctx.canvas.overlays();
        o.clearGuides();
        if (!free) {
            GuideSnap guide = guides.snap(moveBox.translate(dx, dy), GUIDE_TOLERANCE / ctx.canvas.scale());
            if (ctx.canvas.snapToGridProperty().get()) {
                dx = guide.snappedX() ? dx + guide.dx() : ctx.snap(anchor.x() + dx) - anchor.x();
                dy = guide.snappedY() ? dy + guide.dy() : ctx.snap(anchor.y() + dy) - anchor.y();
            } else {
                dx += guide.dx();
                dy += guide.dy();
            }
            o.guides.addAll(guide.guides());
        }
        DropPlan plan = drag.moveTo(dx, dy);
        o.moveTargets.clear();
        Diagram d = ctx.doc.diagram();
        for (String target : plan.targets()) {
            d.node(target).ifPresent(n -> o.moveTargets.add(n.bounds()));
        }
        o.dropRefused = plan.refused();
        plan.refusal().ifPresentOrElse(ctx.doc::say, () -> {
            if (!plan.targets().isEmpty()) {
                ctx.doc.say(TEXT.get("move.into", com.cloudwright.edit.Connections.name(ctx.doc.palette(), d, d.requireNode(plan.targets().iterator().next()))));
            }
        });
        ctx.canvas.requestRepaint();
    }

    @Override
    public void release(MouseEvent e) {
        finish(false);
    }

    @Override
    public boolean cancel() {
        if (drag == null) {
            return false;
        }
        finish(true);
        return true;
    }

    /** Ends a move: re-parents into the containers under the nodes, or puts everything back when refused. */
    private void finish(boolean cancel) {
        DragSession session = drag;
        drag = null;
        guides = null;
        ctx.canvas.overlays().clearMove();
        if (session == null) {
            return;
        }
        if (cancel) {
            session.cancel();
            ctx.doc.say(TEXT.get("move.cancelled"));
            return;
        }
        DropPlan result = session.drop();
        if (result.refused()) {
            ctx.doc.say(TEXT.get("move.refused", result.refusal().orElseThrow()));
        } else if (!result.reparented().isEmpty()) {
            ctx.doc.say(ctx.doc.diagram().history().undoDescription().orElse(""));
        }
    }
}
