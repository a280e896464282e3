package com.cloudwright.edit;

import com.cloudwright.io.BundledExamples;
import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.model.Point;
import com.cloudwright.render.LayoutChecker;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static com.cloudwright.edit.Fixtures.PALETTE;
import static com.cloudwright.edit.Fixtures.oneStep;
import static org.assertj.core.api.Assertions.assertThat;

/** Tidy layout puts a messy diagram in order in one undo step, and a selection alone when one is given. */
class TidyUpTest {

    private static Diagram messy() {
        return MessyDiagrams.pileUp(BundledExamples.read(PALETTE, "05-highly-available-lamp.cwd.json"));
    }

    @Test
    void theMessIsMeasuredBeforeTidying() {
        LayoutChecker.Report r = LayoutChecker.check(messy(), PALETTE);
        assertThat(r.iconOverlaps()).as("the messy diagram really is messy").isGreaterThan(5);
    }

    @Test
    void tidyingTheWholeDiagramLeavesNothingForTheCheckerInOneUndoStep() {
        Diagram d = messy();
        Map<String, Bounds> before = positions(d);
        TidyUp tidy = new TidyUp(PALETTE, List.of());
        oneStep(d, () -> d.history().execute(tidy));
        assertThat(tidy.moved()).isGreaterThan(20);
        assertThat(tidy.description()).isEqualTo("Tidy layout (" + tidy.moved() + " nodes moved)");
        LayoutChecker.Report r = LayoutChecker.check(d, PALETTE);
        assertThat(r.total()).as(r + " " + r.examples()).isZero();
        for (Node n : d.nodes()) {
            if (NodeTypes.isContainer(n.type())) {
                assertThat(Containment.holdsChildren(d, n.id())).as(n.id() + " holds its children").isTrue();
            }
            if (n.parent() != null) {
                assertThat(n.parent()).as("parent kept").isEqualTo(messy().requireNode(n.id()).parent());
            }
        }
        assertThat(d.edges()).allSatisfy(e -> assertThat(e.bends()).as("bends drawn for the old places go").isEmpty());
        d.history().undo();
        assertThat(positions(d)).as("one undo puts every node back").isEqualTo(before);
        assertThat(d.edges().iterator().next().bends()).containsExactly(new Point(5, 5));
        assertThat(d.history().canUndo()).as("it was a single step").isFalse();
    }

    @Test
    void aSelectedSubnetIsTidiedAloneInPlace() {
        Diagram d = messy();
        String subnet = "web-a";
        Bounds corner = d.requireNode(subnet).bounds();
        Map<String, Bounds> before = positions(d);
        d.history().execute(new TidyUp(PALETTE, List.of(subnet)));
        Bounds after = d.requireNode(subnet).bounds();
        assertThat(after.x()).isEqualTo(corner.x());
        assertThat(after.y()).isEqualTo(corner.y());
        assertThat(Containment.holdsChildren(d, subnet)).isTrue();
        for (Node n : d.nodes()) {
            boolean inside = n.id().equals(subnet) || d.ancestors(n).stream().anyMatch(a -> a.id().equals(subnet));
            boolean around = d.descendants(n.id()).stream().anyMatch(c -> c.id().equals(subnet));
            if (!inside && !around) {
                assertThat(n.bounds()).as(n.id() + " is outside the selection").isEqualTo(before.get(n.id()));
            }
        }
    }

    @Test
    void aSelectedServiceMeansItsContainer() {
        Diagram d = messy();
        Map<String, Bounds> before = positions(d);
        d.history().execute(new TidyUp(PALETTE, List.of("igw")));
        List<Node> icons = d.descendants("vpc").stream()
                .filter(n -> !NodeTypes.isContainer(n.type()) && !NodeTypes.isOverlayGroup(n.type())).toList();
        assertThat(icons).hasSizeGreaterThan(8);
        for (int i = 0; i < icons.size(); i++) {
            for (int j = i + 1; j < icons.size(); j++) {
                assertThat(icons.get(i).bounds().intersects(icons.get(j).bounds()))
                        .as(icons.get(i).id() + " and " + icons.get(j).id() + " apart").isFalse();
            }
        }
        assertThat(d.requireNode("static").bounds()).as("outside the VPC nothing moves").isEqualTo(before.get("static"));
        assertThat(Containment.holdsChildren(d, "region")).isTrue();
    }

    private static Map<String, Bounds> positions(Diagram d) {
        Map<String, Bounds> out = new HashMap<>();
        d.nodes().forEach(n -> out.put(n.id(), n.bounds()));
        return out;
    }
}
