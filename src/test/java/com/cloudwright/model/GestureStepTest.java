package com.cloudwright.model;

import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class GestureStepTest {

    /** A follow-up of a drag, like the drop's re-parenting, that knows the drag's token. */
    private static final class FollowUp extends DiagramCommand implements GestureStep {
        private final Object gesture;
        private final String id;
        private final String parent;

        FollowUp(Object gesture, String id, String parent) {
            this.gesture = gesture;
            this.id = id;
            this.parent = parent;
        }

        @Override
        protected void perform(Edit edit) {
            edit.putNode(edit.diagram().requireNode(id).withParent(parent));
        }

        @Override
        public Object gesture() {
            return gesture;
        }

        @Override
        public String description() {
            return "follow-up";
        }
    }

    private static Diagram sample() {
        Diagram d = new Diagram("t", "us-east-1");
        d.history().execute(new AddNode(new Node("r1", "region", null, new Bounds(0, 0, 1000, 800), Props.EMPTY)));
        d.history().execute(new AddNode(new Node("web", "ec2", null, new Bounds(100, 100, 64, 64), Props.EMPTY)));
        d.history().markSaved();
        return d;
    }

    @Test
    void aStepOfTheSameGestureJoinsTheMovesUndoStep() {
        Diagram d = sample();
        Object drag = new Object();
        d.history().execute(new MoveNodes(Set.of("web"), 10, 0, drag));
        d.history().execute(new FollowUp(drag, "web", "r1"));
        assertThat(d.history().undoDescription()).contains("Move web");
        d.history().undo();
        assertThat(d.requireNode("web").parent()).isNull();
        assertThat(d.requireNode("web").bounds().x()).isEqualTo(100);
        assertThat(d.history().isDirty()).isFalse();
    }

    @Test
    void anotherGesturesStepStaysSeparate() {
        Diagram d = sample();
        d.history().execute(new MoveNodes(Set.of("web"), 10, 0, new Object()));
        d.history().execute(new FollowUp(new Object(), "web", "r1"));
        d.history().undo();
        assertThat(d.requireNode("web").parent()).isNull();
        assertThat(d.requireNode("web").bounds().x()).isEqualTo(110);
    }

    @Test
    void aGestureThatEndsWhereItStartedLeavesNoStepAndACleanDocument() {
        Diagram d = sample();
        Object drag = new Object();
        d.history().execute(new MoveNodes(Set.of("web"), 8, 0, drag));
        d.history().execute(new MoveNodes(Set.of("web"), -8, 0, drag));
        assertThat(d.history().undoDescription()).hasValueSatisfying(s -> assertThat(s).startsWith("Add"));
        assertThat(d.history().isDirty()).isFalse();
    }

    @Test
    void edgeLabelsAreRenamedAsOneStep() {
        Diagram d = sample();
        d.history().execute(new AddNode(new Node("db", "rds", null, new Bounds(300, 100, 64, 64), Props.EMPTY)));
        d.history().execute(new AddEdge(new Edge("e1", "web", "db")));
        d.history().execute(UpdateEdge.label("e1", "  3306 / MySQL "));
        assertThat(d.edge("e1").orElseThrow().label()).isEqualTo("3306 / MySQL");
        assertThat(d.history().undoDescription()).contains("Label connection");
        d.history().undo();
        assertThat(d.edge("e1").orElseThrow().label()).isNull();
        d.history().redo();
        d.history().execute(UpdateEdge.label("e1", " "));
        assertThat(d.edge("e1").orElseThrow().label()).as("blank clears").isNull();
    }
}
