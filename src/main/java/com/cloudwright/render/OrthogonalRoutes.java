package com.cloudwright.render;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Point;

import java.util.ArrayList;
import java.util.List;

/**
 * The choice of one orthogonal route between two boxes. Each side of the caller is tried against
 * each side of the callee with at most two turns (straight, L, Z and U shapes); the route that
 * crosses the fewest obstacles (icons, labels, container titles) wins, then the one with fewer
 * turns, then the shorter. A route leaving a service downwards starts below its label, and one
 * arriving from below ends there.
 */
final class OrthogonalRoutes {

    /** How far a U-shaped route stands off the boxes it goes around. */
    static final double STANDOFF = EdgeRouter.STANDOFF;
    static final double CROSSING = 1000;
    static final double TURN = 40;
    /** Crossing another route costs as much as this many units of length (×4 in the score). */
    static final double EDGE_CROSSING = 25;

    private OrthogonalRoutes() {
    }

    private enum Side {
        LEFT(-1, 0), RIGHT(1, 0), TOP(0, -1), BOTTOM(0, 1);

        final int dx;
        final int dy;

        Side(int dx, int dy) {
            this.dx = dx;
            this.dy = dy;
        }

        boolean horizontal() {
            return dy == 0;
        }
    }

    /** Where a route meets a side: its middle, or {@code shift} of the side's length off it. */
    private static Point port(Bounds b, Side side, double drop, double shift) {
        return switch (side) {
            case LEFT -> new Point(b.x(), b.centerY() + shift * b.h());
            case RIGHT -> new Point(b.maxX(), b.centerY() + shift * b.h());
            case TOP -> new Point(b.centerX() + shift * b.w(), b.y());
            case BOTTOM -> new Point(b.centerX() + shift * b.w(), b.maxY() + drop);
        };
    }

    private static final double[] CENTRE = {0};
    private static final double[] SPREAD = {0, -0.25, 0.25};

    /** A side whose middle another route already uses also offers points a quarter off the middle. */
    private static double[] shifts(Bounds b, Side side, double drop, List<Bounds> taken) {
        Point mid = port(b, side, drop, 0);
        for (Bounds t : taken) {
            if (t.inflate(12).contains(mid.x(), mid.y())) {
                return SPREAD;
            }
        }
        return CENTRE;
    }

    /** A route and its cost; a cost of {@link #CROSSING} or more means it crosses an obstacle. */
    record Scored(List<Point> points, double score) {
        boolean crosses() {
            return score >= CROSSING;
        }

        /**
         * Crosses one or two obstacles, no more: a way round may be near. (A route through many,
         * such as one between far corners of a crowded drawing, rarely has one close by, and
         * looking for it in every such route made routing large drawings several times slower.)
         */
        boolean crossesAFew() {
            return crosses() && score < 3 * CROSSING;
        }
    }

    static Scored best(Bounds a, double dropA, Bounds b, double dropB, List<Bounds> obstacles, List<Bounds> taken) {
        List<Point> best = null;
        double bestScore = Double.POSITIVE_INFINITY;
        TakenSegments crowd = new TakenSegments(taken);
        for (Side sa : Side.values()) {
            for (Side sb : Side.values()) {
                for (double shiftA : shifts(a, sa, dropA, taken)) {
                    for (double shiftB : shifts(b, sb, dropB, taken)) {
                        double offCentre = (shiftA == 0 ? 0 : 15) + (shiftB == 0 ? 0 : 15);
                        for (List<Point> candidate : candidates(a, sa, dropA, shiftA, b, sb, dropB, shiftB)) {
                            double score = score(candidate, a, dropA, b, dropB, obstacles, crowd, offCentre,
                                    bestScore - 1e-9);
                            if (score < bestScore - 1e-9) {
                                bestScore = score;
                                best = candidate;
                            }
                        }
                    }
                }
            }
        }
        if (best == null) {
            return new Scored(List.of(EdgeRouter.border(a, b.centerX(), b.centerY()),
                    EdgeRouter.border(b, a.centerX(), a.centerY())), Double.POSITIVE_INFINITY);
        }
        return new Scored(best, bestScore);
    }

