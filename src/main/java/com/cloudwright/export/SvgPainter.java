package com.cloudwright.export;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Point;
import com.cloudwright.render.Painter;
import com.cloudwright.render.Rgba;
import com.cloudwright.render.TextStyle;
import com.cloudwright.render.Typeface;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Paints into SVG elements (canvas units; the document's viewBox maps them to the picture). Text
 * is measured with the same font metrics as the PNG, so wrapping and label boxes match; icons are
 * {@code <use>} references to symbols the exporter writes once per icon.
 */
final class SvgPainter implements Painter {

    private final StringBuilder out;
    private final Icons icons;
    private final Map<String, String> symbolIds = new LinkedHashMap<>();
    private final Set<String> takenIds = new HashSet<>();

    SvgPainter(StringBuilder out, Icons icons) {
        this.out = out;
        this.icons = icons;
    }

    /** Icon path → symbol id of every icon referenced so far, in first-use order. */
    Map<String, String> symbolIds() {
        return symbolIds;
    }

    @Override
    public void fillRect(Bounds b, int argb, double r) {
        out.append("<rect").append(rect(b, r)).append(paint("fill", argb)).append("/>\n");
    }

    @Override
    public void strokeRect(Bounds b, int argb, double width, double[] dash, double r) {
        out.append("<rect").append(rect(b, r)).append(" fill=\"none\"").append(stroke(argb, width, dash)).append("/>\n");
    }

    @Override
    public void polyline(List<Point> points, int argb, double width, double[] dash) {
        out.append("<polyline points=\"").append(points(points)).append("\" fill=\"none\"")
                .append(stroke(argb, width, dash)).append("/>\n");
    }

    @Override
    public void fillPolygon(List<Point> points, int argb) {
        out.append("<polygon points=\"").append(points(points)).append('"').append(paint("fill", argb)).append("/>\n");
    }

    @Override
    public void text(String text, double x, double y, TextStyle style) {
        if (text.isEmpty()) {
            return;
        }
        String anchor = switch (style.align()) {
            case LEFT -> "start";
            case CENTER -> "middle";
            case RIGHT -> "end";
        };
        out.append("<text x=\"").append(Xml.num(x)).append("\" y=\"").append(Xml.num(y + Fonts.ascent(style, text)))
                .append("\" font-size=\"").append(Xml.num(style.size())).append('"');
        if (style.bold()) {
            out.append(" font-weight=\"bold\"");
        }
        if (Typeface.forText(text) == Typeface.PRETENDARD) {
            // measured in Pretendard: a viewer that has it lays the label out exactly, others fall back to faces with Hangul
            out.append(" font-family=\"").append(Xml.escape(Fonts.KOREAN_CSS_FAMILY)).append('"');
        }
        if (!"start".equals(anchor)) {
            out.append(" text-anchor=\"").append(anchor).append('"');
        }
        out.append(paint("fill", style.argb())).append('>').append(Xml.escape(keepSpaces(text))).append("</text>\n");
    }

    @Override
    public double textWidth(String text, TextStyle style) {
        return Fonts.width(text, style);
    }

    @Override
    public void icon(String iconPath, Bounds box) {
        if (icons.source(iconPath).isEmpty()) {
            return;
        }
        String ref = "#" + symbolIds.computeIfAbsent(iconPath, this::uniqueId);
        out.append("<use href=\"").append(ref).append("\" xlink:href=\"").append(ref).append("\" x=\"").append(Xml.num(box.x()))
                .append("\" y=\"").append(Xml.num(box.y())).append("\" width=\"").append(Xml.num(box.w()))
                .append("\" height=\"").append(Xml.num(box.h())).append("\"/>\n");
    }

    /** Two icon files with the same name (in different folders) get different symbols. */
    private String uniqueId(String iconPath) {
        String base = SvgIcons.symbolId(iconPath);
        String id = base;
        for (int i = 2; !takenIds.add(id); i++) {
            id = base + "-" + i;
        }
        return id;
    }

    /** SVG collapses runs of spaces; no-break spaces keep the label as it is drawn on the canvas. */
    static String keepSpaces(String text) {
        StringBuilder b = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean collapsible = c == ' ' && (i == 0 || i == text.length() - 1 || text.charAt(i - 1) == ' ');
            b.append(collapsible ? '\u00A0' : c);
        }
        return b.toString();
    }

    private static String rect(Bounds b, double r) {
        StringBuilder s = new StringBuilder(" x=\"").append(Xml.num(b.x())).append("\" y=\"").append(Xml.num(b.y()))
                .append("\" width=\"").append(Xml.num(b.w())).append("\" height=\"").append(Xml.num(b.h())).append('"');
        if (r > 0) {
            s.append(" rx=\"").append(Xml.num(r)).append('"');
        }
        return s.toString();
    }

    private static String paint(String attribute, int argb) {
        String s = " " + attribute + "=\"" + Rgba.hex(argb) + "\"";
        int a = Rgba.alpha(argb);
        return a == 255 ? s : s + " " + attribute + "-opacity=\"" + Xml.num(Math.round(a / 255.0 * 1000) / 1000.0) + "\"";
    }

    private static String stroke(int argb, double width, double[] dash) {
        StringBuilder s = new StringBuilder(paint("stroke", argb)).append(" stroke-width=\"").append(Xml.num(width)).append('"');
        if (dash != null && dash.length > 0) {
            s.append(" stroke-dasharray=\"");
            for (int i = 0; i < dash.length; i++) {
                s.append(i == 0 ? "" : " ").append(Xml.num(dash[i]));
            }
            s.append('"');
        }
        return s.toString();
    }

    private static String points(List<Point> pts) {
        StringBuilder s = new StringBuilder();
        for (Point p : pts) {
            if (!s.isEmpty()) {
                s.append(' ');
            }
            s.append(Xml.num(p.x())).append(',').append(Xml.num(p.y()));
        }
        return s.toString();
    }
}
