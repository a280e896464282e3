package com.cloudwright.edit;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class AlignmentGuidesTest {

    @Test
    void snapsToTheNearestEdgeOrCentreAndDrawsTheLine() {
        AlignmentGuides guides = AlignmentGuides.of(List.of(
                new Bounds(100, 100, 64, 64),     // x 100 / 132 / 164, y 100 / 132 / 164
                new Bounds(400, 300, 80, 40)));   // x 400 / 440 / 480, y 300 / 320 / 340
        GuideSnap s = guides.snap(new Bounds(103, 200, 64, 64), 6);
        assertThat(s.dx()).isEqualTo(-3);
        assertThat(s.dy()).as("nothing within 6 on y (200 / 232 / 264)").isZero();
        assertThat(s.guides()).as("same width: edges and centre all line up").containsExactly(
                new Guide(true, 100, 100, 264), new Guide(true, 132, 100, 264), new Guide(true, 164, 100, 264));

        GuideSnap centre = guides.snap(new Bounds(406, 285, 64, 64), 6);
        // centre x 438 → 440 (+2); middle y 317 → 320 (+3)
        assertThat(centre.dx()).isEqualTo(2);
        assertThat(centre.dy()).isEqualTo(3);
        assertThat(centre.guides()).contains(new Guide(true, 440, 288, 352), new Guide(false, 320, 400, 480));
        assertThat(guides.snap(new Bounds(700, 700, 10, 10), 6)).isEqualTo(GuideSnap.NONE);
    }

    @Test
    void findsTheSameSnapAsCheckingEveryNode() {
        Random random = new Random(42);
        List<Bounds> others = new ArrayList<>();
        for (int i = 0; i < 2000; i++) {
            others.add(new Bounds(Math.round(random.nextDouble() * 5000), Math.round(random.nextDouble() * 4000),
                    32 + random.nextInt(4) * 16, 32 + random.nextInt(4) * 16));
        }
        AlignmentGuides guides = AlignmentGuides.of(others);
        for (int i = 0; i < 500; i++) {
            Bounds moving = new Bounds(random.nextDouble() * 5000, random.nextDouble() * 4000, 64, 64);
            GuideSnap s = guides.snap(moving, 5);
            assertThat(Math.abs(s.dx())).isCloseTo(Math.abs(bruteForce(others, moving, 5, true)), within(1e-9));
            assertThat(Math.abs(s.dy())).isCloseTo(Math.abs(bruteForce(others, moving, 5, false)), within(1e-9));
            Bounds snapped = moving.translate(s.dx(), s.dy());
            for (Guide g : s.guides()) {
                double[] own = g.vertical() ? new double[] {snapped.x(), snapped.centerX(), snapped.maxX()}
                        : new double[] {snapped.y(), snapped.centerY(), snapped.maxY()};
                assertThat(own).contains(g.position());
            }
        }
    }

    private static double bruteForce(List<Bounds> others, Bounds moving, double tolerance, boolean x) {
        double best = 0;
        double bestAbs = Double.MAX_VALUE;
        double[] mine = x ? new double[] {moving.x(), moving.centerX(), moving.maxX()}
                : new double[] {moving.y(), moving.centerY(), moving.maxY()};
        for (Bounds o : others) {
            double[] theirs = x ? new double[] {o.x(), o.centerX(), o.maxX()} : new double[] {o.y(), o.centerY(), o.maxY()};
            for (double m : mine) {
                for (double t : theirs) {
                    double d = t - m;
                    if (Math.abs(d) <= tolerance && Math.abs(d) < bestAbs) {
                        best = d;
                        bestAbs = Math.abs(d);
                    }
                }
            }
        }
        return best;
    }

    @Test
    void aDragIgnoresWhatMovesWithItAndOverlayGroups() {
        Diagram d = Fixtures.sample();
        AlignmentGuides guides = AlignmentGuides.forDrag(d, List.of("pub-a"));
        assertThat(guides.size()).isEqualTo(d.nodeCount() - 3);   // pub-a, web, asg
        GuideSnap s = guides.snap(new Bounds(663, 260, 64, 64), 6);
        assertThat(s.dx()).as("web2 at x 660").isEqualTo(-3);
    }
}