    /**
     * The better of a route that crosses something and a detour around the obstacles (more turns,
     * {@link DetourRoutes}), both scored the same way against a wider neighbourhood.
     */
    static List<Point> orDetour(Scored first, Bounds a, double dropA, Bounds b, double dropB, List<Bounds> obstacles,
                                List<Bounds> taken, Bounds area) {
        TakenSegments crowd = new TakenSegments(taken);
        double before = score(first.points(), a, dropA, b, dropB, obstacles, crowd, 0, Double.POSITIVE_INFINITY);
        List<Point> detour = DetourRoutes.find(a, dropA, b, dropB, obstacles, crowd, area, before);
        if (detour == null) {
            return first.points();
        }
        double after = score(detour, a, dropA, b, dropB, obstacles, crowd, 0, before);
        return after < before - 1e-9 ? detour : first.points();
    }

    /** Orthogonal paths from side {@code sa} of a to side {@code sb} of b with at most two turns. */
    private static List<List<Point>> candidates(Bounds a, Side sa, double dropA, double shiftA,
                                                Bounds b, Side sb, double dropB, double shiftB) {
        List<List<Point>> out = new ArrayList<>();
        Point p = port(a, sa, dropA, shiftA);
        Point q = port(b, sb, dropB, shiftB);
        boolean centred = shiftA == 0 && shiftB == 0;
        if (sa.horizontal() && sb.horizontal()) {
            if (sa.dx == -sb.dx) {
                // Facing sides: straight across where the boxes overlap vertically, else a Z.
                if ((q.x() - p.x()) * sa.dx > 0) {
                    double top = Math.max(a.y(), b.y());
                    double bottom = Math.min(a.maxY(), b.maxY());
                    if (centred && bottom - top > 8) {
                        double y = (top + bottom) / 2;
                        out.add(List.of(new Point(p.x(), y), new Point(q.x(), y)));
                    }
                    for (double t : new double[] {0.5, 0.25, 0.75, 0.1, 0.9}) {
                        double mx = p.x() + (q.x() - p.x()) * t;
                        out.add(path(p, new Point(mx, p.y()), new Point(mx, q.y()), q));
                    }
                }
            } else if (sa == sb) {
                // Same side: a U around both boxes.
                double x = sa.dx > 0 ? Math.max(a.maxX(), b.maxX()) + STANDOFF : Math.min(a.x(), b.x()) - STANDOFF;
                out.add(path(p, new Point(x, p.y()), new Point(x, q.y()), q));
            }
        } else if (!sa.horizontal() && !sb.horizontal()) {
            if (sa.dy == -sb.dy) {
                if ((q.y() - p.y()) * sa.dy > 0) {
                    double left = Math.max(a.x(), b.x());
                    double right = Math.min(a.maxX(), b.maxX());
                    if (centred && right - left > 8) {
                        double x = (left + right) / 2;
                        out.add(List.of(new Point(x, sa == Side.BOTTOM ? a.maxY() + dropA : a.y()),
                                new Point(x, sb == Side.BOTTOM ? b.maxY() + dropB : b.y())));
                    }
                    for (double t : new double[] {0.5, 0.25, 0.75, 0.1, 0.9}) {
                        double my = p.y() + (q.y() - p.y()) * t;
                        out.add(path(p, new Point(p.x(), my), new Point(q.x(), my), q));
                    }
                }
            } else if (sa == sb) {
                double y = sa.dy > 0 ? Math.max(a.maxY() + dropA, b.maxY() + dropB) + STANDOFF : Math.min(a.y(), b.y()) - STANDOFF;
                out.add(path(p, new Point(p.x(), y), new Point(q.x(), y), q));
            }
        } else {
            // An L: one turn where the exit line meets the entry line.
            Point corner = sa.horizontal() ? new Point(q.x(), p.y()) : new Point(p.x(), q.y());
            out.add(path(p, corner, q));
        }
        out.removeIf(route -> !leavesAndArrives(route, sa, sb));
        return out;
    }

