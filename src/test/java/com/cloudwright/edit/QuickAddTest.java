package com.cloudwright.edit;

import com.cloudwright.model.net.SubnetAllocator;
import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.palette.PaletteEntry;
import com.cloudwright.model.Props;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.cloudwright.edit.Fixtures.PALETTE;
import static com.cloudwright.edit.Fixtures.bounds;
import static com.cloudwright.edit.Fixtures.oneStep;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class QuickAddTest {

    private final Diagram d = Fixtures.sample();

    @Test
    void theNextBlockOfTheSelectedVpcFollowsItsSubnets() {
        assertThat(SubnetAllocator.nextInVpc(d, "vpc").cidr()).contains("10.0.5.0/24");
    }

    @Test
    void aNewSubnetInAnAzGetsTheNextBlockOfItsVpcAtAFreeSpot() {
        d.history().execute(new com.cloudwright.model.SetBounds("aza", new Bounds(60, 100, 500, 740), null));
        QuickAdd add = new QuickAdd(PALETTE, PALETTE.require("subnet"), "aza", null);
        oneStep(d, () -> d.history().execute(add));
        Node subnet = d.requireNode(add.addedId());
        assertThat(subnet.id()).isEqualTo("subnet");
        assertThat(subnet.parent()).isEqualTo("aza");
        assertThat(subnet.props().string("cidr")).contains("10.0.5.0/24");
        assertThat(subnet.props().bool("public", true)).isFalse();
        assertThat(Containment.holdsChildren(d, "aza")).isTrue();
        assertThat(d.children("aza")).filteredOn(n -> !n.id().equals("subnet"))
                .allSatisfy(n -> assertThat(Containment.extent(n).intersects(subnet.bounds())).isFalse());
        assertThat(d.history().undoDescription()).contains("Add Subnet");
    }

    @Test
    void aServiceTypedByWhatItIsForKeepsThatLabel() {
        PaletteEntry ec2 = PALETTE.require("ec2");
        QuickAdd add = new QuickAdd(PALETTE, ec2, "priv-a", null).labelled(ec2.labelFor("web server").orElseThrow());
        oneStep(d, () -> d.history().execute(add));
        assertThat(d.requireNode(add.addedId()).label()).isEqualTo("Web server");
        assertThat(d.history().undoDescription()).contains("Add Web server");
    }

    @Test
    void typingPublicSubnetAddsAPublicSubnet() {
        d.history().execute(new com.cloudwright.model.SetBounds("aza", new Bounds(60, 100, 500, 740), null));
        PaletteEntry subnetEntry = PALETTE.require("subnet");
        QuickAdd add = new QuickAdd(PALETTE, subnetEntry, "aza", null, subnetEntry.presetFor("public sub"));
        oneStep(d, () -> d.history().execute(add));
        Node subnet = d.requireNode(add.addedId());
        assertThat(subnet.props().bool("public", false)).isTrue();
        assertThat(subnet.props().bool("mapPublicIpOnLaunch", false)).isTrue();
        assertThat(subnet.props().string("cidr")).as("and still the next block").contains("10.0.5.0/24");
        d.history().undo();
        assertThat(d.node(add.addedId())).isEmpty();
    }

    @Test
    void anotherAvailabilityZoneTakesTheNextZoneLetterOfItsVpc() {
        QuickAdd add = new QuickAdd(PALETTE, PALETTE.require("availability-zone"), "vpc", null);
        oneStep(d, () -> d.history().execute(add));
        Node az = d.requireNode(add.addedId());
        assertThat(az.parent()).isEqualTo("vpc");
        assertThat(az.props().string("zone")).contains("c");
        Bounds azb = d.requireNode("azb").bounds();
        assertThat(az.bounds().x()).as("beside the other zones, as AWS draws them").isGreaterThan(azb.maxX());
        assertThat(az.bounds().y()).isEqualTo(Grid.snapUp(azb.y(), Grid.DEFAULT));
    }

    @Test
    void aServiceGoesIntoTheSelectedSubnetBesideWhatIsThere() {
        QuickAdd add = new QuickAdd(PALETTE, PALETTE.require("ec2"), "pub-a", null);
        oneStep(d, () -> d.history().execute(add));
        Node ec2 = d.requireNode("ec2");
        assertThat(ec2.parent()).isEqualTo("pub-a");
        assertThat(ec2.bounds().x() % 20).isZero();
        assertThat(ec2.bounds().y() % 20).isZero();
        assertThat(Containment.extent(ec2).intersects(Containment.extent(d.requireNode("web")).inflate(FreeSpot.GAP / 2 - 0.01)))
                .isFalse();
        assertThat(Containment.interior(bounds(d, "pub-a")).contains(Containment.extent(ec2))).isTrue();
        // the Auto Scaling group around web and web2 spans pub-a's row: the new server goes below
        // its outline (where it cannot pass for a member) and the subnet grows; web's label widens it on the left
        assertThat(Containment.extent(ec2).intersects(com.cloudwright.render.Geometry.shapeOf(d, d.requireNode("asg")))).isFalse();
        assertThat(bounds(d, "pub-a")).isEqualTo(new Bounds(72, 140, 468, 318));
    }

    @Test
    void selectingAServiceMeansItsContainerAndAForbiddenContainerMeansTheNearestAllowedOne() {
        assertThat(QuickAdd.containerFor(PALETTE, d, PALETTE.require("rds"), "web").id()).isEqualTo("pub-a");
        assertThat(QuickAdd.containerFor(PALETTE, d, PALETTE.require("s3"), "web").id()).isEqualTo("r1");
        assertThat(QuickAdd.containerFor(PALETTE, d, PALETTE.require("cloudfront"), "priv-a").id())
                .as("a global service stands outside the Region").isNull();
        assertThat(QuickAdd.containerFor(PALETTE, d, PALETTE.require("auto-scaling-group"), "pub-a").id()).isNull();
        QuickAdd.Container none = QuickAdd.containerFor(PALETTE, d, PALETTE.require("ec2"), "users");
        assertThat(none.problem()).contains("Amazon EC2 lives in a subnet");

        QuickAdd s3 = new QuickAdd(PALETTE, PALETTE.require("s3"), "priv-a", null);
        d.history().execute(s3);
        Node bucket = d.requireNode(s3.addedId());
        assertThat(bucket.parent()).isEqualTo("r1");
        assertThat(Containment.extent(bucket).intersects(bounds(d, "vpc"))).isFalse();
        assertThat(Containment.holdsChildren(d, "r1")).isTrue();
    }

    @Test
    void withNothingSelectedAServiceGoesInTheVisibleArea() {
        QuickAdd add = new QuickAdd(PALETTE, PALETTE.require("cloudfront"), null, new Bounds(1400, 0, 800, 600));
        d.history().execute(add);
        Node cf = d.requireNode(add.addedId());
        assertThat(cf.parent()).isNull();
        assertThat(new Bounds(1400, 0, 800, 600).contains(cf.bounds())).isTrue();
        assertThat(Containment.extent(cf).intersects(Containment.extent(d.requireNode("users")))).isFalse();

        assertThatThrownBy(() -> d.history().execute(new QuickAdd(PALETTE, PALETTE.require("ec2"), null, null)))
                .isInstanceOf(EditRefusedException.class).hasMessage("Amazon EC2 lives in a subnet");
    }

    @Test
    void aFullContainerTakesTheNewNodeBelowItsContentsAndGrows() {
        Diagram tiny = new Diagram("t", "us-east-1", Map.of(), List.of(
                Fixtures.node("s", "subnet", null, 0, 0, 160, 160, Props.EMPTY),
                Fixtures.icon("a", "ec2", "s", 40, 40)), List.of());
        Bounds spot = FreeSpot.find(tiny, "s", "ec2", 64, 64, null, 20);
        assertThat(spot.y()).isGreaterThanOrEqualTo(Containment.extent(tiny.requireNode("a")).maxY() + FreeSpot.GAP);
        assertThat(spot.x() % 20).isZero();
    }

    @Test
    void aNewServiceNeverLandsInsideAnAutoScalingGroupsOutline() {
        List<Node> nodes = new java.util.ArrayList<>(d.nodes());
        nodes.add(Fixtures.icon("a", "ec2", "priv-a", 220, 460));
        nodes.add(Fixtures.icon("b", "ec2", "priv-a", 420, 460));
        nodes.add(Fixtures.node("group", "auto-scaling-group", null, 0, 0, 10, 10, Props.of("members", List.of("a", "b"))));
        Diagram web = new Diagram("t", "us-east-1", Map.of(), nodes, d.edges());
        QuickAdd add = new QuickAdd(PALETTE, PALETTE.require("rds"), "priv-a", null);
        web.history().execute(add);
        Node db = web.requireNode(add.addedId());
        assertThat(db.parent()).isEqualTo("priv-a");
        assertThat(Containment.extent(db).intersects(com.cloudwright.render.Geometry.shapeOf(web, web.requireNode("group"))))
                .as("RDS at %s, the group's outline %s", db.bounds(), com.cloudwright.render.Geometry.shapeOf(web, web.requireNode("group")))
                .isFalse();
    }
}
