package com.cloudwright.ui.canvas;

import com.cloudwright.ui.palette.IconCache;
import com.cloudwright.model.Bounds;
import com.cloudwright.model.Point;
import com.cloudwright.render.Painter;
import com.cloudwright.render.Rgba;
import com.cloudwright.render.TextStyle;
import com.cloudwright.render.Typeface;
import com.cloudwright.ui.common.UiFonts;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.paint.Color;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextAlignment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Paints onto a JavaFX canvas whose transform maps canvas units to pixels. */
final class FxPainter implements Painter {

    /** The typeface of the rendered layer and the pictures, so that what a gesture draws matches them. */

    private final IconCache icons;
    private final Map<String, Double> widths = new HashMap<>();
    private final Map<Integer, Color> colors = new HashMap<>();
    private final Text measure = new Text();
    private GraphicsContext gc;
    private double pixelsPerUnit = 1;

    FxPainter(IconCache icons) {
        this.icons = icons;
    }

    /** Points the painter at a context; {@code pixelsPerUnit} sizes the icon images. */
    void begin(GraphicsContext context, double pixelsPerUnit) {
        this.gc = context;
        this.pixelsPerUnit = pixelsPerUnit;
    }

    @Override
    public void fillRect(Bounds b, int argb, double r) {
        gc.setFill(color(argb));
        if (r > 0) {
            gc.fillRoundRect(b.x(), b.y(), b.w(), b.h(), 2 * r, 2 * r);
        } else {
            gc.fillRect(b.x(), b.y(), b.w(), b.h());
        }
    }

    @Override
    public void strokeRect(Bounds b, int argb, double width, double[] dash, double r) {
        gc.setStroke(color(argb));
        gc.setLineWidth(width);
        gc.setLineDashes(dash);
        if (r > 0) {
            gc.strokeRoundRect(b.x(), b.y(), b.w(), b.h(), 2 * r, 2 * r);
        } else {
            gc.strokeRect(b.x(), b.y(), b.w(), b.h());
        }
        gc.setLineDashes((double[]) null);
    }

    @Override
    public void polyline(List<Point> points, int argb, double width, double[] dash) {
        double[] xs = new double[points.size()];
        double[] ys = new double[points.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = points.get(i).x();
            ys[i] = points.get(i).y();
        }
        gc.setStroke(color(argb));
        gc.setLineWidth(width);
        gc.setLineDashes(dash);
        gc.strokePolyline(xs, ys, xs.length);
        gc.setLineDashes((double[]) null);
    }

    @Override
    public void fillPolygon(List<Point> points, int argb) {
        double[] xs = new double[points.size()];
        double[] ys = new double[points.size()];
        for (int i = 0; i < xs.length; i++) {
            xs[i] = points.get(i).x();
            ys[i] = points.get(i).y();
        }
        gc.setFill(color(argb));
        gc.fillPolygon(xs, ys, xs.length);
    }

    @Override
    public void text(String text, double x, double y, TextStyle style) {
        gc.setFont(font(style, text));
        gc.setFill(color(style.argb()));
        gc.setTextBaseline(VPos.TOP);
        gc.setTextAlign(switch (style.align()) {
            case LEFT -> TextAlignment.LEFT;
            case CENTER -> TextAlignment.CENTER;
            case RIGHT -> TextAlignment.RIGHT;
        });
        gc.fillText(text, x, y);
    }

    @Override
    public double textWidth(String text, TextStyle style) {
        String key = style.size() + (style.bold() ? "b" : "") + text;
        Double w = widths.get(key);
        if (w == null) {
            measure.setFont(font(style, text));
            measure.setText(text);
            w = measure.getLayoutBounds().getWidth();
            if (widths.size() > 20_000) {
                widths.clear();
            }
            widths.put(key, w);
        }
        return w;
    }

    @Override
    public void icon(String iconPath, Bounds box) {
        Image image = icons.get(iconPath, Math.max(box.w(), box.h()) * pixelsPerUnit);
        if (image != null) {
            gc.drawImage(image, box.x(), box.y(), box.w(), box.h());
        }
    }

    private static Font font(TextStyle style, String text) {
        UiFonts.load(); // the bundled faces, before the first text asks for them by name
        return Font.font(Typeface.forText(text).family(), style.bold() ? FontWeight.BOLD : FontWeight.NORMAL, style.size());
    }

    private Color color(int argb) {
        return colors.computeIfAbsent(argb, c -> Color.rgb(Rgba.red(c), Rgba.green(c), Rgba.blue(c), Rgba.alpha(c) / 255.0));
    }
}
