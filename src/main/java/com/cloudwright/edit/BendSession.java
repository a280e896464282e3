package com.cloudwright.edit;

import com.cloudwright.model.Diagram;
import com.cloudwright.model.Point;
import com.cloudwright.model.UpdateEdge;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One drag of a segment of an edge's route, from press to release, as a single undo step: the
 * segment moves across its own direction (a horizontal one up or down, a vertical one sideways),
 * its neighbours follow, and an end segment gets a short stub so the edge still leaves its node
 * straight. Every {@link #moveTo} sets the edge's bends with the session's gesture token.
 */
public final class BendSession {

    /** The length of the stub an end segment keeps at its node when it is moved. */
    private static final double JOG = 16;

    private final Diagram diagram;
    private final String edgeId;
    private final List<Point> route;
    private final int segment;
    private final Object gesture = new Object();

    private BendSession(Diagram diagram, String edgeId, List<Point> route, int segment) {
        this.diagram = diagram;
        this.edgeId = edgeId;
        this.route = List.copyOf(route);
        this.segment = segment;
    }

    /**
     * Starts a drag of segment {@code segment} (from {@code route[segment]} to {@code route[segment + 1]})
     * of the edge's route as drawn when the drag began.
     */
    public static BendSession begin(Diagram diagram, String edgeId, List<Point> route, int segment) {
        diagram.edge(edgeId).orElseThrow(() -> new IllegalArgumentException("no edge " + edgeId));
        if (segment < 0 || segment + 1 >= route.size()) {
            throw new IllegalArgumentException("no segment " + segment + " in a route of " + route.size() + " points");
        }
        return new BendSession(diagram, edgeId, route, segment);
    }

    public String edgeId() {
        return edgeId;
    }

    /** Moves the segment through the point, in the session's undo step. */
    public void moveTo(double x, double y) {
        diagram.history().execute(UpdateEdge.bends(edgeId, bendsFor(route, segment, x, y), gesture));
    }

    /** The bends (the route without its end points) after moving segment {@code index} through {@code (x, y)}. */
    static List<Point> bendsFor(List<Point> route, int index, double x, double y) {
        Point a = route.get(index);
        Point b = route.get(index + 1);
        boolean horizontal = Math.abs(a.y() - b.y()) <= Math.abs(a.x() - b.x());
        UnaryOperator<Point> shift = horizontal ? pt -> new Point(pt.x(), y) : pt -> new Point(x, pt.y());
        double dirX = Math.signum(b.x() - a.x());
        double dirY = Math.signum(b.y() - a.y());
        List<Point> out = new ArrayList<>(route.subList(0, index));
        if (index == 0) {
            Point stub = horizontal ? new Point(a.x() + dirX * JOG, a.y()) : new Point(a.x(), a.y() + dirY * JOG);
            out.add(a);
            out.add(stub);
            out.add(shift.apply(stub));
        } else {
            out.add(shift.apply(a));
        }
        if (index + 1 == route.size() - 1) {
            Point stub = horizontal ? new Point(b.x() - dirX * JOG, b.y()) : new Point(b.x(), b.y() - dirY * JOG);
            out.add(shift.apply(stub));
            out.add(stub);
            out.add(b);
        } else {
            out.add(shift.apply(b));
        }
        out.addAll(route.subList(index + 2, route.size()));
        return List.copyOf(out.subList(1, out.size() - 1));
    }
}
