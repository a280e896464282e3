package com.cloudwright.model;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HistoryTest {

    private static Diagram sample() {
        Diagram d = new Diagram("t", "us-east-1");
        History h = d.history();
        h.execute(new AddNode(new Node("r1", "region", null, new Bounds(0, 0, 1000, 800), Props.EMPTY)));
        h.execute(new AddNode(new Node("vpc", "vpc", "r1", new Bounds(20, 20, 900, 700), Props.of("cidr", "10.0.0.0/16"))));
        h.execute(new AddNode(new Node("web", "ec2", "vpc", new Bounds(100, 100, 64, 64), Props.EMPTY)));
        h.execute(new AddNode(new Node("db", "rds", "vpc", new Bounds(300, 100, 64, 64), Props.EMPTY)));
        h.execute(new AddEdge(new Edge("e1", "web", "db")));
        h.markSaved();
        return d;
    }

    @Test
    void undoAndRedoRestoreExactly() {
        Diagram d = sample();
        Node before = d.requireNode("db");
        d.history().execute(new SetNodeProperty("db", "multiAz", true));
        assertThat(d.requireNode("db").props().bool("multiAz", false)).isTrue();
        assertThat(d.history().isDirty()).isTrue();
        assertThat(d.history().undoDescription()).contains("Change multiAz of db");

        d.history().undo();
        assertThat(d.requireNode("db")).isEqualTo(before);
        assertThat(d.history().isDirty()).isFalse();

        d.history().redo();
        assertThat(d.requireNode("db").props().get("multiAz")).isEqualTo(true);
    }

    @Test
    void movingAContainerMovesItsContentsAndDragsMergeIntoOneStep() {
        Diagram d = sample();
        Object drag = new Object();
        d.history().execute(new MoveNodes(Set.of("vpc"), 10, 0, drag));
        d.history().execute(new MoveNodes(Set.of("vpc"), 5, 5, drag));
        assertThat(d.requireNode("web").bounds().x()).isEqualTo(115);
        assertThat(d.requireNode("vpc").bounds().y()).isEqualTo(25);
        assertThat(d.requireNode("r1").bounds().x()).isZero();

        d.history().undo();
        assertThat(d.requireNode("web").bounds().x()).isEqualTo(100);
        assertThat(d.requireNode("vpc").bounds().y()).isEqualTo(20);
        assertThat(d.history().isDirty()).isFalse();
    }

    @Test
    void separateMovesAreSeparateSteps() {
        Diagram d = sample();
        d.history().execute(new MoveNodes(Set.of("web"), 10, 0, null));
        d.history().execute(new MoveNodes(Set.of("web"), 10, 0, null));
        d.history().undo();
        assertThat(d.requireNode("web").bounds().x()).isEqualTo(110);
    }

    @Test
    void mergingIntoTheSavedStepMakesTheDocumentDirty() {
        Diagram d = sample();
        Object drag = new Object();
        d.history().execute(new MoveNodes(Set.of("web"), 1, 0, drag));
        d.history().markSaved();
        d.history().execute(new MoveNodes(Set.of("web"), 1, 0, drag));
        assertThat(d.history().isDirty()).isTrue();
    }

    @Test
    void deletingAContainerTakesContentsEdgesAndMemberships() {
        Diagram d = sample();
        d.history().execute(new AddNode(new Node("asg", "auto-scaling-group", null, new Bounds(0, 0, 10, 10),
                Props.of("members", List.of("web", "db")))));
        d.history().execute(new RemoveElements(Set.of("web")));
        assertThat(d.node("web")).isEmpty();
        assertThat(d.edges()).isEmpty();
        assertThat(d.requireNode("asg").props().strings("members")).containsExactly("db");
        assertThat(d.groupsOf("db")).extracting(Node::id).containsExactly("asg");

        d.history().execute(new RemoveElements(Set.of("r1")));
        assertThat(d.nodes()).extracting(Node::id).containsExactly("asg");

        d.history().undo();
        d.history().undo();
        assertThat(d.nodeCount()).isEqualTo(5);
        assertThat(d.edgesFrom("web")).extracting(Edge::id).containsExactly("e1");
        assertThat(d.requireNode("asg").props().strings("members")).containsExactly("web", "db");
        assertThat(d.children("vpc")).extracting(Node::id).containsExactlyInAnyOrder("web", "db");
    }

    @Test
    void listenersHearWhatChangedOncePerStep() {
        Diagram d = sample();
        List<DiagramChange> heard = new ArrayList<>();
        d.addListener(heard::add);
        long before = d.revision();
        d.history().execute(new MoveNodes(Set.of("vpc"), 1, 1, null));
        d.history().undo();
        assertThat(heard).hasSize(2);
        assertThat(heard.get(0).nodeIds()).containsExactlyInAnyOrder("vpc", "web", "db");
        assertThat(d.revision()).isEqualTo(before + 2);
    }

    @Test
    void aCommandThatChangesNothingIsNotAStep() {
        Diagram d = sample();
        d.history().execute(new SetNodeProperty("db", "engine", null));
        assertThat(d.history().undoDescription()).hasValueSatisfying(s -> assertThat(s).startsWith("Connect"));
    }

    @Test
    void editsMustNotNest() {
        Diagram d = sample();
        d.addListener(change -> d.history().execute(new SetLabel("web", "nested")));
        assertThatThrownBy(() -> d.history().execute(new SetLabel("db", "x")))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void reparentingRefusesCycles() {
        Diagram d = sample();
        assertThatThrownBy(() -> d.history().execute(new SetParent(Set.of("r1"), "vpc")))
                .hasMessageContaining("inside itself");
        assertThat(d.requireNode("r1").parent()).isNull();
        d.history().execute(new SetParent(Set.of("web"), "r1"));
        assertThat(d.vpcOf(d.requireNode("web"))).isEmpty();
        assertThat(d.enclosing(d.requireNode("web"), NodeTypes.REGION)).map(Node::id).contains("r1");
    }

    @Test
    void queriesFollowTheTree() {
        Diagram d = sample();
        Node web = d.requireNode("web");
        assertThat(d.ancestors(web)).extracting(Node::id).containsExactly("vpc", "r1");
        assertThat(d.vpcOf(web)).map(Node::id).contains("vpc");
        assertThat(d.subnetOf(web)).isEmpty();
        assertThat(d.descendants("r1")).extracting(Node::id).containsExactly("vpc", "web", "db");
        assertThat(d.nodesOfType("ec2")).extracting(Node::id).containsExactly("web");
        assertThat(d.edgesTo("db")).extracting(Edge::from).containsExactly("web");
        assertThat(d.freshId("web")).isEqualTo("web-2");
    }
}
