package com.cloudwright.export;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;
import com.cloudwright.render.DiagramPainter;
import com.cloudwright.render.Theme;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;

/**
 * Exports a diagram as a PNG picture, drawn by the same {@link DiagramPainter} as the canvas.
 * Large pictures are drawn in horizontal bands of about {@value #BAND_PIXELS} pixels, each
 * encoded as soon as it is drawn, so memory stays flat whatever the picture's size
 * (16,000 × 10,000 px in well under 200 MB of heap). Headless: Java2D only, no JavaFX.
 */
public final class PngExporter {

    /** Pixels per band: 4 M (16 MB of ARGB ints). */
    static final int BAND_PIXELS = 4 << 20;
    /** Canvas units drawn beyond a band's edges so text and strokes crossing the edge are complete. */
    private static final double BAND_OVERDRAW = 80;
    private static final double PIXELS_PER_METRE_AT_1X = 96 / 0.0254;

    private PngExporter() {
    }

    /** The picture's size in pixels for these options. */
    public static Dimension size(Diagram diagram, ImageOptions options) {
        Frame f = Frame.of(diagram, options);
        return new Dimension(f.width(), f.height());
    }

    public static void export(Diagram diagram, Palette palette, ImageOptions options, Path target, ExportMonitor monitor)
            throws IOException {
        Frame frame = Frame.of(diagram, options);
        OutputFile.write(target, out -> write(diagram, palette, options, frame, out, monitor, bandRows(frame.width())));
    }

    public static void export(Diagram diagram, Palette palette, ImageOptions options, OutputStream out, ExportMonitor monitor)
            throws IOException {
        Frame frame = Frame.of(diagram, options);
        write(diagram, palette, options, frame, out, monitor, bandRows(frame.width()));
    }

    /** The whole picture as one image (for the clipboard or a preview; mind the size). */
    public static BufferedImage render(Diagram diagram, Palette palette, ImageOptions options) {
        Frame frame = Frame.of(diagram, options);
        BufferedImage image = new BufferedImage(frame.width(), frame.height(), BufferedImage.TYPE_INT_ARGB);
        draw(diagram, palette, options, frame, image, 0, 0);
        return image;
    }

    static int bandRows(int width) {
        return Math.max(1, BAND_PIXELS / width);
    }

    static void write(Diagram diagram, Palette palette, ImageOptions options, Frame frame, OutputStream sink,
                      ExportMonitor monitor, int bandRows) throws IOException {
        boolean alpha = options.background() == ImageOptions.Background.TRANSPARENT;
        OutputStream out = new BufferedOutputStream(sink, 1 << 16);
        int rows = Math.min(bandRows, frame.height());
        BufferedImage band = new BufferedImage(frame.width(), rows, BufferedImage.TYPE_INT_ARGB);
        int[] pixels = ((DataBufferInt) band.getRaster().getDataBuffer()).getData();
        try (PngStreamWriter png = new PngStreamWriter(out, frame.width(), frame.height(), alpha,
                PIXELS_PER_METRE_AT_1X * options.scale())) {
            for (int top = 0; top < frame.height(); top += rows) {
                if (monitor.isCancelled()) {
                    throw new CancellationException("PNG export cancelled");
                }
                int n = Math.min(rows, frame.height() - top);
                draw(diagram, palette, options, frame, band, 0, top);
                png.writeRows(pixels, 0, frame.width(), n);
                monitor.progress((double) (top + n) / frame.height());
            }
        }
        out.flush();
    }

    /** Draws the part of the picture whose top-left pixel is ({@code left}, {@code top}) into the image (cleared first). */
    static void draw(Diagram diagram, Palette palette, ImageOptions options, Frame frame, BufferedImage image,
                     int left, int top) {
        Graphics2D g = image.createGraphics();
        try {
            g.setComposite(AlphaComposite.Src);
            g.setColor(options.background() == ImageOptions.Background.WHITE ? Color.WHITE : new Color(0, 0, 0, 0));
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setComposite(AlphaComposite.SrcOver);
            g.translate(-left, -top);
            g.scale(frame.scale(), frame.scale());
            g.translate(-frame.window().x(), -frame.window().y());
            Bounds visible = frame.pixels(left, top, image.getWidth(), image.getHeight()).inflate(BAND_OVERDRAW);
            new DiagramPainter(palette, Theme.bundled()).paint(diagram, new Java2dPainter(g, Icons.bundled()), visible);
        } finally {
            g.dispose();
        }
    }

    /** A picture's size in pixels. */
    public record Dimension(int width, int height) {
    }
}
