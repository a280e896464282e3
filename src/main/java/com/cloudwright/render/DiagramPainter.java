package com.cloudwright.render;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.model.Point;
import com.cloudwright.palette.EntryKind;
import com.cloudwright.palette.Palette;
import com.cloudwright.palette.PaletteEntry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Draws a diagram as an AWS architecture picture: containers in AWS's group styles (deepest
 * last), overlay groups around their members, orthogonal edges with arrowheads and labels,
 * service icons with their labels underneath. Shared by the canvas and the exporters.
 */
public final class DiagramPainter {

    private static final double ICON_HEADER = 24;
    private static final double ARROW = 9;

    private final Palette palette;
    private final Theme theme;

    public DiagramPainter(Palette palette, Theme theme) {
        this.palette = palette;
        this.theme = theme;
    }

    public Theme theme() {
        return theme;
    }

    /** @param visible the part of the canvas to draw, or null for everything */
    public void paint(Diagram diagram, Painter p, Bounds visible) {
        PaintOptions all = PaintOptions.everything();
        paint(diagram, p, new PaintOptions(visible, all.nodes(), all.edges(), all.pixelsPerUnit()));
    }

    public void paint(Diagram diagram, Painter p, PaintOptions options) {
        Bounds visible = options.visible();
        List<Node> containers = new ArrayList<>();
        List<Node> groups = new ArrayList<>();
        List<Node> services = new ArrayList<>();
        for (Node n : diagram.nodes()) {
            if (!options.nodes().test(n)) {
                continue;
            }
            EntryKind kind = palette.entry(n.type()).map(PaletteEntry::kind).orElse(EntryKind.SERVICE);
            switch (kind) {
                case CONTAINER -> containers.add(n);
                case GROUP -> groups.add(n);
                default -> services.add(n);
            }
        }
        sortByDepth(diagram, containers);
        for (Node c : containers) {
            if (visible == null || visible.intersects(c.bounds())) {
                paintContainer(diagram, p, c, c.bounds(), options);
            }
        }
        for (Node g : groups) {
            Bounds shape = Geometry.shapeOf(diagram, g);
            if (visible == null || visible.intersects(shape)) {
                paintContainer(diagram, p, g, shape, options);
            }
        }
        for (Edge e : diagram.edges()) {
            if (options.edges().test(e)) {
                paintEdge(diagram, p, e, options);
            }
        }
        for (Node s : services) {
            if (visible == null || visible.intersects(Geometry.withLabel(s))) {
                paintService(diagram, p, s, options);
            }
        }
    }

    /** Parents before children; depth computed once per node, not per comparison. */
    private static void sortByDepth(Diagram diagram, List<Node> containers) {
        java.util.Map<String, Integer> depth = new java.util.HashMap<>();
        for (Node c : containers) {
            depth.put(c.id(), diagram.ancestors(c).size());
        }
        containers.sort(Comparator.comparingInt(n -> depth.get(n.id())));
    }

    private void paintContainer(Diagram diagram, Painter p, Node node, Bounds b, PaintOptions options) {
        GroupStyle style = theme.styleOf(node);
        if (style.fill() != null) {
            p.fillRect(b, style.fill(), 0);
        }
        p.strokeRect(b, style.stroke(), 1.5, options.dash(style.dash()), 0);
        double textX = b.x() + 8;
        if (style.icon() != null) {
            p.icon(style.icon(), new Bounds(b.x(), b.y(), ICON_HEADER, ICON_HEADER));
            textX = b.x() + ICON_HEADER + 6;
        }
        TextStyle ts = new TextStyle(theme.groupLabelSize(), false, style.text(),
                style.centeredLabel() ? TextStyle.Align.CENTER : TextStyle.Align.LEFT);
        if (!options.legible(ts.size())) {
            return;
        }
        String title = Labels.title(diagram, palette, node);
        double maxWidth = b.maxX() - textX - 6;
        if (style.centeredLabel()) {
            p.text(fit(p, title, ts, b.w() - 12), b.centerX(), b.y() + 5, ts);
        } else if (maxWidth > 20) {
            p.text(fit(p, title, ts, maxWidth), textX, b.y() + 5, ts);
        }
    }

    private void paintService(Diagram diagram, Painter p, Node node, PaintOptions options) {
        Bounds b = node.bounds();
        PaletteEntry entry = palette.entry(node.type()).orElse(null);
        if (entry != null && entry.icon() != null) {
            p.icon(entry.icon(), b);
        } else {
            p.strokeRect(b, theme.edgeStroke(), 1, null, 4);
        }
        TextStyle ts = new TextStyle(theme.labelSize(), false, theme.labelColor(), TextStyle.Align.CENTER);
        if (!options.legible(ts.size())) {
            return;
        }
        double y = b.maxY() + 3;
        for (String line : wrap(p, Labels.title(diagram, palette, node), ts, Geometry.labelWidth(b))) {
            p.text(line, b.centerX(), y, ts);
            y += ts.lineHeight();
        }
    }

