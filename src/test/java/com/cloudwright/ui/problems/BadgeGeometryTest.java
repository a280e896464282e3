package com.cloudwright.ui.problems;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.model.Point;
import com.cloudwright.model.Props;
import com.cloudwright.validate.Severity;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class BadgeGeometryTest {

    private static final Node SERVICE = new Node("db", "rds", null, "DB", new Bounds(100, 200, 64, 64), Props.EMPTY, Map.of());
    private static final Node SUBNET = new Node("s", "subnet", null, "S", new Bounds(0, 0, 400, 300), Props.EMPTY, Map.of());
    private static final Diagram DIAGRAM = new Diagram("d", "us-east-1", Map.of(), java.util.List.of(SUBNET, SERVICE), java.util.List.of());

    @Test
    void aServicesBadgeSitsOnItsIconsTopRightCornerAtEveryZoom() {
        for (double scale : new double[] {0.25, 1, 3}) {
            Point c = BadgeGeometry.centre(DIAGRAM, SERVICE, scale);
            double r = BadgeGeometry.radius(scale) / scale;
            assertThat(c.x()).isCloseTo(164, within(r));
            assertThat(c.y()).isCloseTo(200, within(r));
        }
    }

    @Test
    void aContainersBadgeSitsInsideItsTopRightCorner() {
        Point c = BadgeGeometry.centre(DIAGRAM, SUBNET, 1);
        assertThat(SUBNET.bounds().contains(c.x(), c.y())).isTrue();
        assertThat(c.x()).isGreaterThan(380);
        assertThat(c.y()).isLessThan(20);
    }

    @Test
    void theBadgeKeepsItsSizeOnScreenDownToHalfZoom() {
        Point c = new Point(100, 100);
        assertThat(BadgeGeometry.hits(c, 100 + 8, 100, 1)).isTrue();
        assertThat(BadgeGeometry.hits(c, 100 + 10, 100, 1)).isFalse();
        // zoomed out to a half, the same 8 screen pixels are 16 world units
        assertThat(BadgeGeometry.hits(c, 100 + 16, 100, 0.5)).isTrue();
        assertThat(BadgeGeometry.hits(c, 100 + 20, 100, 0.5)).isFalse();
    }

    @Test
    void furtherOutItShrinksWithTheIconsToADot() {
        assertThat(BadgeGeometry.radius(2)).isEqualTo(BadgeGeometry.RADIUS);
        assertThat(BadgeGeometry.radius(0.5)).isCloseTo(BadgeGeometry.RADIUS, within(0.1));
        // a quarter: a 64-unit icon is 16 px wide, its badge about a fifth of that
        assertThat(BadgeGeometry.radius(0.25)).isCloseTo(3.5, within(0.1));
        assertThat(BadgeGeometry.radius(0.05)).isEqualTo(BadgeGeometry.MIN_RADIUS);
        Point c = new Point(100, 100);
        assertThat(BadgeGeometry.hits(c, 100 + 5 / 0.25, 100, 0.25)).as("3.5 px + 2 px slack").isTrue();
        assertThat(BadgeGeometry.hits(c, 100 + 6 / 0.25, 100, 0.25)).isFalse();
    }

    @Test
    void aBadgeJustOutsideTheViewStillShowsItsVisibleHalf() {
        Bounds view = new Bounds(0, 0, 100, 100);
        assertThat(BadgeGeometry.visible(new Point(104, 50), view, 1)).isTrue();
        assertThat(BadgeGeometry.visible(new Point(110, 50), view, 1)).isFalse();
    }

    @Test
    void farOutOnlyErrorsAndWarningsAreMarked() {
        assertThat(BadgeGeometry.shows(Severity.INFO, 1)).isTrue();
        assertThat(BadgeGeometry.shows(Severity.INFO, 0.1)).isFalse();
        assertThat(BadgeGeometry.shows(Severity.ERROR, 0.05)).isTrue();
        assertThat(BadgeGeometry.shows(Severity.WARNING, 0.05)).isTrue();
    }
}
