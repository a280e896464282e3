package com.cloudwright.render;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import com.cloudwright.model.Point;
import com.cloudwright.model.Props;
import com.cloudwright.palette.Palette;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Routes keep off containers' titles: a database placed right under its subnet's title, below the
 * web server that uses it, is reached around the title instead of straight down through it, and
 * the route still leaves and arrives square at the middle of a side.
 */
class EdgeRouterKeepsClearTest {

    private static final Palette PALETTE = Palette.bundled();

    private static Node node(String id, String type, String parent, double x, double y, double w, double h, Props props) {
        return new Node(id, type, parent, "web".equals(id) ? "Web server" : null, new Bounds(x, y, w, h), props, Map.of());
    }

    private static Diagram webOverDatabase() {
        return new Diagram("t", "us-east-1", Map.of(), List.of(
                node("vpc", "vpc", null, 0, 0, 700, 560, Props.EMPTY),
                node("app", "subnet", "vpc", 40, 40, 320, 220, Props.EMPTY.with("cidr", "10.0.10.0/24")),
                node("data", "subnet", "vpc", 40, 300, 320, 220, Props.EMPTY.with("cidr", "10.0.20.0/24")),
                node("web", "ec2", "app", 60, 110, 64, 64, Props.EMPTY),
                node("rds", "rds", "data", 60, 350, 64, 64, Props.EMPTY)),
                List.of(new Edge("e1", "web", "rds").withLabel("3306")));
    }

    @Test
    void aDatabaseRightUnderItsSubnetsTitleIsReachedAroundTheTitle() {
        Diagram d = webOverDatabase();
        List<Point> route = EdgeRouter.route(d, d.edge("e1").orElseThrow());
        Bounds title = TitleBands.of(d, d.requireNode("data"));
        assertThat(title).isNotNull();
        assertThat(LayoutChecker.crosses(route, title.inflate(-1))).as(route.toString()).isFalse();
        LayoutChecker.Report r = LayoutChecker.check(d, PALETTE);
        assertThat(r.total()).as(r + " " + r.examples()).isZero();
        Bounds web = d.requireNode("web").bounds();
        Bounds rds = d.requireNode("rds").bounds();
        Point first = route.get(0);
        Point last = route.get(route.size() - 1);
        assertThat(onSideMiddle(first, web, Geometry.labelDrop(d.requireNode("web")))).as("leaves " + first).isTrue();
        assertThat(onSideMiddle(last, rds, Geometry.labelDrop(d.requireNode("rds")))).as("arrives " + last).isTrue();
        for (int i = 1; i < route.size(); i++) {
            Point p = route.get(i - 1);
            Point q = route.get(i);
            assertThat(p.x() == q.x() || p.y() == q.y()).as("orthogonal " + route).isTrue();
        }
    }

    @Test
    void theDetourIsTheSameEveryTime() {
        List<Point> once = EdgeRouter.route(webOverDatabase(), webOverDatabase().edge("e1").orElseThrow());
        Diagram again = webOverDatabase();
        assertThat(EdgeRouter.route(again, again.edge("e1").orElseThrow())).isEqualTo(once);
    }

    private static boolean onSideMiddle(Point p, Bounds b, double drop) {
        return p.equals(new Point(b.x(), b.centerY())) || p.equals(new Point(b.maxX(), b.centerY()))
                || p.equals(new Point(b.centerX(), b.y())) || p.equals(new Point(b.centerX(), b.maxY() + drop));
    }
}
