package com.cloudwright.ui.canvas;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.model.Props;
import com.cloudwright.palette.Palette;
import com.cloudwright.render.Geometry;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Hit testing by what the user sees: a subnet's title stays its own where a group's outline crosses it. */
class HitTesterTest {

    private final HitTester hits = new HitTester(Palette.bundled());
    private final Diagram d = new Diagram("t", "us-east-1", Map.of(), List.of(
            new Node("s", "subnet", null, new Bounds(0, 0, 400, 200), Props.of("public", false)),
            new Node("a", "ec2", "s", new Bounds(40, 30, 64, 64), Props.EMPTY),
            new Node("b", "ec2", "s", new Bounds(200, 30, 64, 64), Props.EMPTY),
            new Node("g", "auto-scaling-group", null, new Bounds(0, 0, 10, 10), Props.of("members", List.of("a", "b")))),
            List.of());

    @Test
    void theSubnetsTitleGrabsTheSubnetWhereTheGroupsHeaderCrossesIt() {
        Bounds outline = Geometry.shapeOf(d, d.requireNode("g"));
        assertThat(outline.y()).as("the fixture: the group's header lies on the subnet's title").isLessThan(10);
        assertThat(hits.at(d, 150, 10, 3)).isEqualTo("s");
    }

    @Test
    void theGroupKeepsItsIconAndItsOutlineBelowTheTitle() {
        Bounds outline = Geometry.shapeOf(d, d.requireNode("g"));
        assertThat(hits.at(d, outline.x() + 6, Math.max(outline.y() + 4, 1), 3)).isEqualTo("g");
        assertThat(hits.at(d, outline.x(), outline.centerY() + 20, 3)).as("its left border").isEqualTo("g");
        assertThat(hits.at(d, 300, 150, 3)).as("the subnet's body").isEqualTo("s");
    }
}