    private void paintEdge(Diagram diagram, Painter p, Edge e, PaintOptions options) {
        Bounds visible = options.visible();
        List<Point> pts = EdgeRouter.route(diagram, e);
        if (pts.size() < 2) {
            return;
        }
        if (visible != null && !visible.intersects(extent(pts).inflate(ARROW))) {
            return;
        }
        double[] dash = options.dash(e.props().bool("async", false) ? new double[] {6, 4} : null);
        Point tip = pts.get(pts.size() - 1);
        Point before = pts.get(pts.size() - 2);
        double len = Math.hypot(tip.x() - before.x(), tip.y() - before.y());
        List<Point> line = new ArrayList<>(pts);
        if (len > ARROW) {
            double ux = (tip.x() - before.x()) / len;
            double uy = (tip.y() - before.y()) / len;
            line.set(line.size() - 1, new Point(tip.x() - ux * ARROW * 0.8, tip.y() - uy * ARROW * 0.8));
            p.polyline(line, theme.edgeStroke(), theme.edgeWidth(), dash);
            Point left = new Point(tip.x() - ux * ARROW - uy * ARROW * 0.5, tip.y() - uy * ARROW + ux * ARROW * 0.5);
            Point right = new Point(tip.x() - ux * ARROW + uy * ARROW * 0.5, tip.y() - uy * ARROW - ux * ARROW * 0.5);
            p.fillPolygon(List.of(tip, left, right), theme.edgeStroke());
        } else {
            p.polyline(line, theme.edgeStroke(), theme.edgeWidth(), dash);
        }
        if (e.label() != null && !e.label().isBlank() && options.legible(theme.labelSize() - 1)) {
            Point at = EdgeRouter.labelAnchor(pts);
            TextStyle ts = new TextStyle(theme.labelSize() - 1, false, theme.edgeLabel(), TextStyle.Align.CENTER);
            double w = p.textWidth(e.label(), ts) + 8;
            double h = ts.lineHeight() + 2;
            p.fillRect(new Bounds(at.x() - w / 2, at.y() - h / 2, w, h), theme.edgeLabelBackground(), 3);
            p.text(e.label(), at.x(), at.y() - h / 2 + 1, ts);
        }
    }

    private static Bounds extent(List<Point> pts) {
        double minX = Double.POSITIVE_INFINITY;
        double minY = Double.POSITIVE_INFINITY;
        double maxX = Double.NEGATIVE_INFINITY;
        double maxY = Double.NEGATIVE_INFINITY;
        for (Point pt : pts) {
            minX = Math.min(minX, pt.x());
            minY = Math.min(minY, pt.y());
            maxX = Math.max(maxX, pt.x());
            maxY = Math.max(maxY, pt.y());
        }
        return new Bounds(minX, minY, maxX - minX, maxY - minY);
    }

    /** Shortens text with an ellipsis to fit the width. */
    static String fit(Painter p, String text, TextStyle ts, double maxWidth) {
        if (p.textWidth(text, ts) <= maxWidth) {
            return text;
        }
        String t = text;
        while (t.length() > 1 && p.textWidth(t + "…", ts) > maxWidth) {
            t = t.substring(0, t.length() - 1);
        }
        return t.strip() + "…";
    }

    /** Up to two lines, broken between words, the second shortened if needed. */
    static List<String> wrap(Painter p, String text, TextStyle ts, double maxWidth) {
        if (p.textWidth(text, ts) <= maxWidth) {
            return List.of(text);
        }
        String[] words = text.split(" ");
        StringBuilder first = new StringBuilder();
        int i = 0;
        while (i < words.length) {
            String candidate = first.isEmpty() ? words[i] : first + " " + words[i];
            if (!first.isEmpty() && p.textWidth(candidate, ts) > maxWidth) {
                break;
            }
            first.setLength(0);
            first.append(candidate);
            i++;
        }
        if (i >= words.length) {
            return List.of(fit(p, first.toString(), ts, maxWidth));
        }
        String rest = String.join(" ", java.util.Arrays.copyOfRange(words, i, words.length));
        return List.of(fit(p, first.toString(), ts, maxWidth), fit(p, rest, ts, maxWidth));
    }

    /** Whether the node draws as a box with contents (container or group) rather than an icon. */
    public boolean isBox(Node node) {
        return NodeTypes.isContainer(node.type()) || NodeTypes.isOverlayGroup(node.type())
                || palette.entry(node.type()).map(e -> e.kind() == EntryKind.CONTAINER || e.kind() == EntryKind.GROUP)
                .orElse(false);
    }
}
