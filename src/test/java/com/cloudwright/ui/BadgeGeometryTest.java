package com.cloudwright.ui;

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
            double r = BadgeGeometry.RADIUS / scale;
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
    void theBadgeKeepsItsSizeOnScreen() {
        Point c = new Point(100, 100);
        assertThat(BadgeGeometry.hits(c, 100 + 8, 100, 1)).isTrue();
        assertThat(BadgeGeometry.hits(c, 100 + 10, 100, 1)).isFalse();
        // zoomed out to a quarter, the same 8 screen pixels are 32 world units
        assertThat(BadgeGeometry.hits(c, 100 + 32, 100, 0.25)).isTrue();
        assertThat(BadgeGeometry.hits(c, 100 + 40, 100, 0.25)).isFalse();
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
