package com.cloudwright.render;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.model.Point;
import com.cloudwright.palette.Palette;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Measures a drawing as a reader sees it, without a screen: icons on top of each other, icons
 * poking out of their container, edge segments running across a container's title (its icon and
 * text) or across an icon that is neither of their ends, and labels (an edge's or a service's)
 * lying on a title or an icon. Text widths are estimated without a font, as the router does.
 */
public final class LayoutChecker {

    /** How many of each fault a drawing has, with the first few described. */
    public record Report(int iconOverlaps, int outsideParent, int edgesAcrossTitles, int edgesAcrossIcons,
                         int labelsOnTitlesOrIcons, List<String> examples) {
        public int total() {
            return iconOverlaps + outsideParent + edgesAcrossTitles + edgesAcrossIcons + labelsOnTitlesOrIcons;
        }

        @Override
        public String toString() {
            return "overlapping icons " + iconOverlaps + ", outside parent " + outsideParent + ", edges across titles "
                    + edgesAcrossTitles + ", edges across icons " + edgesAcrossIcons + ", labels on titles/icons "
                    + labelsOnTitlesOrIcons;
        }
    }

    /** Text width by the font-free estimate: close to what the picture draws, enough to find overlaps. */
    private static final Painter MEASURE = new Painter() {
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

    private LayoutChecker() {
    }

    public static Report check(Diagram d, Palette palette) {
        DiagramPainter painter = new DiagramPainter(palette, Theme.bundled());
        List<Node> icons = new ArrayList<>();
        List<Bounds> titles = new ArrayList<>();
        List<String> examples = new ArrayList<>();
        for (Node n : d.nodes()) {
            if (!painter.isBox(n)) {
                icons.add(n);
            } else if (NodeTypes.isContainer(n.type())) {
                DiagramPainter.Title t = painter.title(d, MEASURE, n, n.bounds(), 0);
                if (t != null) {
                    titles.add(t.iconBox() == null ? t.box(MEASURE) : t.box(MEASURE).union(t.iconBox()));
                }
            }
        }
        int overlaps = 0;
        for (int i = 0; i < icons.size(); i++) {
            for (int j = i + 1; j < icons.size(); j++) {
                if (overlapArea(icons.get(i).bounds(), icons.get(j).bounds()) > 1) {
                    overlaps++;
                    note(examples, "icons overlap: " + icons.get(i).id() + ", " + icons.get(j).id());
                }
            }
        }
        int outside = 0;
        for (Node n : d.nodes()) {
            Node parent = n.parent() == null ? null : d.node(n.parent()).orElse(null);
            if (parent != null && !NodeTypes.isOverlayGroup(n.type()) && !inside(n, parent)) {
                outside++;
                note(examples, n.id() + " pokes out of " + parent.id());
            }
        }
        int acrossTitles = 0;
        int acrossIcons = 0;
        int labels = 0;
        EdgeLabelSpots spots = new EdgeLabelSpots(painter, d, MEASURE);
        for (Edge e : d.edges()) {
            List<Point> pts = EdgeRouter.route(d, e);
            Set<String> ends = ends(d, e);
            for (Bounds title : titles) {
                if (crosses(pts, title.inflate(-1))) {
                    acrossTitles++;
                    note(examples, "edge " + e.id() + " crosses a title at " + title);
                }
            }
            for (Node icon : icons) {
                if (!ends.contains(icon.id()) && crosses(pts, icon.bounds().inflate(-2))) {
                    acrossIcons++;
                    note(examples, "edge " + e.id() + " crosses icon " + icon.id());
                }
            }
            if (e.label() != null && !e.label().isBlank() && pts.size() >= 2) {
                TextStyle ts = painter.edgeLabelStyle();
                double w = MEASURE.textWidth(e.label(), ts) + 8;
                double h = ts.lineHeight() + 2;
                Point at = spots.place(e, pts, w, h);
                Bounds box = new Bounds(at.x() - w / 2, at.y() - h / 2, w, h);
                if (onAny(box, titles) || icons.stream().anyMatch(n -> overlapArea(box, n.bounds()) > 1)) {
                    labels++;
                    note(examples, "label of " + e.id() + " lies on a title or icon");
                }
            }
        }
        for (Node n : icons) {
            Bounds b = n.bounds();
            double lw = Math.min(Geometry.labelWidth(b),
                    MEASURE.textWidth(Labels.title(d, palette, n), new TextStyle(12, false, 0, TextStyle.Align.CENTER)));
            Bounds label = new Bounds(b.centerX() - lw / 2, b.maxY() + 3, lw, Geometry.labelDrop(n) - 3);
            boolean onIcon = icons.stream().anyMatch(o -> o != n && overlapArea(label, o.bounds()) > 1);
            if (onIcon || onAny(label, titles)) {
                labels++;
                note(examples, "label of " + n.id() + " lies on a title or icon");
            }
        }
        return new Report(overlaps, outside, acrossTitles, acrossIcons, labels, examples);
    }

    /**
     * Inside its parent; a gateway that attaches to the whole VPC, or a gateway endpoint, is drawn
     * on the VPC's border by convention, so its centre must be inside.
     */
    private static boolean inside(Node n, Node parent) {
        Bounds p = parent.bounds().inflate(0.5);
        boolean onBorder = NodeTypes.attachesToWholeVpc(n.type()) || "vpc-endpoint".equals(n.type());
        return onBorder ? p.contains(n.bounds().centerX(), n.bounds().centerY()) : p.contains(n.bounds());
    }

    /** An edge's ends, and for a group end its members (the edge reaches them through the outline). */
    private static Set<String> ends(Diagram d, Edge e) {
        Set<String> out = new HashSet<>(List.of(e.from(), e.to()));
        for (String end : List.of(e.from(), e.to())) {
            d.node(end).filter(n -> NodeTypes.isOverlayGroup(n.type()))
                    .ifPresent(g -> d.members(g).forEach(m -> out.add(m.id())));
        }
        return out;
    }

    private static void note(List<String> examples, String what) {
        if (examples.size() < 8) {
            examples.add(what);
        }
    }

    private static boolean onAny(Bounds box, List<Bounds> titles) {
        return titles.stream().anyMatch(t -> overlapArea(box, t) > 1);
    }

    private static double overlapArea(Bounds a, Bounds b) {
        double w = Math.min(a.maxX(), b.maxX()) - Math.max(a.x(), b.x());
        double h = Math.min(a.maxY(), b.maxY()) - Math.max(a.y(), b.y());
        return w > 0 && h > 0 ? w * h : 0;
    }

    /** Whether any segment of the polyline passes through the box (Liang–Barsky clipping). */
    static boolean crosses(List<Point> pts, Bounds box) {
        for (int i = 1; i < pts.size(); i++) {
            if (segmentHits(pts.get(i - 1), pts.get(i), box)) {
                return true;
            }
        }
        return false;
    }

    private static boolean segmentHits(Point a, Point b, Bounds r) {
        double t0 = 0;
        double t1 = 1;
        double dx = b.x() - a.x();
        double dy = b.y() - a.y();
        double[] p = {-dx, dx, -dy, dy};
        double[] q = {a.x() - r.x(), r.maxX() - a.x(), a.y() - r.y(), r.maxY() - a.y()};
        for (int k = 0; k < 4; k++) {
            if (p[k] == 0) {
                if (q[k] < 0) {
                    return false;
                }
            } else {
                double t = q[k] / p[k];
                if (p[k] < 0) {
                    t0 = Math.max(t0, t);
                } else {
                    t1 = Math.min(t1, t);
                }
                if (t0 > t1) {
                    return false;
                }
            }
        }
        return true;
    }
}
