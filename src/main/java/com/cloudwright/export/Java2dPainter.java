package com.cloudwright.export;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Point;
import com.cloudwright.render.Painter;
import com.cloudwright.render.TextStyle;
import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.view.ViewBox;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Paints onto a Java2D surface whose transform maps canvas units to pixels: pictures for export
 * (icons painted from their SVG, exact at any size) and the editor's canvas (icons from cached
 * bitmaps, which is many times faster with thousands of them).
 */
final class Java2dPainter implements Painter {

    private final Graphics2D g;
    private final Icons icons;
    private final IconBitmaps bitmaps;

    Java2dPainter(Graphics2D g, Icons icons) {
        this(g, icons, null);
    }

    Java2dPainter(Graphics2D g, Icons icons, IconBitmaps bitmaps) {
        this.g = g;
        this.icons = icons;
        this.bitmaps = bitmaps;
        applyHints(g);
    }

    static void applyHints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_COLOR_RENDERING, RenderingHints.VALUE_COLOR_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
    }

    @Override
    public void fillRect(Bounds b, int argb, double r) {
        g.setColor(new Color(argb, true));
        g.fill(rect(b, r));
    }

    @Override
    public void strokeRect(Bounds b, int argb, double width, double[] dash, double r) {
        g.setColor(new Color(argb, true));
        g.setStroke(stroke(width, dash));
        g.draw(rect(b, r));
    }

    @Override
    public void polyline(List<Point> points, int argb, double width, double[] dash) {
        g.setColor(new Color(argb, true));
        g.setStroke(stroke(width, dash));
        g.draw(path(points, false));
    }

    @Override
    public void fillPolygon(List<Point> points, int argb) {
        g.setColor(new Color(argb, true));
        g.fill(path(points, true));
    }

    @Override
    public void text(String text, double x, double y, TextStyle style) {
        if (text.isEmpty()) {
            return;
        }
        g.setFont(Fonts.font(style, text));
        g.setColor(new Color(style.argb(), true));
        double left = switch (style.align()) {
            case LEFT -> x;
            case CENTER -> x - textWidth(text, style) / 2;
            case RIGHT -> x - textWidth(text, style);
        };
        g.drawString(text, (float) left, (float) (y + Fonts.ascent(style, text)));
    }

    @Override
    public double textWidth(String text, TextStyle style) {
        return Fonts.width(text, style);
    }

    @Override
    public void icon(String iconPath, Bounds box) {
        if (bitmaps != null) {
            double pixels = Math.max(box.w(), box.h()) * Math.abs(g.getTransform().getScaleX());
            BufferedImage bitmap = bitmaps.get(iconPath, pixels);
            if (bitmap != null) {
                AffineTransform place = AffineTransform.getTranslateInstance(box.x(), box.y());
                place.scale(box.w() / bitmap.getWidth(), box.h() / bitmap.getHeight());
                g.drawImage(bitmap, place, null);
            }
            return;
        }
        SVGDocument doc = icons.document(iconPath).orElse(null);
        if (doc == null) {
            return;
        }
        AffineTransform saved = g.getTransform();
        Shape savedClip = g.getClip();
        try {
            doc.render(null, g, new ViewBox((float) box.x(), (float) box.y(), (float) box.w(), (float) box.h()));
        } finally {
            g.setTransform(saved);
            g.setClip(savedClip);
        }
    }

    private static Shape rect(Bounds b, double r) {
        return r > 0
                ? new RoundRectangle2D.Double(b.x(), b.y(), b.w(), b.h(), 2 * r, 2 * r)
                : new Rectangle2D.Double(b.x(), b.y(), b.w(), b.h());
    }

    private static BasicStroke stroke(double width, double[] dash) {
        if (dash == null || dash.length == 0) {
            return new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER);
        }
        float[] d = new float[dash.length];
        for (int i = 0; i < d.length; i++) {
            d[i] = (float) dash[i];
        }
        return new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER, 10f, d, 0f);
    }

    private static Path2D path(List<Point> points, boolean close) {
        Path2D.Double p = new Path2D.Double();
        for (int i = 0; i < points.size(); i++) {
            Point pt = points.get(i);
            if (i == 0) {
                p.moveTo(pt.x(), pt.y());
            } else {
                p.lineTo(pt.x(), pt.y());
            }
        }
        if (close) {
            p.closePath();
        }
        return p;
    }
}
