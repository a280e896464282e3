package com.cloudwright.render;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Point;

import java.util.List;

/**
 * A drawing surface in canvas (world) units. One {@link DiagramPainter} draws the diagram onto
 * any of them: the JavaFX canvas, a PNG (Java2D) or an SVG document, so the pictures match.
 * Colours are ARGB ints; {@code dash} may be null for a solid line.
 */
public interface Painter {

    void fillRect(Bounds b, int argb, double cornerRadius);

    void strokeRect(Bounds b, int argb, double width, double[] dash, double cornerRadius);

    void polyline(List<Point> points, int argb, double width, double[] dash);

    void fillPolygon(List<Point> points, int argb);

    /** Draws one line of text; {@code x} is the left edge, centre or right edge per the style, {@code y} the top. */
    void text(String text, double x, double y, TextStyle style);

    /** The width the text would take. */
    double textWidth(String text, TextStyle style);

    /** Draws a palette icon (path below {@code palettes/}) scaled into the box. */
    void icon(String iconPath, Bounds box);
}