    private static List<Point> path(Point... pts) {
        List<Point> out = new ArrayList<>(pts.length);
        for (Point pt : pts) {
            Point last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && Math.abs(last.x() - pt.x()) < 1e-9 && Math.abs(last.y() - pt.y()) < 1e-9) {
                continue;
            }
            out.add(pt);
        }
        return out;
    }

    /** The first segment leaves outwards from the caller's side; the last enters the callee's side. */
    private static boolean leavesAndArrives(List<Point> route, Side sa, Side sb) {
        if (route.size() < 2) {
            return false;
        }
        Point p0 = route.get(0);
        Point p1 = route.get(1);
        Point qn = route.get(route.size() - 1);
        Point qm = route.get(route.size() - 2);
        double outX = p1.x() - p0.x();
        double outY = p1.y() - p0.y();
        double inX = qn.x() - qm.x();
        double inY = qn.y() - qm.y();
        boolean leaves = sa.horizontal() ? outX * sa.dx > 1 && Math.abs(outY) < 1e-9 : outY * sa.dy > 1 && Math.abs(outX) < 1e-9;
        boolean arrives = sb.horizontal() ? -inX * sb.dx > 1 && Math.abs(inY) < 1e-9 : -inY * sb.dy > 1 && Math.abs(inX) < 1e-9;
        return leaves && arrives;
    }

    /**
     * The route's cost: length, turns, short segments, icons crossed, stretches shared with routes
     * already taken. Every term is positive, so scoring stops as soon as it reaches {@code limit}
     * (the best so far) and returns what it has: such a route cannot win. That leaves the choice
     * exactly as a full score would and skips most of the work for most candidates.
     */
    static double score(List<Point> route, Bounds a, double dropA, Bounds b, double dropB, List<Bounds> obstacles,
                                TakenSegments taken, double base, double limit) {
        double score = base + (route.size() - 2) * TURN;
        for (int i = 1; i < route.size(); i++) {
            Point p = route.get(i - 1);
            Point q = route.get(i);
            double len = Math.abs(q.x() - p.x()) + Math.abs(q.y() - p.y());
            score += len;
            // The last segment carries the arrowhead: it needs room to be seen.
            if (len < (i == route.size() - 1 ? 24 : 12)) {
                score += TURN;
            }
        }
        if (score >= limit) {
            return score;
        }
        Bounds ownA = new Bounds(a.x() + 1, a.y() + 1, Math.max(0, a.w() - 2), Math.max(0, a.h() + dropA - 2));
        Bounds ownB = new Bounds(b.x() + 1, b.y() + 1, Math.max(0, b.w() - 2), Math.max(0, b.h() + dropB - 2));
        for (int i = 1; i < route.size(); i++) {
            Point p = route.get(i - 1);
            Point q = route.get(i);
            // Running back through either end's own box is as bad as crossing another icon.
            if (i > 1 && segmentHits(p, q, ownA)) {
                score += CROSSING;
            }
            if (i < route.size() - 1 && segmentHits(p, q, ownB)) {
                score += CROSSING;
            }
            for (Bounds o : obstacles) {
                if (segmentHits(p, q, o)) {
                    score += CROSSING;
                }
            }
            if (score >= limit) {
                return score;
            }
        }
        for (int i = 1; i < route.size(); i++) {
            score += taken.shared(route.get(i - 1), route.get(i), EDGE_CROSSING) * 4;
            if (score >= limit) {
                return score;
            }
        }
        return score;
    }

    static boolean segmentHits(Point p, Point q, Bounds o) {
        if (o.w() <= 0 || o.h() <= 0) {
            return false;
        }
        double minX = Math.min(p.x(), q.x());
        double maxX = Math.max(p.x(), q.x());
        double minY = Math.min(p.y(), q.y());
        double maxY = Math.max(p.y(), q.y());
        return maxX > o.x() && minX < o.maxX() && maxY > o.y() && minY < o.maxY();
    }
}
