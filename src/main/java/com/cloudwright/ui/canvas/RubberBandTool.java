package com.cloudwright.ui.canvas;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.render.Geometry;
import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;

/** Drags a rectangle from an empty spot; the nodes wholly inside it join the selection on release. */
final class RubberBandTool implements GestureTool {

    private final ToolContext ctx;
    private final Point2D pressWorld;

    RubberBandTool(ToolContext ctx, Point2D pressWorld) {
        this.ctx = ctx;
        this.pressWorld = pressWorld;
    }

    @Override
    public void drag(MouseEvent e, Point2D world) {
        ctx.canvas.overlays().rubberBand = new Bounds(Math.min(pressWorld.getX(), world.getX()),
                Math.min(pressWorld.getY(), world.getY()), Math.abs(world.getX() - pressWorld.getX()),
                Math.abs(world.getY() - pressWorld.getY()));
        ctx.canvas.requestRepaint();
    }

    @Override
    public void release(MouseEvent e) {
        Bounds band = ctx.canvas.overlays().rubberBand;
        if (band == null) {
            return;
        }
        Diagram d = ctx.doc.diagram();
        for (Node n : d.nodes()) {
            if (band.contains(Geometry.shapeOf(d, n))) {
                ctx.doc.selection().add(n.id());
            }
        }
    }
}
