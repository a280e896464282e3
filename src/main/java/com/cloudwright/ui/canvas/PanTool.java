package com.cloudwright.ui.canvas;

import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.input.MouseEvent;

import java.util.function.BooleanSupplier;

/** Pans the view with the middle button, or the left one while Space is held; the view follows the mouse at once. */
final class PanTool implements GestureTool {

    private final ToolContext ctx;
    private final BooleanSupplier spaceDown;
    private Point2D lastView;

    PanTool(ToolContext ctx, MouseEvent press, BooleanSupplier spaceDown) {
        this.ctx = ctx;
        this.spaceDown = spaceDown;
        this.lastView = new Point2D(press.getX(), press.getY());
        ctx.canvas.setCursor(Cursor.CLOSED_HAND);
    }

    @Override
    public boolean waitsForThreshold() {
        return false;
    }

    @Override
    public void drag(MouseEvent e, Point2D world) {
        ctx.canvas.panBy(e.getX() - lastView.getX(), e.getY() - lastView.getY());
        lastView = new Point2D(e.getX(), e.getY());
    }

    @Override
    public void release(MouseEvent e) {
        ctx.canvas.setCursor(spaceDown.getAsBoolean() ? Cursor.OPEN_HAND : Cursor.DEFAULT);
    }
}
