package com.cloudwright.ui.canvas;

import com.cloudwright.ui.shell.AppTestBase;
import com.cloudwright.model.Bounds;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import javafx.geometry.Point2D;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editing gestures of an architect drawing live, driven by the real robot: moving into
 * containers (one undo step, refusals, cancel), alignment guides, clipboard, groups, arrange
 * commands and the Edit menu's step names.
 */
class EditorGesturesTest extends AppTestBase {

    private String vpc;
    private String az;
    private String publicSubnet;
    private String privateSubnet;
    private String web;
    private String db;

    @BeforeEach
    void aVpcWithTwoSubnets() {
        fx(() -> window.canvas().snapToGridProperty().set(false));
        vpc = add("vpc", 520, 380);
        az = add("availability-zone", 280, 400);
        publicSubnet = add("subnet", 280, 250);
        privateSubnet = add("subnet", 280, 500);
        web = add("ec2", 200, 270);
        db = add("rds", 200, 520);
        assertThat(diagram().requireNode(web).parent()).isEqualTo(publicSubnet);
        assertThat(diagram().requireNode(db).parent()).isEqualTo(privateSubnet);
        assertThat(diagram().requireNode(privateSubnet).parent()).isEqualTo(az);
        fx(() -> doc().selection().clear());
    }

    private String add(String type, double x, double y) {
        fx(() -> window.gestures().addAt(doc().palette().require(type), x, y));
        return doc().singleSelection();
    }

    private void shortcut(KeyCode key) {
        press(KeyCode.CONTROL).type(key).release(KeyCode.CONTROL);
    }

    private Point2D centre(String id) {
        Bounds b = diagram().requireNode(id).bounds();
        return onCanvas(b.centerX(), b.centerY());
    }

