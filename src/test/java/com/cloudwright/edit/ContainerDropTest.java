package com.cloudwright.edit;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import org.junit.jupiter.api.Test;

import java.util.List;

import static com.cloudwright.edit.Fixtures.PALETTE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dragged container lands where the pointer is, not where its centre happens to be, and a
 * subnet moved into an AZ that already holds subnets is put beside them, never on top of one.
 */
class ContainerDropTest {

    private final Diagram d = Fixtures.sample();

    @Test
    void aSubnetHeldByItsTitleGoesIntoTheZoneUnderThePointer() {
        // priv-b held at the left of its title and released over AZ a's right part: its centre is still over AZ b
        DragSession drag = DragSession.begin(d, PALETTE, List.of("priv-b")).grabbedAt(625, 410);
        DropPlan plan = drag.moveTo(-85, 0);
        assertThat(d.requireNode("priv-b").bounds().centerX()).as("the centre is over AZ b")
                .isGreaterThan(d.requireNode("azb").bounds().x());
        assertThat(plan.targets()).containsExactly("aza");
        drag.drop();
        Node moved = d.requireNode("priv-b");
        assertThat(moved.parent()).isEqualTo("aza");
        for (String sibling : new String[] {"pub-a", "priv-a"}) {
            assertThat(moved.bounds().intersects(d.requireNode(sibling).bounds()))
                    .as("beside %s, not on top of it: %s", sibling, moved.bounds()).isFalse();
        }
        assertThat(d.requireNode("aza").bounds().contains(moved.bounds())).isTrue();
        assertThat(d.history().undoDescription()).isPresent();
        d.history().undo();
        assertThat(d.requireNode("priv-b").parent()).isEqualTo("azb");
        assertThat(d.requireNode("priv-b").bounds()).isEqualTo(new Bounds(620, 400, 460, 300));
    }

    @Test
    void whatTheSubnetHoldsTravelsWithItWhenItIsPutBeside() {
        DragSession drag = DragSession.begin(d, PALETTE, List.of("pub-b")).grabbedAt(625, 150);
        drag.moveTo(-85, 300);
        drag.drop();
        Node moved = d.requireNode("pub-b");
        assertThat(moved.parent()).isEqualTo("aza");
        assertThat(moved.bounds().contains(d.requireNode("web2").bounds())).isTrue();
        assertThat(moved.bounds().intersects(d.requireNode("priv-a").bounds())).isFalse();
    }
}
