package com.cloudwright.ui.canvas;

import com.cloudwright.edit.ResizeSession;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;

import java.util.Set;

/** Drags a resize handle of the selected node; the edit session sizes it and keeps the drag one undo step. */
final class ResizeTool implements GestureTool {

    private final ToolContext ctx;
    private final Handles.Resize handle;
    private final ResizeSession session;

    ResizeTool(ToolContext ctx, Handles.Resize handle, ResizeSession session) {
        this.ctx = ctx;
        this.handle = handle;
        this.session = session;
    }

    @Override
    public void start() {
        ctx.canvas.beginLive(Set.of(session.nodeId()), Set.of());
    }

    @Override
    public void drag(MouseEvent e, Point2D world) {
        session.resizeTo(handle.drag(session.start(), ctx.snap(world.getX()), ctx.snap(world.getY()),
                session.minWidth(), session.minHeight()));
    }

    @Override
    public void release(MouseEvent e) {
        // every frame was already applied, in the session's one undo step
    }
}
