package com.cloudwright.edit;

import com.cloudwright.model.Diagram;
import com.cloudwright.model.Point;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.cloudwright.edit.Fixtures.state;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class BendSessionTest {

    private final Diagram d = Fixtures.sample();
    /** An elbow: right from the source, then down to the target. */
    private final List<Point> route = List.of(new Point(0, 0), new Point(100, 0), new Point(100, 100));

    @Test
    void aMiddleOfTheRouteMovesAcrossItsDirectionAndItsNeighboursFollow() {
        // the vertical segment moved right to x=150: the corner before it moves along with it
        assertThat(BendSession.bendsFor(List.of(new Point(0, 0), new Point(100, 0), new Point(100, 100),
                new Point(200, 100)), 1, 150, 50))
                .containsExactly(new Point(150, 0), new Point(150, 100));
    }

    @Test
    void anEndSegmentKeepsAStubAtItsNode() {
        assertThat(BendSession.bendsFor(route, 0, 50, 40))
                .containsExactly(new Point(16, 0), new Point(16, 40), new Point(100, 40));
        assertThat(BendSession.bendsFor(route, 1, 130, 50))
                .containsExactly(new Point(130, 0), new Point(130, 84), new Point(100, 84));
    }

    @Test
    void everyFrameOfOneBendIsOneUndoStep() {
        Map<String, Object> before = state(d);
        BendSession bend = BendSession.begin(d, "e3", route, 0);
        bend.moveTo(50, 20);
        bend.moveTo(50, 40);
        assertThat(d.edge("e3").orElseThrow().bends())
                .containsExactly(new Point(16, 0), new Point(16, 40), new Point(100, 40));
        d.history().undo();
        assertThat(state(d)).isEqualTo(before);
        assertThat(d.history().canUndo()).isFalse();
    }

    @Test
    void aSegmentMustBeInTheRoute() {
        assertThatThrownBy(() -> BendSession.begin(d, "e3", route, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> BendSession.begin(d, "nope", route, 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
