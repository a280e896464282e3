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
 * Orthogonal routes for a diagram's edges, chosen by {@link OrthogonalRoutes} among the icons,
 * labels and container titles near each edge ({@link RouteObstacles}). User bends, when present,
 * are kept as drawn. Routes are cached per diagram revision ({@link RevisionRoutes}).
 *
 * <p>Routing thousands of edges takes a good part of a second, too long for every step of a drag.
 * So in a large diagram a revision's routes are carried over from the last one: only the edges
 * near what changed are routed again (seeing all the others), the rest keep their routes. That is
 * a little different from routing from scratch, which is what a picture export does; the canvas
 * routes from scratch on a worker once editing pauses ({@link #routeFromScratch}).
 */
public final class EdgeRouter {

    /** How far a U-shaped route stands off the boxes it goes around. */
    static final double STANDOFF = 24;
    /** How far around its ends a detour may go looking for a way that crosses nothing. */
    private static final double DETOUR_REACH = 120;

    private static final Map<Diagram, RevisionRoutes> CACHE = Collections.synchronizedMap(new WeakHashMap<>());
    /** Diagrams with fewer edges are routed from scratch at every revision: it is quick. */
    static final int CARRY_OVER_FROM_EDGES = 150;

    private EdgeRouter() {
    }

    public static List<Point> route(Diagram diagram, Edge edge) {
        RevisionRoutes routes = CACHE.get(diagram);
        if (routes == null || routes.revision != diagram.revision()) {
            routes = new RevisionRoutes(diagram, carriesOver(diagram) ? routes : null);
            CACHE.put(diagram, routes);
        }
        List<Point> pts = routes.byEdge.get(edge.id());
        if (pts == null || !edge.equals(routes.edges.get(edge.id()))) {
            // An edge not (or no longer) in the diagram as routed: route it alone.
            pts = List.copyOf(compute(diagram, edge, routes.obstacles, RoutedSegments.NONE, true));
        }
        return pts;
    }

    /**
     * A quick route for a gesture's live preview, redrawn every frame: the edge alone among the
     * icons (as last routed), not minding other edges. The real route follows when the gesture ends.
     */
    public static List<Point> routeDraft(Diagram diagram, Edge edge) {
        RevisionRoutes routes = CACHE.get(diagram);
        if (routes == null || !carriesOver(diagram)) {
            return route(diagram, edge);
        }
        if (routes.revision == diagram.revision() && edge.equals(routes.edges.get(edge.id()))) {
            return routes.byEdge.get(edge.id());
        }
        if (diagram.node(edge.from()).isEmpty() || diagram.node(edge.to()).isEmpty()) {
            return List.of();
        }
        List<Point> carried = movedTogether(diagram, edge, routes);
        if (carried != null) {
            return carried;
        }
        // no detour search in a frame of a gesture: the route after it ends looks for one
        return List.copyOf(compute(diagram, edge, routes.obstacles, RoutedSegments.NONE, false));
    }

    /**
     * The routed line moved along with its ends, when both moved by the same step and are the same
     * size: what dragging a selection looks like, and no search in each frame for the edges inside it.
     * Null when the ends moved apart (or an end is a group, whose outline follows its members).
     */
    private static List<Point> movedTogether(Diagram diagram, Edge edge, RevisionRoutes routes) {
        List<Point> pts = routes.byEdge.get(edge.id());
        Node from = diagram.node(edge.from()).orElse(null);
        Node to = diagram.node(edge.to()).orElse(null);
        Node fromWas = routes.nodes.get(edge.from());
        Node toWas = routes.nodes.get(edge.to());
        if (pts == null || from == null || to == null || fromWas == null || toWas == null
                || !edge.equals(routes.edges.get(edge.id()))
                || NodeTypes.isOverlayGroup(from.type()) || NodeTypes.isOverlayGroup(to.type())) {
            return null;
        }
        Bounds a = from.bounds();
        Bounds a0 = fromWas.bounds();
        Bounds b = to.bounds();
        Bounds b0 = toWas.bounds();
        double dx = a.x() - a0.x();
        double dy = a.y() - a0.y();
        if (a.w() != a0.w() || a.h() != a0.h() || b.w() != b0.w() || b.h() != b0.h()
                || b.x() - b0.x() != dx || b.y() - b0.y() != dy || (dx == 0 && dy == 0)
                || !from.withBounds(a0).equals(fromWas) || !to.withBounds(b0).equals(toWas)) {
            return null;
        }
        List<Point> moved = new ArrayList<>(pts.size());
        for (Point p : pts) {
            moved.add(new Point(p.x() + dx, p.y() + dy));
        }
        return List.copyOf(moved);
    }

    /**
     * Routes {@code diagram}, a later state of {@code earlier} (both copies no one edits, such as
     * a renderer's snapshots), carrying the earlier one's routes over, unless it is routed already
     * or the earlier one is not.
     */
    public static void routeFrom(Diagram earlier, Diagram diagram) {
        RevisionRoutes before = CACHE.get(earlier);
        RevisionRoutes now = CACHE.get(diagram);
        if (before == null || before.revision != earlier.revision() || (now != null && now.revision == diagram.revision())) {
            return;
        }
        CACHE.put(diagram, new RevisionRoutes(diagram, carriesOver(diagram) ? before : null));
    }

    /** Whether the diagram is large enough for routes to be carried over from revision to revision. */
    public static boolean carriesOver(Diagram diagram) {
        return diagram.edgeCount() >= CARRY_OVER_FROM_EDGES;
    }

    /** Whether the diagram is routed at its current revision, and from scratch rather than carried over. */
    public static boolean routedFromScratch(Diagram diagram) {
        RevisionRoutes routes = CACHE.get(diagram);
        return routes != null && routes.revision == diagram.revision() && routes.fromScratch;
    }

    /** Routes every edge of the diagram from scratch now (long for thousands of edges: call it on a worker). */
    public static void routeFromScratch(Diagram diagram) {
        CACHE.put(diagram, new RevisionRoutes(diagram, null));
    }

    /**
     * Gives {@code copy}, which has the same nodes and edges as {@code original} has now, the
     * original's routes for its current revision, unless the copy has current routes of its own
     * and {@code replaceOwn} is false; returns whether it did.
     */
    public static boolean shareRoutes(Diagram original, Diagram copy, boolean replaceOwn) {
        RevisionRoutes routes = CACHE.get(original);
        if (routes == null || routes.revision != original.revision()) {
            return false;
        }
        RevisionRoutes own = CACHE.get(copy);
        if (!replaceOwn && own != null && own.revision == copy.revision()) {
            return false;
        }
        CACHE.put(copy, routes.at(copy.revision()));
        return true;
    }

    /** One edge's route among the obstacles and the routes taken; {@code detour}: look for a way round when it crosses something. */
    static List<Point> compute(Diagram diagram, Edge edge, RouteObstacles obstacles, RoutedSegments taken, boolean detour) {
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
        List<Bounds> takenNear = taken.near(area);
        OrthogonalRoutes.Scored best = OrthogonalRoutes.best(from, dropA, to, dropB, near, takenNear);
        if (!detour || !best.crossesAFew()) {
            return best.points();
        }
        // Nothing with two turns keeps clear: look further around for a way with more turns (minding
        // the routes taken nearby, as the first try did).
        Bounds wider = from.union(to).inflate(DETOUR_REACH);
        return OrthogonalRoutes.orDetour(best, from, dropA, to, dropB, obstacles.near(wider, fromNode, toNode, diagram),
                takenNear, wider);
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
}
