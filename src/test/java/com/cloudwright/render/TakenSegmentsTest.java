package com.cloudwright.render;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Point;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The sorted index of taken segments scores exactly as checking every taken segment one by one did. */
class TakenSegmentsTest {

    private static final double CROSSING = 25;

    @Test
    void runningAlongAndCrossing() {
        TakenSegments taken = new TakenSegments(List.of(
                new Bounds(0, 100, 200, 0),     // horizontal at y 100, x 0–200
                new Bounds(150, 0, 0, 300)));   // vertical at x 150, y 0–300
        assertThat(taken.shared(new Point(50, 102), new Point(120, 102), CROSSING)).as("70 along, 2 away").isEqualTo(70);
        assertThat(taken.shared(new Point(50, 103), new Point(120, 103), CROSSING)).as("3 away is apart").isZero();
        assertThat(taken.shared(new Point(100, 50), new Point(300, 50), CROSSING)).as("crosses the vertical").isEqualTo(CROSSING);
        assertThat(taken.shared(new Point(100, 50), new Point(151, 50), CROSSING)).as("ends 1 past it: not strictly across").isZero();
        assertThat(taken.shared(new Point(10, 10), new Point(20, 20), CROSSING)).as("diagonal").isZero();
        assertThat(taken.shared(new Point(10, 10), new Point(10, 10), CROSSING)).as("no length").isZero();
    }

    @Test
    void sameAsCheckingEverySegment() {
        Random random = new Random(7);
        for (int round = 0; round < 200; round++) {
            List<Bounds> taken = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                double x = grid(random);
                double y = grid(random);
                double len = random.nextInt(4) * 20 + random.nextInt(2) * 1.5;
                taken.add(random.nextBoolean() ? new Bounds(x, y, len, 0) : new Bounds(x, y, 0, len));
            }
            TakenSegments index = new TakenSegments(taken);
            for (int i = 0; i < 50; i++) {
                Point p = new Point(grid(random), grid(random));
                Point q = random.nextBoolean() ? new Point(grid(random), p.y() + random.nextInt(3) - 1)
                        : new Point(p.x() + random.nextInt(3) - 1, grid(random));
                double expected = 0;
                for (Bounds t : taken) {
                    expected += collinearOverlap(p, q, t) + (crosses(p, q, t) ? CROSSING : 0);
                }
                assertThat(index.shared(p, q, CROSSING)).as("%s–%s", p, q).isCloseTo(expected, within(1e-9));
            }
        }
    }

    private static double grid(Random random) {
        return random.nextInt(12) * 10 + random.nextInt(3) - 1;
    }

    // The checks the router made against every taken segment before the index.

    private static boolean crosses(Point p, Point q, Bounds t) {
        if (p.y() == q.y() && t.w() == 0 && t.h() > 0) {
            return t.x() > Math.min(p.x(), q.x()) + 1 && t.x() < Math.max(p.x(), q.x()) - 1 && p.y() > t.y() + 1 && p.y() < t.maxY() - 1;
        }
        if (p.x() == q.x() && t.h() == 0 && t.w() > 0) {
            return t.y() > Math.min(p.y(), q.y()) + 1 && t.y() < Math.max(p.y(), q.y()) - 1 && p.x() > t.x() + 1 && p.x() < t.maxX() - 1;
        }
        return false;
    }

    private static double collinearOverlap(Point p, Point q, Bounds t) {
        if (p.y() == q.y() && t.h() == 0 && Math.abs(t.y() - p.y()) < 3) {
            return Math.max(0, Math.min(Math.max(p.x(), q.x()), t.maxX()) - Math.max(Math.min(p.x(), q.x()), t.x()));
        }
        if (p.x() == q.x() && t.w() == 0 && Math.abs(t.x() - p.x()) < 3) {
            return Math.max(0, Math.min(Math.max(p.y(), q.y()), t.maxY()) - Math.max(Math.min(p.y(), q.y()), t.y()));
        }
        return 0;
    }
}
