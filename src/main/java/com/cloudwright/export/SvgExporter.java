package com.cloudwright.export;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;
import com.cloudwright.render.DiagramPainter;
import com.cloudwright.render.Theme;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;

/**
 * Exports a diagram as an SVG document drawn by the same {@link DiagramPainter} as the canvas and
 * the PNG: containers, groups and edges as shapes, labels as {@code <text>}, each AWS icon's
 * official paths once as a {@code <symbol>} that every use of it references. The document is
 * {@code scale} × the canvas size in pixels, with the same window (content or selection plus
 * padding) as the PNG; a white background is a rectangle, a transparent one is nothing.
 */
public final class SvgExporter {

    private SvgExporter() {
    }

    public static void export(Diagram diagram, Palette palette, ImageOptions options, Path target, ExportMonitor monitor)
            throws IOException {
        byte[] svg = toBytes(diagram, palette, options, monitor);
        OutputFile.write(target, out -> out.write(svg));
    }

    public static void export(Diagram diagram, Palette palette, ImageOptions options, OutputStream out, ExportMonitor monitor)
            throws IOException {
        out.write(toBytes(diagram, palette, options, monitor));
        out.flush();
    }

    public static String toString(Diagram diagram, Palette palette, ImageOptions options) {
        return render(diagram, palette, options, ExportMonitor.NONE);
    }

    private static byte[] toBytes(Diagram diagram, Palette palette, ImageOptions options, ExportMonitor monitor) {
        return render(diagram, palette, options, monitor).getBytes(StandardCharsets.UTF_8);
    }

    private static String render(Diagram diagram, Palette palette, ImageOptions options, ExportMonitor monitor) {
        Frame frame = Frame.of(diagram, options);
        Icons icons = Icons.bundled();
        StringBuilder body = new StringBuilder(4096 + diagram.nodeCount() * 300);
        SvgPainter painter = new SvgPainter(body, icons);
        new DiagramPainter(palette, Theme.bundled()).paint(diagram, painter, frame.window());
        if (monitor.isCancelled()) {
            throw new CancellationException("SVG export cancelled");
        }
        monitor.progress(0.9);
        // The viewBox spans exactly the pixel size / scale, like the PNG (whose size is rounded up).
        Bounds w = frame.window();
        double vw = frame.width() / frame.scale();
        double vh = frame.height() / frame.scale();
        StringBuilder doc = new StringBuilder(body.length() + 16_384);
        doc.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        doc.append("<svg xmlns=\"http://www.w3.org/2000/svg\" xmlns:xlink=\"http://www.w3.org/1999/xlink\" version=\"1.1\"")
                .append(" width=\"").append(frame.width()).append("\" height=\"").append(frame.height())
                .append("\" viewBox=\"").append(Xml.num(w.x())).append(' ').append(Xml.num(w.y())).append(' ')
                .append(Xml.num(vw)).append(' ').append(Xml.num(vh))
                .append("\" font-family=\"").append(Xml.escape(Fonts.CSS_FAMILY)).append("\">\n");
        if (diagram.name() != null && !diagram.name().isBlank()) {
            doc.append("<title>").append(Xml.escape(diagram.name())).append("</title>\n");
        }
        doc.append("<defs>\n");
        painter.symbolIds().forEach((iconPath, id) ->
                icons.source(iconPath).flatMap(bytes -> SvgIcons.symbol(id, bytes)).ifPresent(s -> doc.append(s).append('\n')));
        doc.append("</defs>\n");
        if (options.background() == ImageOptions.Background.WHITE) {
            doc.append("<rect x=\"").append(Xml.num(w.x())).append("\" y=\"").append(Xml.num(w.y())).append("\" width=\"")
                    .append(Xml.num(vw)).append("\" height=\"").append(Xml.num(vh)).append("\" fill=\"#ffffff\"/>\n");
        }
        doc.append(body);
        doc.append("</svg>\n");
        monitor.progress(1);
        return doc.toString();
    }
}
