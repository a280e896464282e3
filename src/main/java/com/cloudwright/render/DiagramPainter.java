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
    static final double ARROW = 9;

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
        List<Title> titles = new ArrayList<>();
        List<Bounds> lines = new ArrayList<>();
        for (Node c : containers) {
            if (visible == null || visible.intersects(c.bounds())) {
                paintContainer(diagram, p, c, c.bounds(), titles, containers, options);
            }
        }
        int containerTitles = titles.size();
        for (Node g : groups) {
            Bounds shape = Geometry.shapeOf(diagram, g);
            if (visible == null || visible.intersects(shape)) {
                paintContainer(diagram, p, g, shape, titles, containers, options);
                outline(shape, lines);
            }
        }
        moveGroupTitlesOffContainerTitles(p, titles, containerTitles);
        List<Runnable> edgeLabels = new ArrayList<>();
        EdgeLabelSpots spots = new EdgeLabelSpots(this, diagram, p);
        for (Edge e : diagram.edges()) {
            if (options.edges().test(e)) {
                paintEdge(diagram, p, e, options, lines, edgeLabels, spots);
            }
        }
        for (Title t : titles) {
            t.paint(p, lines);
        }
        edgeLabels.forEach(Runnable::run);
        List<Bounds> crossing = new ArrayList<>(lines);
        for (Node c : containers) {
            if (visible == null || visible.intersects(c.bounds())) {
                outline(c.bounds(), crossing);
            }
        }
        for (Node s : services) {
            if (visible == null || visible.intersects(Geometry.withLabel(s))) {
                paintService(diagram, p, s, options, crossing, containers);
            }
        }
    }

    /**
     * A container's or group's title, drawn after the edges; where an edge or another group's
     * outline crosses it, it gets a backing in the colour behind it so it stays readable.
     */
    record Title(String text, double x, double y, TextStyle style, int backing, Bounds owner, String icon,
                         Bounds iconBox) {

        Title moveTo(double newY) {
            return new Title(text, x, newY, style, backing, owner, icon, iconBox == null ? null : iconBox.translate(0, newY - y));
        }

        Bounds box(Painter p) {
            double w = p.textWidth(text, style);
            double left = switch (style.align()) {
                case LEFT -> x;
                case CENTER -> x - w / 2;
                case RIGHT -> x - w;
            };
            return new Bounds(left - 2, y - 1, w + 4, style.lineHeight() + 1);
        }

        void paint(Painter p, List<Bounds> lines) {
            Bounds box = box(p);
            for (Bounds line : lines) {
                if (line.intersects(box) && !onOutline(line)) {
                    p.fillRect(box, backing, 2);
                    break;
                }
            }
            if (icon != null) {
                p.icon(icon, iconBox);
            }
            p.text(text, x, y, style);
        }

        /** The owner's own border never counts as crossing its title. */
        private boolean onOutline(Bounds line) {
            return owner.x() <= line.x() && line.maxX() <= owner.maxX() && (line.h() == 0
                    ? Math.abs(line.y() - owner.y()) < 0.01 || Math.abs(line.y() - owner.maxY()) < 0.01
                    : line.w() == 0 && (Math.abs(line.x() - owner.x()) < 0.01 || Math.abs(line.x() - owner.maxX()) < 0.01));
        }
    }

    /**
     * A group's outline hugs its members, so its title often lands on the title of the subnet its
     * first member sits in: such a title moves to the bottom edge of the group, inside.
     */
    private static void moveGroupTitlesOffContainerTitles(Painter p, List<Title> titles, int containerTitles) {
        for (int i = containerTitles; i < titles.size(); i++) {
            Title t = titles.get(i);
            Bounds box = t.box(p);
            for (int j = 0; j < containerTitles; j++) {
                if (titles.get(j).box(p).intersects(box)) {
                    titles.set(i, t.moveTo(t.owner().maxY() - Math.max(t.style().lineHeight(), ICON_HEADER) - 2));
                    break;
                }
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

    private static void outline(Bounds b, List<Bounds> lines) {
        lines.add(new Bounds(b.x(), b.y(), b.w(), 0));
        lines.add(new Bounds(b.x(), b.maxY(), b.w(), 0));
        lines.add(new Bounds(b.x(), b.y(), 0, b.h()));
        lines.add(new Bounds(b.maxX(), b.y(), 0, b.h()));
    }

    private void paintContainer(Diagram diagram, Painter p, Node node, Bounds b, List<Title> titles, List<Node> containers,
            PaintOptions options) {
        GroupStyle style = theme.styleOf(node);
        if (style.fill() != null) {
            p.fillRect(b, style.fill(), 0);
        }
        p.strokeRect(b, style.stroke(), 1.5, options.dash(style.dash()), 0);
        double textX = b.x() + 8;
        Bounds iconBox = null;
        if (style.icon() != null) {
            iconBox = new Bounds(b.x(), b.y(), ICON_HEADER, ICON_HEADER);
            textX = b.x() + ICON_HEADER + 6;
        }
        if (!options.legible(theme.groupLabelSize())) {
            if (iconBox != null) {
                p.icon(style.icon(), iconBox);
            }
            return;
        }
        Title title = title(diagram, p, node, b, backing(node, style, textX, b.y() + 5, containers));
        if (title != null) {
            titles.add(title);
        } else if (iconBox != null) {
            p.icon(style.icon(), iconBox);
        }
    }

    /** A container's or group's title where {@code b} is its box, or null when there is no room for one. */
    Title title(Diagram diagram, Painter p, Node node, Bounds b, int backing) {
        GroupStyle style = theme.styleOf(node);
        double textX = style.icon() != null ? b.x() + ICON_HEADER + 6 : b.x() + 8;
        Bounds iconBox = style.icon() != null ? new Bounds(b.x(), b.y(), ICON_HEADER, ICON_HEADER) : null;
        TextStyle ts = new TextStyle(theme.groupLabelSize(), false, style.text(),
                style.centeredLabel() ? TextStyle.Align.CENTER : TextStyle.Align.LEFT);
        String title = Labels.title(diagram, palette, node);
        double maxWidth = b.maxX() - textX - 6;
        if (style.centeredLabel()) {
            return new Title(TextLines.fit(p, title, ts, b.w() - 12), b.centerX(), b.y() + 5, ts, backing, b, style.icon(), iconBox);
        } else if (maxWidth > 20) {
            return new Title(TextLines.fit(p, title, ts, maxWidth), textX, b.y() + 5, ts, backing, b, style.icon(), iconBox);
        }
        return null;
    }

    /**
     * The colour behind a title: the node's own fill, else that of the innermost filled container
     * under the point (containers are sorted outermost first), else the page.
     */
    private int backing(Node node, GroupStyle style, double x, double y, List<Node> containers) {
        if (style.fill() != null) {
            return style.fill();
        }
        Integer fill = null;
        for (Node c : containers) {
            if (c != node && c.bounds().contains(x, y)) {
                Integer f = theme.styleOf(c).fill();
                if (f != null) {
                    fill = f;
                }
            }
        }
        return fill != null ? fill : theme.background();
    }

    private void paintService(Diagram diagram, Painter p, Node node, PaintOptions options, List<Bounds> crossing,
                              List<Node> containers) {
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
        for (String line : TextLines.wrap(p, Labels.title(diagram, palette, node), ts, Geometry.labelWidth(b))) {
            // A border or an edge through the text: a backing in the colour behind keeps it readable.
            double w = p.textWidth(line, ts);
            Bounds box = new Bounds(b.centerX() - w / 2 - 2, y - 1, w + 4, ts.lineHeight() + 1);
            for (Bounds l : crossing) {
                if (l.intersects(box)) {
                    p.fillRect(box, backing(node, theme.styleOf(node), box.centerX(), box.centerY(), containers), 2);
                    break;
                }
            }
            p.text(line, b.centerX(), y, ts);
            y += ts.lineHeight();
        }
    }

    private void paintEdge(Diagram diagram, Painter p, Edge e, PaintOptions options, List<Bounds> lines,
            List<Runnable> labels, EdgeLabelSpots spots) {
        Bounds visible = options.visible();
        List<Point> pts = options.draftRoutes() ? EdgeRouter.routeDraft(diagram, e) : EdgeRouter.route(diagram, e);
        if (pts.size() < 2) {
            return;
        }
        if (visible != null && !visible.intersects(extent(pts).inflate(ARROW))) {
            return;
        }
        for (int i = 1; i < pts.size(); i++) {
            lines.add(extent(List.of(pts.get(i - 1), pts.get(i))));
        }
        double[] dash = options.dash(e.props().bool("async", false) ? new double[] {6, 4} : null);
        Point tip = pts.get(pts.size() - 1);
        Point before = pts.get(pts.size() - 2);
        double len = Math.hypot(tip.x() - before.x(), tip.y() - before.y());
        List<Point> line = new ArrayList<>(pts);
        if (len > 0.5) {
            double ux = (tip.x() - before.x()) / len;
            double uy = (tip.y() - before.y()) / len;
            if (len > ARROW) {
                // Stop the line inside the arrowhead so its end does not poke through the tip.
                line.set(line.size() - 1, new Point(tip.x() - ux * ARROW * 0.8, tip.y() - uy * ARROW * 0.8));
            }
            p.polyline(line, theme.edgeStroke(), theme.edgeWidth(), dash);
            Point left = new Point(tip.x() - ux * ARROW - uy * ARROW * 0.5, tip.y() - uy * ARROW + ux * ARROW * 0.5);
            Point right = new Point(tip.x() - ux * ARROW + uy * ARROW * 0.5, tip.y() - uy * ARROW - ux * ARROW * 0.5);
            p.fillPolygon(List.of(tip, left, right), theme.edgeStroke());
        } else {
            p.polyline(line, theme.edgeStroke(), theme.edgeWidth(), dash);
        }
        if (e.label() != null && !e.label().isBlank() && options.legible(theme.labelSize() - 1)) {
            TextStyle ts = edgeLabelStyle();
            double w = p.textWidth(e.label(), ts) + 8;
            double h = ts.lineHeight() + 2;
            Point at = spots.place(e, pts, w, h);
            // Drawn after the container titles, which may cover the line but never the label.
            labels.add(() -> {
                p.fillRect(new Bounds(at.x() - w / 2, at.y() - h / 2, w, h), theme.edgeLabelBackground(), 3);
                p.text(e.label(), at.x(), at.y() - h / 2 + 1, ts);
            });
        }
    }

    TextStyle edgeLabelStyle() {
        return new TextStyle(theme.labelSize() - 1, false, theme.edgeLabel(), TextStyle.Align.CENTER);
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

    /** Whether the node draws as a box with contents (container or group) rather than an icon. */
    public boolean isBox(Node node) {
        return NodeTypes.isContainer(node.type()) || NodeTypes.isOverlayGroup(node.type())
                || palette.entry(node.type()).map(e -> e.kind() == EntryKind.CONTAINER || e.kind() == EntryKind.GROUP)
                .orElse(false);
    }
}
