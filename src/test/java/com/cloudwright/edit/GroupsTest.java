package com.cloudwright.edit;

import com.cloudwright.model.AddNode;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import com.cloudwright.render.Geometry;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.cloudwright.edit.Fixtures.PALETTE;
import static com.cloudwright.edit.Fixtures.icon;
import static com.cloudwright.edit.Fixtures.oneStep;
import static com.cloudwright.edit.Fixtures.state;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class GroupsTest {

    private final Diagram d = Fixtures.sample();

    @Test
    void anAutoScalingGroupOfInstancesInTwoAzsStartsWithThePaletteSizes() {
        d.history().execute(new com.cloudwright.model.RemoveElements(java.util.Set.of("asg")));
        GroupAs group = new GroupAs(PALETTE, "auto-scaling-group", List.of("web", "web2"));
        oneStep(d, () -> d.history().execute(group));
        Node asg = d.requireNode(group.groupId());
        assertThat(asg.id()).isEqualTo("auto-scaling-group");
        assertThat(asg.parent()).isNull();
        assertThat(asg.props().asMap()).isEqualTo(Map.of("members", List.of("web", "web2"), "min", 2L, "max", 4L, "desired", 2L));
        assertThat(asg.bounds()).isEqualTo(Geometry.shapeOf(d, asg));
        assertThat(d.groupsOf("web2")).extracting(Node::id).containsExactly("auto-scaling-group");
        assertThat(d.history().undoDescription()).contains("New Auto Scaling group around 2 nodes");
    }

    @Test
    void desiredIsTheMemberCountWithinMinAndMax() {
        d.history().execute(new AddNode(icon("web3", "ec2", "pub-a", 260, 200)));
        d.history().execute(new AddNode(icon("web4", "ec2", "pub-b", 800, 200)));
        d.history().execute(new AddNode(icon("web5", "ec2", "pub-b", 940, 200)));
        GroupAs five = new GroupAs(PALETTE, "auto-scaling-group", List.of("web", "web2", "web3", "web4", "web5"));
        d.history().execute(five);
        assertThat(d.requireNode(five.groupId()).props().asMap()).containsEntry("min", 2L).containsEntry("max", 5L)
                .containsEntry("desired", 5L);
        GroupAs one = new GroupAs(PALETTE, "auto-scaling-group", List.of("web3"));
        d.history().execute(one);
        assertThat(d.requireNode(one.groupId()).props().asMap()).containsEntry("min", 1L).containsEntry("max", 4L)
                .containsEntry("desired", 1L);
    }

    @Test
    void aSecurityGroupHoldsAnyServices() {
        GroupAs sg = new GroupAs(PALETTE, "security-group", List.of("web", "db"));
        oneStep(d, () -> d.history().execute(sg));
        assertThat(d.requireNode("security-group").props().asMap()).isEqualTo(Map.of("members", List.of("web", "db")));
    }

    @Test
    void onlyServicesOfTheRightTypeMayBeMembers() {
        Map<String, Object> before = state(d);
        assertThatThrownBy(() -> d.history().execute(new GroupAs(PALETTE, "security-group", List.of("web", "pub-a"))))
                .isInstanceOf(EditRefusedException.class)
                .hasMessage("pub-a is a container: only services can be members of this Security group");
        assertThatThrownBy(() -> d.history().execute(new GroupAs(PALETTE, "auto-scaling-group", List.of("web", "db"))))
                .hasMessage("db (Amazon RDS) cannot join this Auto Scaling group: it holds Amazon EC2 only");
        assertThatThrownBy(() -> d.history().execute(new GroupAs(PALETTE, "security-group", List.of("users"))))
                .hasMessage("users is outside AWS: only services can be members of this Security group");
        assertThatThrownBy(() -> d.history().execute(new GroupAs(PALETTE, "security-group", List.of("asg"))))
                .hasMessage("asg is itself a group: only services can be members of this Security group");
        assertThatThrownBy(() -> d.history().execute(new GroupAs(PALETTE, "ec2", List.of("web"))))
                .hasMessageContaining("is not an overlay group");
        assertThatThrownBy(() -> d.history().execute(new GroupAs(PALETTE, "security-group", List.of())))
                .hasMessage("Select the services that go in the Security group first");
        assertThat(state(d)).isEqualTo(before);
    }

    @Test
    void ungroupTurnsEdgesOfTheGroupIntoEdgesToEachMember() {
        d.history().execute(new com.cloudwright.model.AddEdge(new Edge("e9", "users", "asg").withLabel("80")));
        d.history().execute(new com.cloudwright.model.AddEdge(new Edge("e10", "asg", "db")));
        oneStep(d, () -> d.history().execute(new Ungroup("asg")));
        assertThat(d.node("asg")).isEmpty();
        assertThat(d.edgesFrom("users")).extracting(Edge::to, Edge::label).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple("web", null),
                org.assertj.core.groups.Tuple.tuple("web2", "80"));
        assertThat(d.edgesFrom("web")).extracting(Edge::to).containsExactly("db");
        assertThat(d.edgesFrom("web2")).extracting(Edge::to).containsExactly("db");
        assertThat(d.requireNode("web").parent()).isEqualTo("pub-a");
        assertThat(d.history().undoDescription()).contains("Ungroup asg");
        assertThatThrownBy(() -> d.history().execute(new Ungroup("web"))).isInstanceOf(EditRefusedException.class);
    }

    @Test
    void membersComeAndGoAndDesiredFollowsWhileItMatched() {
        d.history().execute(new AddNode(icon("web3", "ec2", "pub-a", 260, 200)));
        oneStep(d, () -> d.history().execute(new AddMembers(PALETTE, "asg", List.of("web3", "web"))));
        Node asg = d.requireNode("asg");
        assertThat(asg.props().strings("members")).containsExactly("web", "web2", "web3");
        assertThat(asg.props().integer("desired", 0)).isEqualTo(3);
        assertThat(asg.props().integer("max", 0)).isEqualTo(4);

        oneStep(d, () -> d.history().execute(new RemoveMembers(PALETTE, "asg", List.of("web", "web2", "web3"))));
        asg = d.requireNode("asg");
        assertThat(asg.props().strings("members")).isEmpty();
        assertThat(asg.props().asMap()).containsEntry("desired", 0L).containsEntry("min", 0L);

        assertThatThrownBy(() -> d.history().execute(new AddMembers(PALETTE, "asg", List.of("s3"))))
                .hasMessage("s3 (Amazon S3) cannot join this Auto Scaling group: it holds Amazon EC2 only");
    }

    @Test
    void aDesiredCapacityChangedByHandIsLeftAlone() {
        d.history().execute(new com.cloudwright.model.SetNodeProperty("asg", "desired", 3));
        d.history().execute(new AddNode(icon("web3", "ec2", "pub-a", 260, 200)));
        d.history().execute(new AddMembers(PALETTE, "asg", List.of("web3")));
        assertThat(d.requireNode("asg").props().integer("desired", 0)).isEqualTo(3);
    }
}
