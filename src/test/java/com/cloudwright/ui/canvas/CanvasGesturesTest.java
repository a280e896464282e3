package com.cloudwright.ui.canvas;

import com.cloudwright.ui.shell.AppTestBase;
import com.cloudwright.model.Bounds;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Each canvas gesture driven by the real robot, with the model asserted after it, its undo and its redo. */
class CanvasGesturesTest extends AppTestBase {

    @BeforeEach
    void noSnap() {
        fx(() -> window.canvas().snapToGridProperty().set(false));
    }

    private String add(String type, double x, double y) {
        fx(() -> window.gestures().addAt(doc().palette().require(type), x, y));
        return doc().singleSelection();
    }

    private void undo() {
        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
    }

    private void redo() {
        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.Z).release(KeyCode.SHIFT, KeyCode.CONTROL);
    }

    @Test
    void clickShiftClickAndRubberBandSelect() {
        String a = add("ec2", 100, 100);
        String b = add("s3", 300, 100);
        String c = add("sqs", 500, 100);
        clickOn(onCanvas(100, 100));
        assertThat(doc().selection()).containsExactly(a);
        press(KeyCode.SHIFT).clickOn(onCanvas(300, 100)).release(KeyCode.SHIFT);
        assertThat(doc().selection()).containsExactlyInAnyOrder(a, b);
        clickOn(onCanvas(700, 400));
        assertThat(doc().selection()).isEmpty();
        drag(onCanvas(220, 20), MouseButton.PRIMARY).moveTo(onCanvas(400, 120)).moveTo(onCanvas(620, 180))
                .release(MouseButton.PRIMARY);
        assertThat(doc().selection()).containsExactlyInAnyOrder(b, c);
    }

    @Test
    void resizeAContainerByItsCornerHandle() {
        String vpc = add("subnet", 300, 250);
        Bounds before = diagram().requireNode(vpc).bounds();
        Point2D corner = onCanvas(before.maxX(), before.maxY());
        drag(corner, MouseButton.PRIMARY).moveTo(corner.add(40, 30)).moveTo(corner.add(80, 60)).release(MouseButton.PRIMARY);
        waitUntil(() -> diagram().requireNode(vpc).bounds().w() > before.w() + 70);
        assertThat(diagram().requireNode(vpc).bounds().h()).isCloseTo(before.h() + 60, within(1.5));
        assertThat(diagram().requireNode(vpc).bounds().x()).isEqualTo(before.x());
        undo();
        waitUntil(() -> diagram().requireNode(vpc).bounds().equals(before));
        redo();
        waitUntil(() -> diagram().requireNode(vpc).bounds().w() > before.w() + 70);
    }

    @Test
    void connectByDraggingTheHandleAndRefuseWhatThePaletteForbids() {
        String cf = add("cloudfront", 100, 200);
        String s3 = add("s3", 400, 200);
        String db = add("rds", 400, 400);
        clickOn(onCanvas(100, 200));
        Bounds b = diagram().requireNode(cf).bounds();
        Point2D handle = onCanvas(b.maxX() + 10 / window.canvas().scale(), b.centerY());
        drag(handle, MouseButton.PRIMARY).moveTo(onCanvas(300, 200)).moveTo(onCanvas(400, 200)).release(MouseButton.PRIMARY);
        waitUntil(() -> diagram().edgeCount() == 1);
        Edge e = diagram().edges().iterator().next();
        assertThat(e.from()).isEqualTo(cf);
        assertThat(e.to()).isEqualTo(s3);

        clickOn(onCanvas(100, 200));
        drag(handle, MouseButton.PRIMARY).moveTo(onCanvas(300, 300)).moveTo(onCanvas(400, 400)).release(MouseButton.PRIMARY);
        waitUntil(() -> doc().statusProperty().get().contains("cannot send requests"));
        assertThat(diagram().edgeCount()).isEqualTo(1);
        assertThat(diagram().edgesTo(db)).isEmpty();

        undo();
        waitUntil(() -> diagram().edgeCount() == 0);
        redo();
        waitUntil(() -> diagram().edgeCount() == 1);
    }

    @Test
    void dragAnEdgeSegmentToBendIt() {
        String a = add("ec2", 100, 100);
        String b = add("s3", 500, 100);
        fx(() -> window.gestures().connect(a, b));
        String edge = doc().singleSelection();
        assertThat(diagram().edge(edge)).isPresent();
        Point2D middle = onCanvas(300, 100);
        drag(middle, MouseButton.PRIMARY).moveTo(middle.add(0, 40)).moveTo(middle.add(0, 80)).release(MouseButton.PRIMARY);
        waitUntil(() -> !diagram().edge(edge).orElseThrow().bends().isEmpty());
        assertThat(diagram().edge(edge).orElseThrow().bends()).anySatisfy(p -> assertThat(p.y()).isCloseTo(180, within(2.0)));
        assertThat(diagram().history().undoDescription()).contains("Reroute connection");
        undo();
        waitUntil(() -> diagram().edge(edge).orElseThrow().bends().isEmpty());
    }

    @Test
    void renameInPlaceWithF2AndDoubleClick() {
        String web = add("ec2", 200, 200);
        clickOn(onCanvas(200, 200)).type(KeyCode.F2);
        waitUntil(() -> lookup("#inline-editor").query().isVisible());
        write("Web server").type(KeyCode.ENTER);
        waitUntil(() -> "Web server".equals(diagram().requireNode(web).label()));

        doubleClickOn(onCanvas(200, 200));
        waitUntil(() -> lookup("#inline-editor").query().isVisible());
        push(KeyCode.CONTROL, KeyCode.A).write("App").type(KeyCode.ENTER);
        waitUntil(() -> "App".equals(diagram().requireNode(web).label()));
        undo();
        waitUntil(() -> "Web server".equals(diagram().requireNode(web).label()));
    }

    @Test
    void typingOnTheCanvasQuickAddsIntoTheSelectedContainer() {
        add("vpc", 520, 380);
        add("availability-zone", 300, 400);
        String subnet = add("subnet", 300, 300);
        assertThat(diagram().requireNode(subnet).parent()).isNotNull();
        clickOn(onCanvas(300, 320));
        assertThat(doc().selection()).containsExactly(subnet);
        write("redis");
        waitUntil(() -> window.quickAdd().isShowing());
        type(KeyCode.ENTER);
        waitUntil(() -> diagram().nodesOfType("elasticache").size() == 1);
        Node cache = diagram().nodesOfType("elasticache").get(0);
        assertThat(cache.parent()).isEqualTo(subnet);
        assertThat(diagram().requireNode(subnet).bounds().contains(cache.bounds())).isTrue();
        undo();
        waitUntil(() -> diagram().nodesOfType("elasticache").isEmpty());
    }

    @Test
    void typingPublicSubnetWithAnAzSelectedAddsAPublicSubnetInIt() {
        add("vpc", 520, 380);
        String az = add("availability-zone", 300, 400);
        clickOn(onCanvas(300, 400));
        assertThat(doc().selection()).containsExactly(az);
        press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        waitUntil(() -> window.quickAdd().isShowing());
        write("public subnet").type(KeyCode.ENTER);
        waitUntil(() -> diagram().nodesOfType("subnet").size() == 1);
        Node subnet = diagram().nodesOfType("subnet").get(0);
        assertThat(subnet.parent()).isEqualTo(az);
        assertThat(subnet.props().bool("public", false)).isTrue();
        assertThat(subnet.props().string("cidr")).isPresent();
        undo();
        waitUntil(() -> diagram().nodesOfType("subnet").isEmpty());
    }

    @Test
    void ctrlKOpensQuickAdd() {
        clickOn(onCanvas(300, 300));
        press(KeyCode.CONTROL).type(KeyCode.K).release(KeyCode.CONTROL);
        waitUntil(() -> window.quickAdd().isShowing());
        write("lambda").type(KeyCode.ENTER);
        waitUntil(() -> diagram().nodesOfType("lambda").size() == 1);
    }

    @Test
    void arrowsNudgeAndDeleteRemoves() {
        String n = add("ec2", 200, 200);
        clickOn(onCanvas(200, 200));
        Bounds before = diagram().requireNode(n).bounds();
        type(KeyCode.RIGHT).type(KeyCode.RIGHT);
        press(KeyCode.SHIFT).type(KeyCode.DOWN).release(KeyCode.SHIFT);
        waitUntil(() -> diagram().requireNode(n).bounds().y() == before.y() + 20);
        assertThat(diagram().requireNode(n).bounds().x()).isEqualTo(before.x() + 2);
        type(KeyCode.DELETE);
        waitUntil(() -> diagram().nodeCount() == 0);
        undo();
        waitUntil(() -> diagram().nodeCount() == 1);
        assertThat(diagram().requireNode(n).bounds().y()).isEqualTo(before.y() + 20);
    }

    @Test
    void zoomWithKeysAndPanWithSpaceDrag() {
        add("ec2", 200, 200);
        clickOn(onCanvas(600, 400));
        press(KeyCode.CONTROL).type(KeyCode.EQUALS).release(KeyCode.CONTROL);
        waitUntil(() -> Math.abs(window.canvas().scale() - 1.25) < 1e-9);
        press(KeyCode.CONTROL).type(KeyCode.DIGIT0).release(KeyCode.CONTROL);
        waitUntil(() -> Math.abs(window.canvas().scale() - 1) < 1e-9);

        Point2D before = onCanvas(200, 200);
        Point2D start = onCanvas(600, 400);
        press(KeyCode.SPACE);
        drag(start, MouseButton.PRIMARY).moveTo(start.add(50, 50)).moveTo(start.add(100, 100))
                .release(MouseButton.PRIMARY);
        release(KeyCode.SPACE);
        Point2D after = onCanvas(200, 200);
        assertThat(after.getX() - before.getX()).isCloseTo(100, within(2.0));
        assertThat(after.getY() - before.getY()).isCloseTo(100, within(2.0));
        assertThat(diagram().history().undoDescription()).hasValueSatisfying(d -> assertThat(d).startsWith("Add"));
    }

    @Test
    void contextMenuOnANodeDeletesIt() {
        add("ec2", 200, 200);
        rightClickOn(onCanvas(200, 200));
        waitUntil(() -> lookup("#context-delete").tryQuery().isPresent());
        clickOn("Delete");
        waitUntil(() -> diagram().nodeCount() == 0);
    }
}
