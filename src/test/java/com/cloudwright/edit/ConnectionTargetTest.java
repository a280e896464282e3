package com.cloudwright.edit;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.render.Geometry;
import org.junit.jupiter.api.Test;

import static com.cloudwright.edit.Fixtures.PALETTE;
import static org.assertj.core.api.Assertions.assertThat;

/** A connection dropped inside an Auto Scaling group's outline reaches the group, not the subnet beneath. */
class ConnectionTargetTest {

    private final Diagram d = Fixtures.sample();
    private final Bounds outline = Geometry.shapeOf(d, d.requireNode("asg"));

    @Test
    void onTheGroupsLabelOrInsideItsOutlineTheGroupIsMeant() {
        double labelX = outline.x() + 30;
        double labelY = outline.y() + Geometry.GROUP_HEADER / 2;
        assertThat(ConnectionTarget.at(PALETTE, d, "users", "pub-a", labelX, labelY)).isEqualTo("asg");
        assertThat(ConnectionTarget.at(PALETTE, d, "users", "vpc", outline.centerX(), outline.centerY())).isEqualTo("asg");
    }

    @Test
    void aServiceHitIsKeptAndOutsideTheOutlineTheContainerIs() {
        assertThat(ConnectionTarget.at(PALETTE, d, "users", "web", 150, 230)).isEqualTo("web");
        assertThat(ConnectionTarget.at(PALETTE, d, "users", "priv-a", 300, 650)).isEqualTo("priv-a");
        assertThat(ConnectionTarget.at(PALETTE, d, "users", null, -500, -500)).isNull();
    }

    @Test
    void theGroupIsNotItsOwnTarget() {
        assertThat(ConnectionTarget.at(PALETTE, d, "asg", "pub-a", outline.centerX(), outline.centerY())).isEqualTo("pub-a");
    }
}
