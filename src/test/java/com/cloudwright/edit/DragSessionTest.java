package com.cloudwright.edit;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.MoveNodes;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.cloudwright.edit.Fixtures.PALETTE;
import static com.cloudwright.edit.Fixtures.bounds;
import static com.cloudwright.edit.Fixtures.state;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DragSessionTest {

    private final Diagram d = Fixtures.sample();

    @Test
    void aDropIntoAnotherSubnetReparentsInTheDragsOneUndoStep() {
        Map<String, Object> before = state(d);
        DragSession drag = DragSession.begin(d, PALETTE, List.of("web"));
        drag.moveTo(0, 100);
        drag.moveTo(0, 250);
        DropPlan preview = drag.moveTo(0, 300);
        assertThat(preview.targets()).containsExactly("priv-a");
        assertThat(preview.refused()).isFalse();

        DropPlan result = drag.drop();
        assertThat(result.refused()).isFalse();
        assertThat(d.requireNode("web").parent()).isEqualTo("priv-a");
        assertThat(bounds(d, "web")).isEqualTo(new Bounds(120, 500, 64, 64));
        // Tall enough already; 8 px wider on the left, where the label of web (at x=120) overhangs.
        assertThat(bounds(d, "priv-a")).isEqualTo(new Bounds(72, 400, 468, 300));
        assertThat(d.history().undoDescription()).contains("Move web");
        Map<String, Object> after = state(d);

        d.history().undo();
        assertThat(state(d)).isEqualTo(before);
        assertThat(d.history().canUndo()).as("drag and drop were one step").isFalse();
        d.history().redo();
        assertThat(state(d)).isEqualTo(after);
    }

    @Test
    void theReceivingContainerAndItsAncestorsGrowToShowTheChildWhole() {
        DragSession drag = DragSession.begin(d, PALETTE, List.of("web"));
        drag.moveTo(380, 440);   // web at (500, 640): centre inside priv-a, icon and label past its corner
        drag.drop();
        assertThat(d.requireNode("web").parent()).isEqualTo("priv-a");
        Bounds label = Containment.extent(d.requireNode("web"));
        // The left edge gives way to db's label (x=120) too, as a fit would.
        assertThat(bounds(d, "priv-a")).isEqualTo(new Bounds(72, 400,
                label.maxX() + Containment.PADDING - 72, label.maxY() + Containment.PADDING - 400));
        assertThat(bounds(d, "aza").maxX()).isEqualTo(bounds(d, "priv-a").maxX() + Containment.PADDING);
        assertThat(bounds(d, "aza").maxY()).as("tall enough already").isEqualTo(800);
        for (String id : List.of("priv-a", "aza", "vpc", "r1")) {
            assertThat(Containment.holdsChildren(d, id)).as(id).isTrue();
        }
        d.history().undo();
        assertThat(state(d)).isEqualTo(state(Fixtures.sample()));
    }

    @Test
    void aForbiddenDropIsRefusedWithTheReasonAndPutsEverythingBackWithoutAStep() {
        Map<String, Object> before = state(d);
        DragSession drag = DragSession.begin(d, PALETTE, List.of("db"));
        DropPlan preview = drag.moveTo(1080, 240);   // db's centre in the Region, outside the VPC
        assertThat(preview.targets()).containsExactly("r1");
        assertThat(preview.refusal()).contains("Amazon RDS lives in a subnet, or in its VPC when it spans several subnets");

        DropPlan result = drag.drop();
        assertThat(result.refused()).isTrue();
        assertThat(state(d)).isEqualTo(before);
        assertThat(d.history().canUndo()).isFalse();
        assertThat(d.history().canRedo()).isFalse();
    }

    @Test
    void aRegionalServiceCannotBeDroppedIntoAVpc() {
        DragSession drag = DragSession.begin(d, PALETTE, List.of("s3"));
        drag.moveTo(-700, 400);  // into priv-b
        assertThat(drag.drop().refusal()).contains(
                "Amazon S3 is a regional service: it cannot sit inside a VPC — reach it privately through a VPC endpoint");
        assertThat(bounds(d, "s3")).isEqualTo(new Bounds(1200, 100, 64, 64));
        assertThat(d.requireNode("s3").parent()).isEqualTo("r1");
    }

    @Test
    void oneForbiddenLandingRefusesTheWholeSelection() {
        Map<String, Object> before = state(d);
        DragSession drag = DragSession.begin(d, PALETTE, List.of("web", "s3"));
        drag.moveTo(0, 300);    // web into priv-a (fine), s3 stays in the Region (fine)
        assertThat(drag.preview().refused()).isFalse();
        drag.moveTo(-560, 300); // s3 now lands in azb's private subnet
        assertThat(drag.drop().refused()).isTrue();
        assertThat(state(d)).isEqualTo(before);
    }

    @Test
    void aSubnetDraggedIntoTheOtherAzChangesAzAndBringsItsContents() {
        Diagram big = Fixtures.sample();
        DragSession drag = DragSession.begin(big, PALETTE, List.of("priv-a"));
        drag.moveTo(540, 100);   // priv-a's centre in azb (over priv-b: subnets do not nest)
        drag.drop();
        assertThat(big.requireNode("priv-a").parent()).isEqualTo("azb");
        assertThat(big.requireNode("db").parent()).isEqualTo("priv-a");
        // dropped over priv-b, it is put below it rather than on top of it, its contents along
        assertThat(bounds(big, "priv-a").intersects(bounds(big, "priv-b"))).isFalse();
        assertThat(bounds(big, "db")).isEqualTo(new Bounds(660, 780, 64, 64));
        assertThat(bounds(big, "azb").maxY()).isEqualTo(bounds(big, "priv-a").maxY() + Containment.PADDING);
        assertThat(Containment.holdsChildren(big, "azb")).isTrue();
        assertThat(Containment.holdsChildren(big, "vpc")).isTrue();
        assertThat(Containment.holdsChildren(big, "r1")).isTrue();
        big.history().undo();
        assertThat(state(big)).isEqualTo(state(Fixtures.sample()));
    }

    @Test
    void aDragBackToTheStartOrCancelledLeavesNoStep() {
        Map<String, Object> before = state(d);
        DragSession back = DragSession.begin(d, PALETTE, List.of("web"));
        back.moveTo(33.3, 17.1);
        back.moveTo(0, 0);
        back.drop();
        assertThat(d.history().canUndo()).isFalse();
        assertThat(state(d)).isEqualTo(before);

        DragSession cancelled = DragSession.begin(d, PALETTE, List.of("web", "db"));
        cancelled.moveTo(13.7, 300.3);
        cancelled.cancel();
        assertThat(state(d)).isEqualTo(before);
        assertThat(d.history().canUndo()).isFalse();
        assertThatThrownBy(() -> cancelled.moveTo(1, 1)).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void dragsMovingAGroupWithItsMembersKeepTheMembersWhereTheyAre() {
        DragSession drag = DragSession.begin(d, PALETTE, List.of("asg", "web", "web2"));
        drag.moveTo(10, 10);
        assertThat(drag.drop().landings()).extracting(Landing::nodeId).containsExactly("web", "web2");
        assertThat(d.requireNode("web").parent()).isEqualTo("pub-a");
        assertThat(d.requireNode("asg").parent()).isNull();
    }

    @Test
    void theCanvasMayRunItsOwnMovesWithTheGestureToken() {
        Object gesture = new Object();
        d.history().execute(new MoveNodes(Set.of("web"), 0, 150, gesture));
        d.history().execute(new MoveNodes(Set.of("web"), 0, 150, gesture));
        d.history().execute(new ReparentOnDrop(PALETTE, Set.of("web"), gesture));
        assertThat(d.requireNode("web").parent()).isEqualTo("priv-a");
        d.history().undo();
        assertThat(state(d)).isEqualTo(state(Fixtures.sample()));
        assertThat(d.history().canUndo()).isFalse();
    }

    @Test
    void aDropWithoutTheTokenIsAStepOfItsOwn() {
        d.history().execute(new MoveNodes(Set.of("web"), 0, 300, null));
        d.history().execute(new ReparentOnDrop(PALETTE, Set.of("web"), null));
        assertThat(d.history().undoDescription()).contains("Move web into priv-a");
        d.history().undo();
        assertThat(d.requireNode("web").parent()).isEqualTo("pub-a");
        assertThat(bounds(d, "web").y()).isEqualTo(500);
    }

    @Test
    void aRefusedDropCommandChangesNothing() {
        d.history().execute(new MoveNodes(Set.of("db"), 1080, 240, null));
        Map<String, Object> moved = state(d);
        assertThatThrownBy(() -> d.history().execute(new ReparentOnDrop(PALETTE, Set.of("db"), null)))
                .isInstanceOf(EditRefusedException.class)
                .hasMessageStartingWith("Amazon RDS lives in a subnet");
        assertThat(state(d)).isEqualTo(moved);
        assertThat(d.history().undoDescription()).contains("Move db");
    }
}
