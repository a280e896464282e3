package com.cloudwright.edit;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static com.cloudwright.edit.Fixtures.PALETTE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quick add draws global services and the internet side as AWS diagrams and the bundled examples
 * do: top-level, left of the Region, the users in the outer column, never overlapping each other.
 */
class OutsideRegionTest {

    private final Diagram d = Fixtures.sample();

    private Node add(String type, String selected, Bounds visible) {
        QuickAdd add = new QuickAdd(PALETTE, PALETTE.require(type), selected, visible);
        d.history().execute(add);
        return d.requireNode(add.addedId());
    }

    @Test
    void globalServicesAndUsersGoLeftOfTheRegionWhateverIsSelected() {
        Bounds region = d.requireNode("r1").bounds();
        List<Node> added = new ArrayList<>();
        added.add(add("cloudfront", "vpc", null));
        added.add(add("route53", "priv-a", null));
        added.add(add("waf", "r1", null));
        added.add(add("users", "web", null));
        added.add(add("cloudfront", null, new Bounds(0, 0, 1200, 800)));
        for (Node n : added) {
            assertThat(n.parent()).as(n.type() + " is top-level").isNull();
            assertThat(Containment.extent(n).maxX()).as(n.type() + " is left of the Region").isLessThan(region.x());
            assertThat(n.bounds().y()).as(n.type() + " is level with the Region")
                    .isBetween(region.y(), region.maxY());
        }
        for (int i = 0; i < added.size(); i++) {
            for (int j = i + 1; j < added.size(); j++) {
                assertThat(Containment.extent(added.get(i)).intersects(Containment.extent(added.get(j))))
                        .as(added.get(i).id() + " and " + added.get(j).id()).isFalse();
            }
        }
        Node users = added.get(3);
        assertThat(users.bounds().maxX()).as("users further out than the global services")
                .isLessThan(added.get(0).bounds().x());
    }

    @Test
    void withoutARegionTheyStayInTheView() {
        Diagram empty = new Diagram("e", "us-east-1", java.util.Map.of(), List.of(), List.of());
        QuickAdd add = new QuickAdd(PALETTE, PALETTE.require("route53"), null, new Bounds(100, 100, 800, 600));
        empty.history().execute(add);
        assertThat(new Bounds(100, 100, 800, 600).contains(empty.requireNode(add.addedId()).bounds())).isTrue();
    }

    @Test
    void regionalServicesAreUnchanged() {
        Node bucket = add("s3", "priv-a", null);
        assertThat(bucket.parent()).isEqualTo("r1");
    }
}
