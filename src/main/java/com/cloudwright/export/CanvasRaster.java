package com.cloudwright.export;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import com.cloudwright.model.Point;
import com.cloudwright.palette.Palette;
import com.cloudwright.render.DiagramPainter;
import com.cloudwright.render.PaintOptions;
import com.cloudwright.render.Theme;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.util.Objects;
import java.util.function.Predicate;

/**
 * Renders part of a diagram for the editor's canvas into a bitmap, on any thread (the canvas
 * renders on a worker so that a diagram of thousands of nodes never holds up a frame). The same
 * painter as the pictures, so the canvas shows what an export will look like.
 */
public final class CanvasRaster {

    private final DiagramPainter painter;
    private final IconBitmaps bitmaps = new IconBitmaps(Icons.bundled());

    public CanvasRaster(Palette palette) {
        this.painter = new DiagramPainter(Objects.requireNonNull(palette), Theme.bundled());
    }

    /**
     * What to render.
     *
     * @param diagram    a diagram no other thread changes while it renders (a snapshot)
     * @param origin     the canvas point at pixel (0, 0)
     * @param scale      pixels per canvas unit
     * @param width      bitmap width in pixels
     * @param height     bitmap height in pixels
     * @param detail     pixels per canvas unit for the level of detail (text, dashes)
     * @param background ARGB fill
     * @param grid       ARGB of the grid lines, or 0 for none
     * @param gridStep   canvas units between grid lines; lines closer than 8 pixels are left out
     */
    public record Request(Diagram diagram, Point origin, double scale, int width, int height,
                          double detail, Predicate<Node> nodes, Predicate<Edge> edges, int background, int grid,
                          double gridStep) {
        public Request {
            Objects.requireNonNull(diagram);
            if (width <= 0 || height <= 0 || !(scale > 0)) {
                throw new IllegalArgumentException("empty raster " + width + "x" + height + " at " + scale);
            }
        }

        /** The canvas rectangle the bitmap covers. */
        public Bounds world() {
            return new Bounds(origin.x(), origin.y(), width / scale, height / scale);
        }
    }

    /** A premultiplied ARGB bitmap of the request's size. */
    public BufferedImage render(Request r) {
        BufferedImage image = new BufferedImage(r.width(), r.height(), BufferedImage.TYPE_INT_ARGB_PRE);
        Graphics2D g = image.createGraphics();
        try {
            g.setComposite(AlphaComposite.Src);
            g.setColor(new Color(r.background(), true));
            g.fillRect(0, 0, r.width(), r.height());
            g.setComposite(AlphaComposite.SrcOver);
            if (r.grid() != 0) {
                paintGrid(g, r);
            }
            g.scale(r.scale(), r.scale());
            g.translate(-r.origin().x(), -r.origin().y());
            Java2dPainter java2d = new Java2dPainter(g, Icons.bundled(), bitmaps);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            painter.paint(r.diagram(), java2d, new PaintOptions(r.world(), r.nodes(), r.edges(), r.detail()));
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void paintGrid(Graphics2D g, Request r) {
        double step = r.gridStep() * r.scale();
        if (step < 8) {
            return;
        }
        g.setColor(new Color(r.grid(), true));
        g.setStroke(new BasicStroke(1f));
        double offsetX = -r.origin().x() * r.scale();
        double offsetY = -r.origin().y() * r.scale();
        double startX = ((offsetX % step) + step) % step;
        double startY = ((offsetY % step) + step) % step;
        Line2D.Double line = new Line2D.Double();
        for (double x = startX; x < r.width(); x += step) {
            double px = Math.floor(x) + 0.5;
            line.setLine(px, 0, px, r.height());
            g.draw(line);
        }
        for (double y = startY; y < r.height(); y += step) {
            double py = Math.floor(y) + 0.5;
            line.setLine(0, py, r.width(), py);
            g.draw(line);
        }
    }
}
