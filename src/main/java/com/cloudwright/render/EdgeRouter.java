package com.cloudwright.render;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Point;

import java.util.ArrayList;
import java.util.List;

/**
 * Orthogonal routes: leave the caller from the side facing the callee, turn at most twice, and
 * arrive square on the callee's facing side. User bends, when present, are kept as drawn.
 */
public final class EdgeRouter {

    private EdgeRouter() {
    }

    public static List<Point> route(Diagram diagram, Edge edge) {
        Bounds from = Geometry.shapeOf(diagram, diagram.requireNode(edge.from()));
        Bounds to = Geometry.shapeOf(diagram, diagram.requireNode(edge.to()));
        if (!edge.bends().isEmpty()) {
            return throughBends(from, to, edge.bends());
        }
        return route(from, to);
    }

    static List<Point> route(Bounds a, Bounds b) {
        List<Point> pts = new ArrayList<>(4);
        double gapX = Math.max(b.x() - a.maxX(), a.x() - b.maxX());
        double gapY = Math.max(b.y() - a.maxY(), a.y() - b.maxY());
        if (gapX <= 0 && gapY <= 0) {
            // Overlapping (a node and its container): a straight line between centres, clipped.
            pts.add(border(a, b.centerX(), b.centerY()));
            pts.add(border(b, a.centerX(), a.centerY()));
            return pts;
        }
        if (gapX >= gapY) {
            boolean right = b.centerX() > a.centerX();
            double sx = right ? a.maxX() : a.x();
            double ex = right ? b.x() : b.maxX();
            double overlapTop = Math.max(a.y(), b.y());
            double overlapBottom = Math.min(a.maxY(), b.maxY());
            if (overlapBottom - overlapTop > 8) {
                double y = (overlapTop + overlapBottom) / 2;
                pts.add(new Point(sx, y));
                pts.add(new Point(ex, y));
            } else {
                double mid = (sx + ex) / 2;
                pts.add(new Point(sx, a.centerY()));
                pts.add(new Point(mid, a.centerY()));
                pts.add(new Point(mid, b.centerY()));
                pts.add(new Point(ex, b.centerY()));
            }
        } else {
            boolean down = b.centerY() > a.centerY();
            double sy = down ? a.maxY() : a.y();
            double ey = down ? b.y() : b.maxY();
            double overlapLeft = Math.max(a.x(), b.x());
            double overlapRight = Math.min(a.maxX(), b.maxX());
            if (overlapRight - overlapLeft > 8) {
                double x = (overlapLeft + overlapRight) / 2;
                pts.add(new Point(x, sy));
                pts.add(new Point(x, ey));
            } else {
                double mid = (sy + ey) / 2;
                pts.add(new Point(a.centerX(), sy));
                pts.add(new Point(a.centerX(), mid));
                pts.add(new Point(b.centerX(), mid));
                pts.add(new Point(b.centerX(), ey));
            }
        }
        return pts;
    }

    private static List<Point> throughBends(Bounds a, Bounds b, List<Point> bends) {
        List<Point> pts = new ArrayList<>(bends.size() + 2);
        Point first = bends.get(0);
        Point last = bends.get(bends.size() - 1);
        pts.add(squareExit(a, first));
        pts.addAll(bends);
        pts.add(squareExit(b, last));
        return pts;
    }

    /** Where a line to the bend leaves the box square (horizontally or vertically) when it can. */
    static Point squareExit(Bounds box, Point bend) {
        if (bend.y() >= box.y() && bend.y() <= box.maxY() && (bend.x() < box.x() || bend.x() > box.maxX())) {
            return new Point(bend.x() > box.maxX() ? box.maxX() : box.x(), bend.y());
        }
        if (bend.x() >= box.x() && bend.x() <= box.maxX() && (bend.y() < box.y() || bend.y() > box.maxY())) {
            return new Point(bend.x(), bend.y() > box.maxY() ? box.maxY() : box.y());
        }
        return border(box, bend.x(), bend.y());
    }

    /** Where the line from the box's centre towards (tx, ty) leaves the box. */
    static Point border(Bounds box, double tx, double ty) {
        double cx = box.centerX();
        double cy = box.centerY();
        double dx = tx - cx;
        double dy = ty - cy;
        if (dx == 0 && dy == 0) {
            return new Point(cx, cy);
        }
        double sx = dx == 0 ? Double.POSITIVE_INFINITY : (box.w() / 2) / Math.abs(dx);
        double sy = dy == 0 ? Double.POSITIVE_INFINITY : (box.h() / 2) / Math.abs(dy);
        double s = Math.min(Math.min(sx, sy), 1);
        return new Point(cx + dx * s, cy + dy * s);
    }

    /** The middle of the longest segment: where a label sits. */
    public static Point labelAnchor(List<Point> pts) {
        double best = -1;
        Point anchor = pts.get(0);
        for (int i = 1; i < pts.size(); i++) {
            Point p = pts.get(i - 1);
            Point q = pts.get(i);
            double len = Math.abs(q.x() - p.x()) + Math.abs(q.y() - p.y());
            if (len > best) {
                best = len;
                anchor = new Point((p.x() + q.x()) / 2, (p.y() + q.y()) / 2);
            }
        }
        return anchor;
    }

    /** Distance from a point to the route, for hit testing. */
    public static double distance(List<Point> pts, double x, double y) {
        double best = Double.POSITIVE_INFINITY;
        for (int i = 1; i < pts.size(); i++) {
            best = Math.min(best, segmentDistance(pts.get(i - 1), pts.get(i), x, y));
        }
        return best;
    }

    private static double segmentDistance(Point p, Point q, double x, double y) {
        double dx = q.x() - p.x();
        double dy = q.y() - p.y();
        double len2 = dx * dx + dy * dy;
        double t = len2 == 0 ? 0 : Math.max(0, Math.min(1, ((x - p.x()) * dx + (y - p.y()) * dy) / len2));
        double px = p.x() + t * dx - x;
        double py = p.y() + t * dy - y;
        return Math.sqrt(px * px + py * py);
    }
}
