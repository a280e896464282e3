package com.cloudwright.render;

import com.cloudwright.testing.RandomGridDiagrams;
import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Edge;
import com.cloudwright.model.MoveNodes;
import com.cloudwright.model.Node;
import com.cloudwright.model.Point;
import com.cloudwright.model.RemoveElements;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In a large diagram an edit's routes are carried over from the last revision: the edges at and
 * near what changed are routed again, the others keep their routes; routing from scratch (as
 * exports do) is there for when editing pauses, and routes can be shared with a copy.
 */
class EdgeRouterCarryOverTest {

    private static Diagram copyOf(Diagram d) {
        return new Diagram(d.name(), d.region(), d.extra(), d.nodes(), d.edges());
    }

    private static Map<String, List<Point>> routes(Diagram d) {
        Map<String, List<Point>> out = new HashMap<>();
        for (Edge e : d.edges()) {
            out.put(e.id(), EdgeRouter.route(d, e));
        }
        return out;
    }

    @Test
    void aMovedNodesEdgesFollowItAndDistantRoutesStayAsTheyWere() {
        Diagram d = RandomGridDiagrams.generate(400, 600);
        assertThat(EdgeRouter.carriesOver(d)).isTrue();
        Map<String, List<Point>> before = routes(d);
        assertThat(EdgeRouter.routedFromScratch(d)).isTrue();

        Node moved = d.nodesOfType("ec2").get(3);
        d.history().execute(new MoveNodes(Set.of(moved.id()), 0, 30, null));
        Bounds now = d.requireNode(moved.id()).bounds();
        Map<String, List<Point>> after = routes(d);
        assertThat(EdgeRouter.routedFromScratch(d)).as("carried over").isFalse();

        Set<String> atTheNode = new HashSet<>();
        d.edgesOf(moved.id()).forEach(e -> atTheNode.add(e.id()));
        assertThat(atTheNode).isNotEmpty();
        for (String id : atTheNode) {
            Edge e = d.edge(id).orElseThrow();
            List<Point> pts = after.get(id);
            Point end = e.from().equals(moved.id()) ? pts.get(0) : pts.get(pts.size() - 1);
            assertThat(onBorderOrBelow(now, end)).as("%s ends at the node where it is now: %s", id, end).isTrue();
        }
        Bounds reach = Geometry.withLabel(moved).union(Geometry.withLabel(d.requireNode(moved.id()))).inflate(200);
        int kept = 0;
        for (Edge e : d.edges()) {
            if (!atTheNode.contains(e.id()) && far(before.get(e.id()), reach)) {
                assertThat(after.get(e.id())).as("distant %s", e.id()).isSameAs(before.get(e.id()));
                kept++;
            }
        }
        assertThat(kept).as("most routes are untouched").isGreaterThan(d.edgeCount() / 2);
    }

    @Test
    void routingFromScratchAfterwardsGivesWhatAFreshCopyGets() {
        Diagram d = RandomGridDiagrams.generate(400, 600);
        routes(d);
        d.history().execute(new MoveNodes(Set.of(d.nodesOfType("ec2").get(5).id()), 40, 0, null));
        routes(d);
        EdgeRouter.routeFromScratch(d);
        assertThat(EdgeRouter.routedFromScratch(d)).isTrue();
        assertThat(routes(d)).isEqualTo(routes(copyOf(d)));
    }

    @Test
    void aRemovedNodesEdgesAreGoneAndDoNotBlockOthers() {
        Diagram d = RandomGridDiagrams.generate(400, 600);
        routes(d);
        Node removed = d.nodesOfType("rds").get(0);
        d.history().execute(new RemoveElements(Set.of(removed.id())));
        Map<String, List<Point>> after = routes(d);
        assertThat(after).doesNotContainKeys(d.edgesOf(removed.id()).stream().map(Edge::id).toArray(String[]::new));
        assertThat(after.keySet()).isEqualTo(routes(copyOf(d)).keySet());
    }

    @Test
    void aLargeChangeIsRoutedFromScratch() {
        Diagram d = RandomGridDiagrams.generate(400, 600);
        routes(d);
        Set<String> many = new HashSet<>();
        d.nodes().forEach(n -> many.add(n.id()));
        d.history().execute(new MoveNodes(many, 20, 0, null));
        routes(d);
        assertThat(EdgeRouter.routedFromScratch(d)).isTrue();
    }

    @Test
    void smallDiagramsAreAlwaysRoutedFromScratch() {
        Diagram d = RandomGridDiagrams.generate(60, 80);
        assertThat(EdgeRouter.carriesOver(d)).isFalse();
        routes(d);
        d.history().execute(new MoveNodes(Set.of(d.nodesOfType("ec2").get(0).id()), 0, 30, null));
        assertThat(routes(d)).isEqualTo(routes(copyOf(d)));
        assertThat(EdgeRouter.routedFromScratch(d)).isTrue();
    }

