package com.cloudwright.render;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.model.Point;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The routes of one revision of a diagram. Each edge is routed knowing the others: a first
 * pass in edge order, then a second in which every edge sees all the rest. Carried over from
 * an earlier revision, only the edges near what changed are routed (in the same two passes).
 */
final class RevisionRoutes {
    final long revision;
    final RouteObstacles obstacles;
    final Map<String, List<Point>> byEdge;
    final Map<String, Edge> edges;
    /** The nodes as routed, to tell what a later revision changed. */
    final Map<String, Node> nodes;
    final boolean fromScratch;
    /**
     * The routed segments, handed on to (and changed by) the next revision's routes; null once
     * handed on, and in routes shared with a copy of the diagram, so no two ever change one.
     */
    private RoutedSegments segments;

    private RevisionRoutes(long revision, RouteObstacles obstacles, Map<String, List<Point>> byEdge, Map<String, Edge> edges,
                   Map<String, Node> nodes, boolean fromScratch) {
        this.revision = revision;
        this.obstacles = obstacles;
        this.byEdge = byEdge;
        this.edges = edges;
        this.nodes = nodes;
        this.fromScratch = fromScratch;
    }

    /** The segments to route the next revision with: this revision's, or built afresh from its routes. */
    private synchronized RoutedSegments handOnSegments() {
        RoutedSegments taken = segments;
        segments = null;
        if (taken == null || taken.worn()) {
            taken = new RoutedSegments();
            for (Map.Entry<String, List<Point>> e : byEdge.entrySet()) {
                taken.add(e.getKey(), e.getValue());
            }
        }
        return taken;
    }

    /** Routes the diagram: from scratch, or carrying over the earlier revision's routes where nothing near them changed. */
    RevisionRoutes(Diagram diagram, RevisionRoutes earlier) {
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
        RouteStaleness.Changes changes = earlier == null ? null : RouteStaleness.changes(diagram, earlier);
        java.util.Set<String> stale = changes == null ? null : RouteStaleness.staleEdges(diagram, earlier, routable, changes);
        this.fromScratch = stale == null;
        RoutedSegments taken;
        List<Edge> toRoute = routable;
        if (stale == null) {
            this.obstacles = new RouteObstacles(diagram);
            taken = new RoutedSegments();
        } else {
            this.obstacles = earlier.obstacles.moved(diagram, changes.before(), changes.after());
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
        // few edges routed again already see nearly all of them. Detours are looked for in the
        // last pass only: the first pass's routes are drafts.
        int passes = stale == null ? 2 : 1;
        for (int pass = 0; pass < passes; pass++) {
            for (Edge e : toRoute) {
                taken.remove(e.id());
                List<Point> pts = List.copyOf(EdgeRouter.compute(diagram, e, obstacles, taken, pass == passes - 1));
                byEdge.put(e.id(), pts);
                edges.put(e.id(), e);
                taken.add(e.id(), pts);
            }
        }
        this.segments = taken;
    }

    /** The same routes, for a copy of the diagram at another revision number. */
    RevisionRoutes at(long otherRevision) {
        return new RevisionRoutes(otherRevision, obstacles, byEdge, edges, nodes, fromScratch);
    }
}
