package com.cloudwright.render;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.model.Point;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;

/**
 * Orthogonal routes. Each side of the caller is tried against each side of the callee with at most
 * two turns (straight, L, Z and U shapes); the route that crosses the fewest other icons and
 * labels wins, then the one with fewer turns, then the shorter. A route leaving a service
 * downwards starts below its label, and one arriving from below ends there. User bends, when
 * present, are kept as drawn. Routes are cached per diagram revision.
 *
 * <p>Routing thousands of edges takes a good part of a second, too long for every step of a drag.
 * So in a large diagram a revision's routes are carried over from the last one: only the edges
 * near what changed are routed again (seeing all the others), the rest keep their routes. That is
 * a little different from routing from scratch, which is what a picture export does; the canvas
 * routes from scratch on a worker once editing pauses ({@link #routeFromScratch}).
 */
public final class EdgeRouter {

    /** How far a U-shaped route stands off the boxes it goes around. */
    private static final double STANDOFF = 24;
    private static final double CROSSING = 1000;
    private static final double TURN = 40;
    /** Crossing another route costs as much as this many units of length (×4 in the score). */
    private static final double EDGE_CROSSING = 25;

    private static final Map<Diagram, Routes> CACHE = Collections.synchronizedMap(new WeakHashMap<>());
    /** Diagrams with fewer edges are routed from scratch at every revision: it is quick. */
    static final int CARRY_OVER_FROM_EDGES = 150;

    private EdgeRouter() {
    }

    public static List<Point> route(Diagram diagram, Edge edge) {
        Routes routes = CACHE.get(diagram);
        if (routes == null || routes.revision != diagram.revision()) {
            routes = new Routes(diagram, carriesOver(diagram) ? routes : null);
            CACHE.put(diagram, routes);
        }
        List<Point> pts = routes.byEdge.get(edge.id());
        if (pts == null || !edge.equals(routes.edges.get(edge.id()))) {
            // An edge not (or no longer) in the diagram as routed: route it alone.
            pts = List.copyOf(compute(diagram, edge, routes.obstacles, Segments.NONE));
        }
        return pts;
    }

    /**
     * A quick route for a gesture's live preview, redrawn every frame: the edge alone among the
     * icons (as last routed), not minding other edges. The real route follows when the gesture ends.
     */
    public static List<Point> routeDraft(Diagram diagram, Edge edge) {
        Routes routes = CACHE.get(diagram);
        if (routes == null || !carriesOver(diagram)) {
            return route(diagram, edge);
        }
        if (routes.revision == diagram.revision() && edge.equals(routes.edges.get(edge.id()))) {
            return routes.byEdge.get(edge.id());
        }
        if (diagram.node(edge.from()).isEmpty() || diagram.node(edge.to()).isEmpty()) {
            return List.of();
        }
        return List.copyOf(compute(diagram, edge, routes.obstacles, Segments.NONE));
    }

    /**
     * Routes {@code diagram}, a later state of {@code earlier} (both copies no one edits, such as
     * a renderer's snapshots), carrying the earlier one's routes over, unless it is routed already
     * or the earlier one is not.
     */
    public static void routeFrom(Diagram earlier, Diagram diagram) {
        Routes before = CACHE.get(earlier);
        Routes now = CACHE.get(diagram);
        if (before == null || before.revision != earlier.revision() || (now != null && now.revision == diagram.revision())) {
            return;
        }
        CACHE.put(diagram, new Routes(diagram, carriesOver(diagram) ? before : null));
    }

    /** Whether the diagram is large enough for routes to be carried over from revision to revision. */
    public static boolean carriesOver(Diagram diagram) {
        return diagram.edgeCount() >= CARRY_OVER_FROM_EDGES;
    }

    /** Whether the diagram is routed at its current revision, and from scratch rather than carried over. */
    public static boolean routedFromScratch(Diagram diagram) {
        Routes routes = CACHE.get(diagram);
        return routes != null && routes.revision == diagram.revision() && routes.fromScratch;
    }

    /** Routes every edge of the diagram from scratch now (long for thousands of edges: call it on a worker). */
    public static void routeFromScratch(Diagram diagram) {
        CACHE.put(diagram, new Routes(diagram, null));
    }

