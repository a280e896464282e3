package com.cloudwright.render;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.palette.Palette;

import com.cloudwright.model.Point;

import java.util.List;

/**
 * Where a container's title (its icon and text) is drawn, for the router to keep routes off it.
 * Text widths are estimated without a font, so the box gets a little margin for the real font.
 */
final class TitleBands {

    /** Room added around the estimated title for fonts a little wider than the estimate. */
    private static final double MARGIN = 4;

    /** Text widths by the font-free estimate; nothing is drawn. */
    static final Painter ESTIMATE = new Painter() {
        @Override public void fillRect(Bounds b, int argb, double cornerRadius) { }
        @Override public void strokeRect(Bounds b, int argb, double width, double[] dash, double cornerRadius) { }
        @Override public void polyline(List<Point> points, int argb, double width, double[] dash) { }
        @Override public void fillPolygon(List<Point> points, int argb) { }
        @Override public void text(String text, double x, double y, TextStyle style) { }
        @Override public double textWidth(String text, TextStyle style) {
            return Geometry.estimateWidth(text, style.size());
        }
        @Override public void icon(String iconPath, Bounds box) { }
    };

    private static volatile DiagramPainter painter;

    private TitleBands() {
    }

    /** The title band of a container, or null for other nodes and containers too narrow for a title. */
    static Bounds of(Diagram diagram, Node node) {
        if (!NodeTypes.isContainer(node.type())) {
            return null;
        }
        DiagramPainter.Title t = painter().title(diagram, ESTIMATE, node, node.bounds(), 0);
        if (t == null) {
            return null;
        }
        Bounds box = t.box(ESTIMATE);
        if (t.iconBox() != null) {
            box = box.union(t.iconBox());
        }
        Bounds b = node.bounds();
        double x = Math.max(b.x(), box.x() - MARGIN);
        double maxX = Math.min(b.maxX(), box.maxX() + MARGIN);
        return new Bounds(x, box.y(), Math.max(0, maxX - x), box.h());
    }

    private static DiagramPainter painter() {
        DiagramPainter p = painter;
        if (p == null) {
            p = new DiagramPainter(Palette.bundled(), Theme.bundled());
            painter = p;
        }
        return p;
    }
}
