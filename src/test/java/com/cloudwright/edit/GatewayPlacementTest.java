package com.cloudwright.edit;

import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import org.junit.jupiter.api.Test;

import static com.cloudwright.edit.Fixtures.PALETTE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * An internet gateway (or a virtual private gateway) attaches to a whole VPC: added with a subnet
 * selected, or dropped over one, it goes on the VPC, clear of the Availability Zones.
 */
class GatewayPlacementTest {

    private final Diagram d = Fixtures.sample();

    @Test
    void quickAddWithAPrivateSubnetSelectedPutsTheInternetGatewayOnTheVpc() {
        QuickAdd add = new QuickAdd(PALETTE, PALETTE.require("internet-gateway"), "priv-a", null);
        d.history().execute(add);
        Node igw = d.requireNode(add.addedId());
        assertThat(igw.parent()).isEqualTo("vpc");
        for (String az : new String[] {"aza", "azb"}) {
            assertThat(Containment.extent(igw).intersects(d.requireNode(az).bounds())).as("clear of " + az).isFalse();
        }
        assertThat(d.requireNode("vpc").bounds().contains(igw.bounds())).isTrue();
    }

    @Test
    void quickAddWithAServiceInASubnetSelectedMeansTheVpcToo() {
        QuickAdd add = new QuickAdd(PALETTE, PALETTE.require("vpn-gateway"), "web", null);
        d.history().execute(add);
        assertThat(d.requireNode(add.addedId()).parent()).isEqualTo("vpc");
    }

    @Test
    void aGatewayDroppedOverASubnetLandsOnTheVpcOutsideTheZones() {
        Node igw = new Placer(PALETTE).create(d, PALETTE.require("internet-gateway"), 300, 550);
        assertThat(igw.parent()).isEqualTo("vpc");
        assertThat(igw.bounds().intersects(d.requireNode("aza").bounds())).isFalse();
        assertThat(new Placer(PALETTE).containerAt(d, "internet-gateway", 300, 550, java.util.Set.of()))
                .map(Node::id).as("what the drag highlights").contains("vpc");
    }

    @Test
    void theEditorRefusesAGatewayInsideASubnetOrZoneWithTheReason() {
        PlacementCheck check = new PlacementCheck(PALETTE);
        assertThat(check.placementProblem(d, "internet-gateway", "pub-a"))
                .contains("Internet gateway attaches to the whole VPC: it goes on the VPC itself, not inside a subnet or an Availability Zone");
        assertThat(check.placementProblem(d, "internet-gateway", "aza")).isPresent();
        assertThat(check.placementProblem(d, "internet-gateway", "vpc")).isEmpty();
        assertThat(check.placementProblem(d, "vpc-endpoint", "priv-a")).as("an endpoint may sit in a subnet").isEmpty();
    }

    @Test
    void theReasonReadsInKorean() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            java.util.Locale.setDefault(java.util.Locale.KOREAN);
            assertThat(new PlacementCheck(PALETTE).placementProblem(d, "internet-gateway", "pub-a").orElseThrow())
                    .contains("VPC 전체에 연결되므로").contains("서브넷이나 가용 영역");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }
}
