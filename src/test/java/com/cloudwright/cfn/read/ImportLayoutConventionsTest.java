package com.cloudwright.cfn.read;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.render.Geometry;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Imported templates drawn the way AWS reference diagrams are. */
class ImportLayoutConventionsTest {

    @Test
    void theInternetGatewaySitsOnTheVpcsLeftBorder() throws Exception {
        Diagram d = Samples.imported(Samples.VPC_NAT);
        Bounds vpc = d.requireNode("VPC").bounds();
        Bounds igw = d.requireNode("InternetGateway").bounds();
        assertThat(igw.centerX()).isEqualTo(vpc.x());
        assertThat(igw.y()).isBetween(vpc.y(), vpc.y() + 200);
        assertThat(d.requireNode("region").bounds().contains(Geometry.withLabel(d.requireNode("InternetGateway"))))
                .as("its label stays in the Region").isTrue();
    }

    @Test
    void loadBalancersAreCentredOverTheirZonesAndTheirSecurityGroupsDoNotCross() throws Exception {
        Diagram d = Samples.imported(Samples.ECS_PRIVATE);
        List<Node> azs = d.nodesOfType(NodeTypes.AVAILABILITY_ZONE);
        double left = azs.stream().mapToDouble(a -> a.bounds().x()).min().orElseThrow();
        double right = azs.stream().mapToDouble(a -> a.bounds().x() + a.bounds().w()).max().orElseThrow();
        Bounds pub = d.requireNode("PublicLoadBalancer").bounds();
        Bounds priv = d.requireNode("PrivateLoadBalancer").bounds();
        double middle = (pub.centerX() + priv.centerX()) / 2;
        assertThat(Math.abs(middle - (left + right) / 2)).as("the pair is centred over the AZs").isLessThan(1);
        List<Node> groups = d.nodes().stream().filter(n -> NodeTypes.SECURITY_GROUP.equals(n.type())
                && !d.members(n).isEmpty()).toList();
        assertThat(groups).hasSizeGreaterThanOrEqualTo(2);
        for (int i = 0; i < groups.size(); i++) {
            for (int j = i + 1; j < groups.size(); j++) {
                Bounds a = Geometry.shapeOf(d, groups.get(i));
                Bounds b = Geometry.shapeOf(d, groups.get(j));
                boolean shareMembers = d.members(groups.get(i)).stream().anyMatch(d.members(groups.get(j))::contains);
                if (!shareMembers) {
                    assertThat(a.intersects(b)).as(groups.get(i).id() + " and " + groups.get(j).id()).isFalse();
                }
            }
        }
        for (Node g : groups) {
            Bounds outline = Geometry.shapeOf(d, g);
            for (Node az : azs) {
                assertThat(outline.intersects(az.bounds())).as(g.id() + " reaches into " + az.id()).isFalse();
            }
        }
    }

    @Test
    void anEmptySubnetIsAStripNotARowOfIcons() throws Exception {
        Diagram d = Samples.imported(Samples.VPC_NAT);
        assertThat(d.requireNode("PrivateSubnet0").bounds().h()).isLessThan(d.requireNode("PublicSubnet0").bounds().h());
    }
}