    @Test
    void draggingANodeIntoAnotherSubnetReparentsItInOneUndoStep() {
        Bounds before = diagram().requireNode(web).bounds();
        Point2D from = centre(web);
        drag(from, MouseButton.PRIMARY).moveTo(onCanvas(300, 400)).moveTo(onCanvas(360, 520))
                .release(MouseButton.PRIMARY);
        waitUntil(() -> privateSubnet.equals(diagram().requireNode(web).parent()));
        assertThat(diagram().requireNode(privateSubnet).bounds().contains(diagram().requireNode(web).bounds())).isTrue();
        assertThat(diagram().history().undoDescription()).hasValueSatisfying(d -> assertThat(d).startsWith("Move"));

        shortcut(KeyCode.Z);
        waitUntil(() -> publicSubnet.equals(diagram().requireNode(web).parent()));
        assertThat(diagram().requireNode(web).bounds()).isEqualTo(before);
        assertThat(diagram().history().undoDescription()).hasValueSatisfying(d -> assertThat(d).startsWith("Add"));
        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> privateSubnet.equals(diagram().requireNode(web).parent()));
    }

    @Test
    void aForbiddenDropIsRefusedWithTheReasonAndChangesNothing() {
        Bounds before = diagram().requireNode(web).bounds();
        String lastStep = diagram().history().undoDescription().orElseThrow();
        // Below both subnets, still in the Availability Zone: an instance belongs in a subnet.
        drag(centre(web), MouseButton.PRIMARY).moveTo(onCanvas(220, 600)).moveTo(onCanvas(200, 650))
                .release(MouseButton.PRIMARY);
        waitUntil(() -> doc().statusProperty().get().contains("subnet"));
        assertThat(diagram().requireNode(web).bounds()).isEqualTo(before);
        assertThat(diagram().requireNode(web).parent()).isEqualTo(publicSubnet);
        assertThat(diagram().history().undoDescription()).contains(lastStep);
    }

    @Test
    void escapeCancelsADragInProgress() {
        Bounds before = diagram().requireNode(web).bounds();
        drag(centre(web), MouseButton.PRIMARY).moveTo(onCanvas(300, 400)).moveTo(onCanvas(360, 520));
        type(KeyCode.ESCAPE);
        release(MouseButton.PRIMARY);
        waitUntil(() -> diagram().requireNode(web).bounds().equals(before));
        assertThat(diagram().requireNode(web).parent()).isEqualTo(publicSubnet);
        assertThat(diagram().history().undoDescription()).hasValueSatisfying(d -> assertThat(d).startsWith("Add"));
    }

    @Test
    void alignmentGuidesSnapToANeighbourWhileDragging() {
        String other = add("s3", 1200, 200);
        fx(() -> window.canvas().zoomToFit());
        Bounds target = diagram().requireNode(web).bounds();
        Bounds start = diagram().requireNode(other).bounds();
        // Drop it 4 px right of web's left edge (well inside the 6 px tolerance) and below the VPC.
        Point2D grab = centre(other);
        double dx = target.x() + 4 - start.x();
        drag(grab, MouseButton.PRIMARY).moveTo(onCanvas(start.centerX() + dx / 2, 760))
                .moveTo(onCanvas(start.centerX() + dx, 800));
        waitUntil(() -> !window.canvas().overlays().guides.isEmpty());
        release(MouseButton.PRIMARY);
        waitUntil(() -> window.canvas().overlays().guides.isEmpty());
        assertThat(diagram().requireNode(other).bounds().x()).isEqualTo(target.x());
    }

    @Test
    void copyPasteAndDuplicateRemapIdsAndEdges() {
        fx(() -> window.gestures().connect(web, db));
        clickOn(centre(web));
        press(KeyCode.SHIFT).clickOn(centre(db)).release(KeyCode.SHIFT);
        assertThat(doc().selection()).containsExactlyInAnyOrder(web, db);
        shortcut(KeyCode.C);
        shortcut(KeyCode.V);
        waitUntil(() -> diagram().nodesOfType("ec2").size() == 2);
        assertThat(diagram().nodesOfType("rds")).hasSize(2);
        assertThat(diagram().edgeCount()).isEqualTo(2);
        Set<String> pasted = Set.copyOf(doc().selection());
        assertThat(pasted).doesNotContain(web, db).hasSize(2);
        Edge copy = diagram().edges().stream().filter(e -> pasted.contains(e.from())).findFirst().orElseThrow();
        assertThat(pasted).contains(copy.to());
        assertThat(diagram().history().undoDescription()).hasValueSatisfying(d -> assertThat(d).startsWith("Paste"));
        shortcut(KeyCode.Z);
        waitUntil(() -> diagram().nodesOfType("ec2").size() == 1);
        assertThat(diagram().edgeCount()).isEqualTo(1);

        clickOn(centre(web));
        shortcut(KeyCode.D);
        waitUntil(() -> diagram().nodesOfType("ec2").size() == 2);
        Node twin = diagram().nodesOfType("ec2").stream().filter(n -> !n.id().equals(web)).findFirst().orElseThrow();
        assertThat(twin.parent()).isEqualTo(publicSubnet);
        assertThat(twin.bounds().intersects(diagram().requireNode(web).bounds())).isFalse();
        shortcut(KeyCode.Z);
        waitUntil(() -> diagram().nodesOfType("ec2").size() == 1);
    }

    @Test
    void controlGMakesAnAutoScalingGroupOfTheSelectedInstances() {
        String web2 = add("ec2", 200, 520);
        fx(() -> doc().selection().clear());
        clickOn(centre(web));
        press(KeyCode.CONTROL).clickOn(centre(web2)).release(KeyCode.CONTROL);
        shortcut(KeyCode.G);
        waitUntil(() -> diagram().nodesOfType(NodeTypes.AUTO_SCALING_GROUP).size() == 1);
        Node asg = diagram().nodesOfType(NodeTypes.AUTO_SCALING_GROUP).get(0);
        assertThat(diagram().members(asg)).extracting(Node::id).containsExactlyInAnyOrder(web, web2);
        assertThat(doc().selection()).containsExactly(asg.id());
        shortcut(KeyCode.Z);
        waitUntil(() -> diagram().nodesOfType(NodeTypes.AUTO_SCALING_GROUP).isEmpty());
    }

    @Test
    void alignLeftEdgesFromTheArrangeMenuNamesTheStep() {
        String a = add("s3", 1200, 100);
        String b = add("sqs", 1260, 240);
        String c = add("sns", 1330, 380);
        fx(() -> {
            doc().selection().clear();
            doc().selection().addAll(List.of(a, b, c));
        });
        clickOn("#menu-arrange").clickOn("#menu-arrange-align").clickOn("#menu-arrange-align-left");
        waitUntil(() -> diagram().requireNode(c).bounds().x() == diagram().requireNode(a).bounds().x());
        assertThat(diagram().requireNode(b).bounds().x()).isEqualTo(diagram().requireNode(a).bounds().x());

        clickOn("#menu-edit");
        MenuItem undo = window.menuItem("menu-undo");
        waitUntil(() -> undo.getText().equals("Undo Align 3 nodes left"));
        clickOn("#menu-undo");
        waitUntil(() -> diagram().requireNode(c).bounds().x() > diagram().requireNode(a).bounds().x());
    }

    @Test
    void fitContainerToContentsFromItsContextMenu() {
        Bounds before = diagram().requireNode(publicSubnet).bounds();
        Bounds title = diagram().requireNode(publicSubnet).bounds();
        rightClickOn(onCanvas(title.maxX() - 30, title.maxY() - 20));
        waitUntil(() -> lookup("#menu-arrange-fit").tryQuery().isPresent());
        clickOn("#menu-arrange-fit");
        waitUntil(() -> diagram().requireNode(publicSubnet).bounds().w() < before.w());
        assertThat(diagram().requireNode(publicSubnet).bounds().contains(diagram().requireNode(web).bounds())).isTrue();
        shortcut(KeyCode.Z);
        waitUntil(() -> diagram().requireNode(publicSubnet).bounds().equals(before));
    }

    @Test
    void servicesJoinAndLeaveAGroupFromTheContextMenu() {
        String web2 = add("ec2", 400, 270);
        fx(() -> {
            doc().selection().clear();
            doc().selection().add(web);
        });
        shortcut(KeyCode.G);
        waitUntil(() -> doc().singleSelection() != null && diagram().requireNode(doc().singleSelection()).type().equals("auto-scaling-group"));
        String asg = doc().singleSelection();
        assertThat(diagram().requireNode(asg).props().strings("members")).containsExactly(web);

        fx(() -> doc().selection().add(web2));
        Bounds second = diagram().requireNode(web2).bounds();
        rightClickOn(onCanvas(second.centerX(), second.centerY()));
        waitUntil(() -> lookup("#context-group-join").tryQuery().isPresent());
        clickOn("#context-group-join");
        waitUntil(() -> diagram().requireNode(asg).props().strings("members").contains(web2));
        assertThat(diagram().requireNode(asg).props().strings("members")).containsExactly(web, web2);

        fx(() -> {
            doc().selection().clear();
            doc().selection().add(web);
        });
        rightClickOn(centre(web));
        waitUntil(() -> lookup("#context-group-leave-" + asg).tryQuery().isPresent());
        clickOn("#context-group-leave-" + asg);
        waitUntil(() -> !diagram().requireNode(asg).props().strings("members").contains(web));
        assertThat(diagram().requireNode(asg).props().strings("members")).containsExactly(web2);

        shortcut(KeyCode.Z);
        waitUntil(() -> diagram().requireNode(asg).props().strings("members").contains(web));
    }
}