    /**
     * Gives {@code copy}, which has the same nodes and edges as {@code original} has now, the
     * original's routes for its current revision, unless the copy has current routes of its own
     * and {@code replaceOwn} is false; returns whether it did.
     */
    public static boolean shareRoutes(Diagram original, Diagram copy, boolean replaceOwn) {
        Routes routes = CACHE.get(original);
        if (routes == null || routes.revision != original.revision()) {
            return false;
        }
        Routes own = CACHE.get(copy);
        if (!replaceOwn && own != null && own.revision == copy.revision()) {
            return false;
        }
        CACHE.put(copy, routes.at(copy.revision()));
        return true;
    }

    private static List<Point> compute(Diagram diagram, Edge edge, Obstacles obstacles, Segments taken) {
        Node fromNode = diagram.requireNode(edge.from());
        Node toNode = diagram.requireNode(edge.to());
        Bounds from = Geometry.shapeOf(diagram, fromNode);
        Bounds to = Geometry.shapeOf(diagram, toNode);
        if (!edge.bends().isEmpty()) {
            return throughBends(from, to, edge.bends());
        }
        double dropA = Geometry.labelDrop(fromNode);
        double dropB = Geometry.labelDrop(toNode);
        Bounds overlap = intersection(from, to);
        if (overlap != null && overlap.w() > 0 && overlap.h() > 0) {
            // A node and its container, or overlapping nodes: a straight line between centres, clipped.
            return List.of(border(from, to.centerX(), to.centerY()), border(to, from.centerX(), from.centerY()));
        }
        Bounds area = from.union(to).inflate(STANDOFF * 3);
        List<Bounds> near = obstacles.near(area, fromNode, toNode, diagram);
        return best(from, dropA, to, dropB, near, taken.near(area));
    }

