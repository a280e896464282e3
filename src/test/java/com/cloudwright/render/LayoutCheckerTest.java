package com.cloudwright.render;

import com.cloudwright.io.BundledExamples;
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
 * The layout checker finds what it is meant to find, and every example measures zero by it: no
 * overlapping icons, nothing poking out of its container, no edge across a container's title or
 * an icon, no label on a title or an icon.
 */
class LayoutCheckerTest {

    private static final Palette PALETTE = Palette.bundled();

    private static Node node(String id, String type, String parent, double x, double y, double w, double h) {
        return new Node(id, type, parent, null, new Bounds(x, y, w, h), Props.EMPTY, Map.of());
    }

    @Test
    void findsOverlappingIconsIconsOutsideTheirParentAndEdgesAcrossTitlesAndIcons() {
        Diagram d = new Diagram("t", "us-east-1", Map.of(), List.of(
                node("vpc", "vpc", null, 0, 0, 600, 400),
                node("a", "ec2", "vpc", 40, 60, 64, 64),
                node("b", "ec2", "vpc", 80, 80, 64, 64),
                node("c", "s3", "vpc", 560, 300, 64, 64),
                node("d", "lambda", null, 300, -200, 64, 64),
                node("e", "sqs", null, 300, 600, 64, 64),
                node("mid", "sns", null, 300, 400 + 60, 64, 64)),
                List.of(new Edge("e1", "d", "e").withBends(List.of(new Point(332, 492)))));
        LayoutChecker.Report r = LayoutChecker.check(d, PALETTE);
        assertThat(r.iconOverlaps()).as(r.examples().toString()).isEqualTo(1);
        assertThat(r.outsideParent()).as("c pokes out of the VPC").isEqualTo(1);
        assertThat(r.edgesAcrossIcons()).as("d → e runs through mid").isEqualTo(1);
        assertThat(LayoutChecker.crosses(List.of(new Point(0, 10), new Point(100, 10)), new Bounds(40, 0, 20, 20))).isTrue();
        assertThat(LayoutChecker.crosses(List.of(new Point(0, 30), new Point(100, 30)), new Bounds(40, 0, 20, 20))).isFalse();
    }

    @Test
    void everyExampleIsMeasured() {
        StringBuilder figures = new StringBuilder();
        for (String f : BundledExamples.files()) {
            LayoutChecker.Report r = LayoutChecker.check(BundledExamples.read(PALETTE, f), PALETTE);
            figures.append("LAYOUT ").append(f).append(": ").append(r).append(" ").append(r.examples()).append('\n');
            assertThat(r.total()).as(f + ": " + r + " " + r.examples()).isZero();
        }
        System.out.print(figures);
    }
}
