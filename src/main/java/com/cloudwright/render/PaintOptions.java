package com.cloudwright.render;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;

import java.util.function.Predicate;

/**
 * What to paint and how finely.
 *
 * @param visible       the part of the canvas to draw, or null for everything
 * @param nodes         which nodes to draw (the canvas draws nodes being dragged on a layer of their own)
 * @param edges         which edges to draw
 * @param pixelsPerUnit output pixels per canvas unit: below legibility text is left out and dashes
 *                      drawn solid, which keeps a zoomed-out view of thousands of nodes fast
 * @param draftRoutes   edges routed on their own, not minding other edges (a gesture's live preview,
 *                      every frame; see {@link EdgeRouter#routeDraft})
 */
public record PaintOptions(Bounds visible, Predicate<Node> nodes, Predicate<Edge> edges, double pixelsPerUnit,
                           boolean draftRoutes) {

    public PaintOptions(Bounds visible, Predicate<Node> nodes, Predicate<Edge> edges, double pixelsPerUnit) {
        this(visible, nodes, edges, pixelsPerUnit, false);
    }

    /** Everything, at full detail (pictures for export). */
    public static PaintOptions everything() {
        return new PaintOptions(null, n -> true, e -> true, Double.POSITIVE_INFINITY);
    }

    boolean legible(double textSize) {
        return textSize * pixelsPerUnit >= 4;
    }

    double[] dash(double[] dash) {
        if (dash == null) {
            return null;
        }
        for (double d : dash) {
            if (d * pixelsPerUnit < 2) {
                return null;
            }
        }
        return dash;
    }
}