    static List<Point> route(Bounds a, Bounds b) {
        return best(a, 0, b, 0, List.of(), List.of());
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

    private static List<Point> best(Bounds a, double dropA, Bounds b, double dropB, List<Bounds> obstacles,
                                    List<Bounds> taken) {
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
            return List.of(border(a, b.centerX(), b.centerY()), border(b, a.centerX(), a.centerY()));
        }
        return best;
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
    private static double score(List<Point> route, Bounds a, double dropA, Bounds b, double dropB, List<Bounds> obstacles,
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

    private static boolean segmentHits(Point p, Point q, Bounds o) {
        if (o.w() <= 0 || o.h() <= 0) {
            return false;
        }
        double minX = Math.min(p.x(), q.x());
        double maxX = Math.max(p.x(), q.x());
        double minY = Math.min(p.y(), q.y());
        double maxY = Math.max(p.y(), q.y());
        return maxX > o.x() && minX < o.maxX() && maxY > o.y() && minY < o.maxY();
    }

    private static Bounds intersection(Bounds a, Bounds b) {
        double x = Math.max(a.x(), b.x());
        double y = Math.max(a.y(), b.y());
        double mx = Math.min(a.maxX(), b.maxX());
        double my = Math.min(a.maxY(), b.maxY());
        return mx >= x && my >= y ? new Bounds(x, y, mx - x, my - y) : null;
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

    /**
     * The routes of one revision of a diagram. Each edge is routed knowing the others: a first
     * pass in edge order, then a second in which every edge sees all the rest. Carried over from
     * an earlier revision, only the edges near what changed are routed (in the same two passes).
     */
    private static final class Routes {
        final long revision;
        final Obstacles obstacles;
        final Map<String, List<Point>> byEdge;
        final Map<String, Edge> edges;
        /** The nodes as routed, to tell what a later revision changed. */
        final Map<String, Node> nodes;
        final boolean fromScratch;
        /**
         * The routed segments, handed on to (and changed by) the next revision's routes; null once
         * handed on, and in routes shared with a copy of the diagram, so no two ever change one.
         */
        private Segments segments;

        private Routes(long revision, Obstacles obstacles, Map<String, List<Point>> byEdge, Map<String, Edge> edges,
                       Map<String, Node> nodes, boolean fromScratch) {
            this.revision = revision;
            this.obstacles = obstacles;
            this.byEdge = byEdge;
            this.edges = edges;
            this.nodes = nodes;
            this.fromScratch = fromScratch;
        }

        /** The segments to route the next revision with: this revision's, or built afresh from its routes. */
        private synchronized Segments handOnSegments() {
            Segments taken = segments;
            segments = null;
            if (taken == null || taken.worn()) {
                taken = new Segments();
                for (Map.Entry<String, List<Point>> e : byEdge.entrySet()) {
                    taken.add(e.getKey(), e.getValue());
                }
            }
            return taken;
        }

        /** Routes the diagram: from scratch, or carrying over the earlier revision's routes where nothing near them changed. */
        Routes(Diagram diagram, Routes earlier) {
            this.revision = diagram.revision();
            this.byEdge = new HashMap<>();
            this.edges = new HashMap<>();
            this.nodes = new HashMap<>();
            for (Node n : diagram.nodes()) {
                nodes.put(n.id(), n);
            }
            List<Edge> routable = new ArrayList<>();
            for (Edge e : diagram.edges()) {
                if (diagram.node(e.from()).isPresent() && diagram.node(e.to()).isPresent()) {
                    routable.add(e);
                }
            }
            Staleness.Changes changes = earlier == null ? null : Staleness.changes(diagram, earlier);
            java.util.Set<String> stale = changes == null ? null : Staleness.staleEdges(diagram, earlier, routable, changes);
            this.fromScratch = stale == null;
            Segments taken;
            List<Edge> toRoute = routable;
            if (stale == null) {
                this.obstacles = new Obstacles(diagram);
                taken = new Segments();
            } else {
                this.obstacles = earlier.obstacles.moved(changes.before(), changes.after());
                taken = earlier.handOnSegments();
                toRoute = new ArrayList<>();
                java.util.Set<String> routableIds = new java.util.HashSet<>();
                routable.forEach(e -> routableIds.add(e.id()));
                for (String id : earlier.byEdge.keySet()) {
                    if (!routableIds.contains(id)) {
                        taken.remove(id);
                    }
                }
                for (Edge e : routable) {
                    if (stale.contains(e.id())) {
                        toRoute.add(e);
                    } else {
                        byEdge.put(e.id(), earlier.byEdge.get(e.id()));
                        edges.put(e.id(), e);
                    }
                }
            }
            // From scratch, a second pass lets every edge see all the others; carried over, the
            // few edges routed again already see nearly all of them.
            for (int pass = 0; pass < (stale == null ? 2 : 1); pass++) {
                for (Edge e : toRoute) {
                    taken.remove(e.id());
                    List<Point> pts = List.copyOf(compute(diagram, e, obstacles, taken));
                    byEdge.put(e.id(), pts);
                    edges.put(e.id(), e);
                    taken.add(e.id(), pts);
                }
            }
            this.segments = taken;
        }

        /** The same routes, for a copy of the diagram at another revision number. */
        Routes at(long otherRevision) {
            return new Routes(otherRevision, obstacles, byEdge, edges, nodes, fromScratch);
        }
    }

    /** What a revision changed since earlier routes, and which routes that may have spoilt. */
    private static final class Staleness {

        /** Up to this many changed nodes, routes running near them are routed again too. */
        static final int NEAR_CHANGES = 8;

        /**
         * The edges to route again: new or changed ones, those at a changed node (or at a group
         * with a changed member), and, after a small change, those whose route ran near a changed
         * icon, where it was or where it is now. (After a larger one, such as each step of dragging
         * many nodes, routes that merely pass by wait for routing from scratch once editing pauses.)
         * Null when so much changed that routing everything is as good.
         */
        /** The nodes a revision changed, as they were (absent when new) and as they are (absent when removed). */
        record Changes(java.util.Set<String> ids, List<Node> before, List<Node> after) {
        }

        /** What changed since the earlier routes, or null when so much did that routing everything is as good. */
        static Changes changes(Diagram diagram, Routes earlier) {
            java.util.Set<String> ids = new java.util.HashSet<>();
            List<Node> before = new ArrayList<>();
            List<Node> after = new ArrayList<>();
            for (Node n : diagram.nodes()) {
                Node was = earlier.nodes.get(n.id());
                if (n != was && !n.equals(was)) {
                    ids.add(n.id());
                    after.add(n);
                    if (was != null) {
                        before.add(was);
                    }
                }
            }
            if (earlier.nodes.size() + after.size() - before.size() != diagram.nodeCount()) {
                for (Node was : earlier.nodes.values()) {
                    if (diagram.node(was.id()).isEmpty()) {
                        ids.add(was.id());
                        before.add(was);
                    }
                }
            }
            return ids.size() > Math.max(8, diagram.nodeCount() / 4) ? null : new Changes(ids, before, after);
        }

        static java.util.Set<String> staleEdges(Diagram diagram, Routes earlier, List<Edge> routable, Changes changes) {
            java.util.Set<String> changed = changes.ids();
            List<Bounds> areas = new ArrayList<>();
            if (changed.size() <= NEAR_CHANGES) {
                changes.before().forEach(n -> addArea(areas, n));
                changes.after().forEach(n -> addArea(areas, n));
            }
            java.util.Set<String> stale = new java.util.HashSet<>();
            for (Edge e : routable) {
                List<Point> before = earlier.byEdge.get(e.id());
                if (before == null || !e.equals(earlier.edges.get(e.id())) || touches(diagram, e.from(), changed)
                        || touches(diagram, e.to(), changed) || nearAny(before, areas)) {
                    stale.add(e.id());
                }
            }
            return stale.size() > routable.size() / 2 ? null : stale;
        }

        /** An icon with its label, as far around as a route going round it may run. */
        private static void addArea(List<Bounds> areas, Node n) {
            if (n != null && !NodeTypes.isContainer(n.type()) && !NodeTypes.isOverlayGroup(n.type())) {
                areas.add(Geometry.withLabel(n).inflate(STANDOFF * 3));
            }
        }

        private static boolean touches(Diagram diagram, String nodeId, java.util.Set<String> changed) {
            if (changed.contains(nodeId)) {
                return true;
            }
            Node n = diagram.node(nodeId).orElse(null);
            if (n != null && NodeTypes.isOverlayGroup(n.type())) {
                for (String member : n.props().strings(NodeTypes.MEMBERS)) {
                    if (changed.contains(member)) {
                        return true;
                    }
                }
            }
            return false;
        }

        private static boolean nearAny(List<Point> route, List<Bounds> areas) {
            if (areas.isEmpty()) {
                return false;
            }
            for (int i = 1; i < route.size(); i++) {
                Point p = route.get(i - 1);
                Point q = route.get(i);
                Bounds segment = new Bounds(Math.min(p.x(), q.x()), Math.min(p.y(), q.y()),
                        Math.abs(q.x() - p.x()), Math.abs(q.y() - p.y()));
                for (Bounds a : areas) {
                    if (a.intersects(segment)) {
                        return true;
                    }
                }
            }
            return false;
        }
    }

    /** Segments already routed (as zero-width boxes) by edge, in a coarse grid. */
    private static class Segments {
        static final Segments NONE = new Segments() {
            @Override
            List<Bounds> near(Bounds area) {
                return List.of();
            }
        };

        private record Entry(String edge, int generation, Bounds box) {
        }

        private final Map<Long, List<Entry>> cells = new HashMap<>();
        private final Map<String, Integer> generations = new HashMap<>();
        private long entries;

        /** Whether replaced segments have come to outnumber current ones several times over: cheaper to build afresh. */
        boolean worn() {
            return entries > 8L * Math.max(64, generations.size());
        }

        void add(String edge, List<Point> pts) {
            int generation = generations.merge(edge, 1, Integer::sum);
            for (int i = 1; i < pts.size(); i++) {
                Point p = pts.get(i - 1);
                Point q = pts.get(i);
                Bounds b = new Bounds(Math.min(p.x(), q.x()), Math.min(p.y(), q.y()), Math.abs(q.x() - p.x()), Math.abs(q.y() - p.y()));
                Entry entry = new Entry(edge, generation, b);
                entries++;
                for (long cx = Obstacles.cell(b.x()); cx <= Obstacles.cell(b.maxX()); cx++) {
                    for (long cy = Obstacles.cell(b.y()); cy <= Obstacles.cell(b.maxY()); cy++) {
                        cells.computeIfAbsent(Obstacles.key(cx, cy), k -> new ArrayList<>()).add(entry);
                    }
                }
            }
        }

        /** Forgets an edge's segments (they stay in the grid but no longer count). */
        void remove(String edge) {
            generations.computeIfPresent(edge, (k, g) -> g + 1);
        }

        List<Bounds> near(Bounds area) {
            java.util.Set<Bounds> out = new java.util.LinkedHashSet<>();
            for (long cx = Obstacles.cell(area.x()); cx <= Obstacles.cell(area.maxX()); cx++) {
                for (long cy = Obstacles.cell(area.y()); cy <= Obstacles.cell(area.maxY()); cy++) {
                    for (Entry e : cells.getOrDefault(Obstacles.key(cx, cy), List.of())) {
                        Bounds b = e.box();
                        if (e.generation() == generations.get(e.edge())
                                && b.x() <= area.maxX() && b.maxX() >= area.x() && b.y() <= area.maxY() && b.maxY() >= area.y()) {
                            out.add(b);
                        }
                    }
                }
            }
            return new ArrayList<>(out);
        }
    }

    /** Service icons with their labels, in a coarse grid so a route only looks at its neighbourhood. */
    private static final class Obstacles {
        private static final double CELL = 256;
        private final Map<Long, List<Node>> cells;

        private Obstacles(Map<Long, List<Node>> cells) {
            this.cells = cells;
        }

        /** These obstacles with some nodes changed: a copy, sharing the cells that stay as they were. */
        Obstacles moved(List<Node> before, List<Node> after) {
            Map<Long, List<Node>> next = new HashMap<>(cells);
            java.util.Set<Long> copied = new java.util.HashSet<>();
            for (Node n : before) {
                forCells(n, key -> {
                    List<Node> list = copied.add(key) ? new ArrayList<>(next.getOrDefault(key, List.of())) : next.get(key);
                    if (list != null) {
                        list.removeIf(m -> m.id().equals(n.id()));
                        next.put(key, list);
                    }
                });
            }
            for (Node n : after) {
                forCells(n, key -> {
                    List<Node> list = copied.add(key) ? new ArrayList<>(next.getOrDefault(key, List.of())) : next.get(key);
                    list.add(n);
                    next.put(key, list);
                });
            }
            return new Obstacles(next);
        }

        private static void forCells(Node n, java.util.function.LongConsumer action) {
            if (NodeTypes.isContainer(n.type()) || NodeTypes.isOverlayGroup(n.type())) {
                return;
            }
            Bounds b = Geometry.withLabel(n);
            for (long cx = cell(b.x()); cx <= cell(b.maxX()); cx++) {
                for (long cy = cell(b.y()); cy <= cell(b.maxY()); cy++) {
                    action.accept(key(cx, cy));
                }
            }
        }

        Obstacles(Diagram diagram) {
            this.cells = new HashMap<>();
            for (Node n : diagram.nodes()) {
                forCells(n, key -> cells.computeIfAbsent(key, k -> new ArrayList<>()).add(n));
            }
        }

        /** Obstacles in the area, less the edge's own ends (and a group end's members). */
        List<Bounds> near(Bounds area, Node from, Node to, Diagram diagram) {
            List<Bounds> out = new ArrayList<>();
            java.util.Set<String> seen = new java.util.HashSet<>();
            seen.add(from.id());
            seen.add(to.id());
            for (Node end : List.of(from, to)) {
                if (NodeTypes.isOverlayGroup(end.type())) {
                    for (Node m : diagram.members(end)) {
                        seen.add(m.id());
                    }
                }
            }
            for (long cx = cell(area.x()); cx <= cell(area.maxX()); cx++) {
                for (long cy = cell(area.y()); cy <= cell(area.maxY()); cy++) {
                    for (Node n : cells.getOrDefault(key(cx, cy), List.of())) {
                        if (seen.add(n.id())) {
                            Bounds b = obstacleBox(n);
                            if (b.intersects(area)) {
                                out.add(b);
                            }
                        }
                    }
                }
            }
            return out;
        }

        /** The icon and a one-line label, pulled in a little so grazing an edge is not a crossing. */
        private static Bounds obstacleBox(Node n) {
            Bounds b = n.bounds();
            double w = Math.min(Geometry.labelWidth(b), b.w() + 40);
            return new Bounds(b.centerX() - w / 2 + 2, b.y() + 2, w - 4, b.h() + 16);
        }

        private static long cell(double v) {
            return (long) Math.floor(v / CELL);
        }

        /** One number per cell; the odd multiplier keeps keys distinct and spreads their hash codes (cx ^ cy collided along diagonals). */
        private static long key(long cx, long cy) {
            return ((cx << 32) ^ (cy & 0xFFFFFFFFL)) * 0x9E3779B97F4A7C15L;
        }
    }
}
