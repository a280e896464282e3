package com.cloudwright.edit;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import com.cloudwright.model.Point;
import com.cloudwright.model.Props;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;

import static com.cloudwright.edit.Fixtures.bounds;
import static com.cloudwright.edit.Fixtures.icon;
import static com.cloudwright.edit.Fixtures.node;
import static com.cloudwright.edit.Fixtures.oneStep;
import static org.assertj.core.api.Assertions.assertThat;

class FitAlignTest {

    @Test
    void fitShrinksAContainerToItsChildrenWithPaddingAndHeader() {
        Diagram d = Fixtures.sample();
        oneStep(d, () -> d.history().execute(new FitToContents(List.of("priv-a"))));
        Bounds label = Containment.extent(d.requireNode("db"));   // (100, 460) – (204, 558)
        assertThat(bounds(d, "priv-a")).isEqualTo(new Bounds(label.x() - 20, label.y() - 40,
                Math.max(label.w() + 40, Containment.MIN_WIDTH), label.h() + 60));
        assertThat(d.history().undoDescription()).contains("Fit priv-a to its contents");
    }

    @Test
    void fitGrowsAContainerAndThenItsAncestors() {
        Diagram d = Fixtures.sample();
        // web sticks out of the bottom of its subnet, past the AZ too (as an imported file might)
        Node web = d.requireNode("web");
        d.history().execute(new com.cloudwright.model.SetBounds("web", web.bounds().translate(0, 560), null));
        oneStep(d, () -> d.history().execute(new FitToContents(List.of("pub-a"))));
        Bounds label = Containment.extent(d.requireNode("web"));
        assertThat(bounds(d, "pub-a").maxY()).isEqualTo(label.maxY() + 20);
        assertThat(bounds(d, "aza").maxY()).isEqualTo(bounds(d, "pub-a").maxY() + 20);
        assertThat(Containment.holdsChildren(d, "vpc")).isTrue();
        assertThat(Containment.holdsChildren(d, "r1")).isTrue();
    }

    @Test
    void fitWorksDeepestFirstAndLeavesEmptyContainersAlone() {
        Diagram d = Fixtures.sample();
        oneStep(d, () -> d.history().execute(new FitToContents(List.of("vpc", "aza", "pub-a", "priv-a", "priv-b"))));
        assertThat(bounds(d, "priv-b")).as("empty").isEqualTo(new Bounds(620, 400, 460, 300));
        Bounds pubA = bounds(d, "pub-a");
        Bounds privA = bounds(d, "priv-a");
        Bounds aza = bounds(d, "aza");
        assertThat(aza).isEqualTo(new Bounds(pubA.x() - 20, pubA.y() - 40, pubA.w() + 40, privA.maxY() + 20 - (pubA.y() - 40)));
        Bounds azb = bounds(d, "azb");
        double top = Math.min(aza.y(), azb.y()) - 40;
        assertThat(bounds(d, "vpc")).isEqualTo(new Bounds(aza.x() - 20, top,
                azb.maxX() + 20 - (aza.x() - 20), Math.max(aza.maxY(), azb.maxY()) + 20 - top));
    }

    private static Diagram row() {
        Diagram d = new Diagram("row", "us-east-1", Map.of(), List.of(
                node("sub", "subnet", null, 0, 0, 1000, 600, Props.EMPTY),
                icon("a", "ec2", "sub", 100, 100),
                node("b", "ec2", "sub", 300, 160, 80, 40, Props.EMPTY),
                icon("c", "ec2", "sub", 700, 130),
                icon("far", "lambda", "sub", 900, 500)),
                List.of(new Edge("e1", "a", "b").withBends(List.of(new Point(200, 300)))));
        return d;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(textBlock = """
            LEFT,   100, 100, 100, 160, 100, 130
            CENTER, 400, 100, 392, 160, 400, 130
            RIGHT,  700, 100, 684, 160, 700, 130
            TOP,    100, 100, 300, 100, 700, 100
            MIDDLE, 100, 118, 300, 130, 700, 118
            BOTTOM, 100, 136, 300, 160, 700, 136
            """)
    void alignLinesUpWithTheSelectionBox(Alignment how, double ax, double ay, double bx, double by, double cx, double cy) {
        Diagram d = row();
        oneStep(d, () -> d.history().execute(new AlignNodes(List.of("a", "b", "c"), how)));
        assertThat(bounds(d, "a")).isEqualTo(new Bounds(ax, ay, 64, 64));
        assertThat(bounds(d, "b")).isEqualTo(new Bounds(bx, by, 80, 40));
        assertThat(bounds(d, "c")).isEqualTo(new Bounds(cx, cy, 64, 64));
        assertThat(bounds(d, "far")).isEqualTo(new Bounds(900, 500, 64, 64));
        assertThat(d.edge("e1").orElseThrow().bends()).as("its ends moved apart").containsExactly(new Point(200, 300));
    }

    @Test
    void alignMovesContainersWithTheirContentsAndSkipsWhatIsInsideTheSelection() {
        Diagram d = Fixtures.sample();
        oneStep(d, () -> d.history().execute(new AlignNodes(List.of("pub-a", "pub-b", "web"), Alignment.LEFT)));
        assertThat(bounds(d, "pub-b").x()).isEqualTo(80);
        assertThat(bounds(d, "web2").x()).isEqualTo(660 - 540);
        assertThat(bounds(d, "web").x()).as("inside pub-a, which did not move").isEqualTo(120);
        assertThat(Containment.holdsChildren(d, "azb")).isTrue();
        assertThat(d.history().undoDescription()).contains("Align 2 nodes left");
    }

    @Test
    void distributeMakesEqualGapsKeepingTheEnds() {
        Diagram d = row();
        oneStep(d, () -> d.history().execute(new DistributeNodes(List.of("c", "a", "b"), Axis.HORIZONTAL)));
        // span 100..764, sizes 64 + 80 + 64 = 208: two gaps of 228
        assertThat(bounds(d, "a").x()).isEqualTo(100);
        assertThat(bounds(d, "b").x()).isEqualTo(100 + 64 + 228);
        assertThat(bounds(d, "c").x()).isEqualTo(700);
        assertThat(bounds(d, "b").y()).isEqualTo(160);

        oneStep(d, () -> d.history().execute(new DistributeNodes(List.of("a", "b", "c", "far"), Axis.VERTICAL)));
        // by centre: a (132), c (162), b (180), far (532); span 100..564, sizes 232: gaps 232 / 3
        double gap = (564 - 100 - 232) / 3.0;
        assertThat(bounds(d, "a").y()).isEqualTo(100);
        assertThat(bounds(d, "c").y()).isEqualTo(100 + 64 + gap);
        assertThat(bounds(d, "b").y()).isEqualTo(100 + 64 + gap + 64 + gap);
        assertThat(bounds(d, "far").y()).isEqualTo(500);
    }

    @Test
    void tooFewNodesIsNoStep() {
        Diagram d = row();
        d.history().execute(new AlignNodes(List.of("a"), Alignment.LEFT));
        d.history().execute(new DistributeNodes(List.of("a", "b"), Axis.VERTICAL));
        assertThat(d.history().canUndo()).isFalse();
    }

    @ParameterizedTest
    @CsvSource(textBlock = """
            0,     20, 0
            9.9,   20, 0
            10,    20, 20
            -11,   20, -20
            137.5, 20, 140
            137.5, 0,  137.5
            13,    8,  16
            """)
    void gridSnapRoundsToTheNearestLine(double value, double grid, double expected) {
        assertThat(Grid.snap(value, grid)).isEqualTo(expected);
    }
}
