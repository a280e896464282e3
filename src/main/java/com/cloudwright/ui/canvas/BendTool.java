package com.cloudwright.ui.canvas;

import com.cloudwright.edit.BendSession;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;

import java.util.Set;

/** Drags the middle handle of a segment of the selected edge; the edit session moves the segment in one undo step. */
final class BendTool implements GestureTool {

    private final ToolContext ctx;
    private final BendSession session;

    BendTool(ToolContext ctx, BendSession session) {
        this.ctx = ctx;
        this.session = session;
    }

    @Override
    public void start() {
        ctx.canvas.beginLive(Set.of(), Set.of(session.edgeId()));
    }

    @Override
    public void drag(MouseEvent e, Point2D world) {
        session.moveTo(ctx.snap(world.getX()), ctx.snap(world.getY()));
    }

    @Override
    public void release(MouseEvent e) {
        // every frame was already applied, in the session's one undo step
    }
}
