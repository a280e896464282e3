package com.cloudwright.ui.canvas;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Point;
import com.cloudwright.render.EdgeRouter;
import com.cloudwright.render.Geometry;
import com.cloudwright.ui.common.Document;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Paint;

import java.util.List;

/**
 * Paints what the canvas shows over the diagram every frame: the selection and its handles, then
 * the feedback of the gesture under way (guides, drop targets, the connect line, the rubber band).
 */
final class OverlayPainter {

    /** The canvas's styleable colours for the overlay. */
    record Colors(Paint selection, Paint handleFill, Paint guide, Paint drop, Paint refused) {
    }

    private final Document doc;

    OverlayPainter(Document doc) {
        this.doc = doc;
    }

    /** Paints in world units at scale {@code s} (the context is already transformed to the view). */
    void paint(GraphicsContext gc, Overlays overlays, Colors colors, double s) {
        paintSelection(gc, doc.diagram(), s, colors);
        paintFeedback(gc, overlays, s, colors);
    }

    private void paintSelection(GraphicsContext gc, Diagram d, double s, Colors c) {
        gc.setStroke(c.selection());
        gc.setLineWidth(2 / s);
        for (String id : doc.selection()) {
            d.node(id).ifPresent(n -> {
                Bounds b = Geometry.shapeOf(d, n).inflate(3 / s);
                gc.strokeRect(b.x(), b.y(), b.w(), b.h());
            });
            d.edge(id).ifPresent(e -> {
                List<Point> pts = EdgeRouter.route(d, e);
                gc.setLineWidth(3 / s);
                gc.strokePolyline(pts.stream().mapToDouble(Point::x).toArray(),
                        pts.stream().mapToDouble(Point::y).toArray(), pts.size());
                gc.setLineWidth(2 / s);
            });
        }
        String single = doc.singleSelection();
        if (single == null) {
            return;
        }
        d.node(single).ifPresent(n -> {
            if (!NodeKinds.isGroup(doc.palette(), n)) {
                for (Handles.Resize r : Handles.Resize.values()) {
                    handle(gc, r.on(n.bounds()), s, c);
                }
            }
            if (!NodeKinds.isContainerOrGroup(doc.palette(), n) || NodeKinds.isGroup(doc.palette(), n)) {
                Point at = Handles.connectHandle(Geometry.shapeOf(d, n), s);
                gc.setFill(c.selection());
                double r = Handles.RADIUS / s;
                gc.fillOval(at.x() - r, at.y() - r, 2 * r, 2 * r);
            }
        });
        d.edge(single).ifPresent(e -> Handles.segmentMiddles(EdgeRouter.route(d, e)).forEach(p -> handle(gc, p, s, c)));
    }

    private static void handle(GraphicsContext gc, Point p, double s, Colors c) {
        double r = Handles.RADIUS / s;
        gc.setFill(c.handleFill());
        gc.fillRect(p.x() - r, p.y() - r, 2 * r, 2 * r);
        gc.setLineWidth(1.2 / s);
        gc.strokeRect(p.x() - r, p.y() - r, 2 * r, 2 * r);
    }

    private static void paintFeedback(GraphicsContext gc, Overlays o, double s, Colors c) {
        if (!o.guides.isEmpty()) {
            gc.setStroke(c.guide());
            gc.setLineWidth(1 / s);
            double overhang = 12 / s;
            for (var g : o.guides) {
                if (g.vertical()) {
                    gc.strokeLine(g.position(), g.from() - overhang, g.position(), g.to() + overhang);
                } else {
                    gc.strokeLine(g.from() - overhang, g.position(), g.to() + overhang, g.position());
                }
            }
        }
        for (Bounds t : o.moveTargets) {
            gc.setStroke(o.dropRefused ? c.refused() : c.drop());
            gc.setLineWidth(3 / s);
            gc.strokeRect(t.x(), t.y(), t.w(), t.h());
        }
        if (o.dropTarget != null) {
            gc.setStroke(o.dropRefused ? c.refused() : c.drop());
            gc.setLineWidth(3 / s);
            gc.strokeRect(o.dropTarget.x(), o.dropTarget.y(), o.dropTarget.w(), o.dropTarget.h());
        }
        if (o.dropEntry != null && o.dropAt != null) {
            gc.setStroke(o.dropRefused ? c.refused() : c.drop());
            gc.setLineWidth(1.5 / s);
            gc.setLineDashes(4 / s, 3 / s);
            gc.strokeRect(o.dropAt.x() - o.dropEntry.width() / 2, o.dropAt.y() - o.dropEntry.height() / 2,
                    o.dropEntry.width(), o.dropEntry.height());
            gc.setLineDashes((double[]) null);
        }
        if (o.connectFrom != null && o.connectTo != null) {
            gc.setStroke(c.selection());
            gc.setLineWidth(1.5 / s);
            gc.setLineDashes(5 / s, 3 / s);
            gc.strokeLine(o.connectFrom.x(), o.connectFrom.y(), o.connectTo.x(), o.connectTo.y());
            gc.setLineDashes((double[]) null);
        }
        if (o.rubberBand != null) {
            gc.setStroke(c.selection());
            gc.setLineWidth(1 / s);
            gc.setLineDashes(4 / s, 3 / s);
            gc.strokeRect(o.rubberBand.x(), o.rubberBand.y(), o.rubberBand.w(), o.rubberBand.h());
            gc.setLineDashes((double[]) null);
        }
    }
}