    @Test
    void aCopySharesTheRoutesItIsGiven() {
        Diagram d = RandomGridDiagrams.generate(400, 600);
        Diagram copy = copyOf(d);
        assertThat(EdgeRouter.shareRoutes(d, copy, false)).as("nothing routed yet").isFalse();
        Map<String, List<Point>> original = routes(d);
        assertThat(EdgeRouter.shareRoutes(d, copy, false)).isTrue();
        Edge any = d.edges().iterator().next();
        assertThat(EdgeRouter.route(copy, any)).isSameAs(original.get(any.id()));
        assertThat(EdgeRouter.shareRoutes(d, copy, false)).as("the copy's are as good already").isFalse();
    }

    @Test
    void aDraftRouteBetweenTwoNodesMovedTogetherIsTheRouteMovedWithThem() {
        Diagram d = RandomGridDiagrams.generate(400, 600);
        Map<String, List<Point>> before = routes(d);
        Edge edge = d.edges().stream()
                .filter(e -> !e.from().equals(e.to()))
                .findFirst().orElseThrow();
        d.history().execute(new MoveNodes(Set.of(edge.from(), edge.to()), 17, 9, null));

        List<Point> draft = EdgeRouter.routeDraft(d, edge);

        assertThat(draft).isEqualTo(before.get(edge.id()).stream().map(p -> new Point(p.x() + 17, p.y() + 9)).toList());
        // one end moved alone: routed afresh to where it is now, not dragged along
        Node one = d.requireNode(edge.from());
        d.history().execute(new MoveNodes(Set.of(one.id()), 0, 200, null));
        List<Point> apart = EdgeRouter.routeDraft(d, edge);
        assertThat(onBorderOrBelow(d.requireNode(one.id()).bounds(), apart.get(0))).as("starts at the moved node: %s", apart.get(0)).isTrue();
    }

    @Test
    void aDraftRouteFollowsAMovedNodeWithoutRoutingTheRest() {
        Diagram d = RandomGridDiagrams.generate(400, 600);
        routes(d);
        Node moved = d.nodesOfType("ec2").get(3);
        Edge edge = d.edgesOf(moved.id()).get(0);
        d.history().execute(new MoveNodes(Set.of(moved.id()), 0, 30, null));
        List<Point> draft = EdgeRouter.routeDraft(d, edge);
        Point end = edge.from().equals(moved.id()) ? draft.get(0) : draft.get(draft.size() - 1);
        assertThat(onBorderOrBelow(d.requireNode(moved.id()).bounds(), end)).as("ends at the node where it is now: %s", end).isTrue();
        assertThat(EdgeRouter.routedFromScratch(d)).isFalse();
        routes(d);
        assertThat(EdgeRouter.routeDraft(d, edge)).as("once routed, the draft is the route").isSameAs(EdgeRouter.route(d, edge));
    }

    @Test
    void aLaterCopyCarriesOverAnEarlierCopysRoutes() {
        Diagram d = RandomGridDiagrams.generate(400, 600);
        Diagram first = copyOf(d);
        Map<String, List<Point>> before = routes(first);
        Node moved = d.nodesOfType("ec2").get(3);
        d.history().execute(new MoveNodes(Set.of(moved.id()), 0, 30, null));
        Diagram second = copyOf(d);
        EdgeRouter.routeFrom(first, second);
        assertThat(EdgeRouter.routedFromScratch(second)).as("carried over").isFalse();
        Map<String, List<Point>> after = routes(second);
        long same = after.entrySet().stream().filter(e -> e.getValue() == before.get(e.getKey())).count();
        assertThat(same).as("routes carried over as they were").isGreaterThan(d.edgeCount() / 2);
    }

    private static boolean onBorderOrBelow(Bounds node, Point p) {
        // a route leaving downwards starts below the label, so allow the label's drop under the icon
        return p.x() >= node.x() - 1 && p.x() <= node.maxX() + 1 && p.y() >= node.y() - 1 && p.y() <= node.maxY() + Geometry.LABEL_ROOM + 1;
    }

    private static boolean far(List<Point> route, Bounds area) {
        for (Point p : route) {
            if (area.contains(p.x(), p.y())) {
                return false;
            }
        }
        double minX = route.stream().mapToDouble(Point::x).min().orElse(0);
        double maxX = route.stream().mapToDouble(Point::x).max().orElse(0);
        double minY = route.stream().mapToDouble(Point::y).min().orElse(0);
        double maxY = route.stream().mapToDouble(Point::y).max().orElse(0);
        return !area.intersects(new Bounds(minX, minY, Math.max(maxX - minX, 0.001), Math.max(maxY - minY, 0.001)));
    }
}
