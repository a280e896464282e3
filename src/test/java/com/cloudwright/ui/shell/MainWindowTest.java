package com.cloudwright.ui.shell;

import com.cloudwright.io.DiagramWriter;
import com.cloudwright.model.Node;
import com.cloudwright.palette.PaletteEntry;
import javafx.geometry.Point2D;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class MainWindowTest extends AppTestBase {

    @Test
    void startsWithAnEmptyDiagramThePaletteAndTheCanvas() {
        assertThat(window.stage().getTitle()).isEqualTo("Untitled — Cloudwright");
        assertThat(window.palette().shownEntries()).hasSizeGreaterThan(50);
        assertThat(lookup(".diagram-canvas").query().isVisible()).isTrue();
        assertThat(diagram().nodeCount()).isZero();
    }

    @Test
    void typingInTheSearchBoxFiltersThePalette() {
        clickOn("#palette-search").write("redis");
        assertThat(window.palette().shownEntries()).extracting(PaletteEntry::id).first().isEqualTo("elasticache");
        for (int i = 0; i < 5; i++) {
            push(KeyCode.BACK_SPACE);
        }
        write("elb");
        assertThat(window.palette().shownEntries()).extracting(PaletteEntry::id).contains("alb", "nlb");
        assertThat(window.palette().shownEntries()).hasSizeLessThan(10);
    }

    @Test
    void draggingAServiceOntoTheCanvasAddsItWhereItIsDropped() {
        clickOn("#palette-search").write("ec2");
        Point2D target = onCanvas(300, 200);
        drag(paletteCell("ec2"), MouseButton.PRIMARY).moveTo(target).release(MouseButton.PRIMARY);
        waitUntil(() -> diagram().nodeCount() == 1);
        Node added = diagram().nodes().iterator().next();
        assertThat(added.type()).isEqualTo("ec2");
        assertThat(added.bounds().centerX()).isCloseTo(300, org.assertj.core.data.Offset.offset(3.0));
        assertThat(added.bounds().centerY()).isCloseTo(200, org.assertj.core.data.Offset.offset(3.0));
        assertThat(doc().selection()).containsExactly(added.id());
        assertThat(window.stage().getTitle()).startsWith("*");

        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> diagram().nodeCount() == 0);
    }

    @Test
    void droppingIntoAContainerMakesItTheParent() {
        fx(() -> window.gestures().addAt(doc().palette().require("region"), 400, 300));
        clickOn("#palette-search").write("vpc");
        drag(paletteCell("vpc"), MouseButton.PRIMARY).moveTo(onCanvas(400, 300)).release(MouseButton.PRIMARY);
        waitUntil(() -> diagram().nodeCount() == 2);
        Node vpc = diagram().nodesOfType("vpc").get(0);
        assertThat(vpc.parent()).isEqualTo(diagram().nodesOfType("region").get(0).id());
    }

    @Test
    void editingAPropertyInTheInspectorIsOneUndoableStep() {
        fx(() -> window.gestures().addAt(doc().palette().require("rds"), 200, 200));
        clickOn(onCanvas(200, 200));
        waitUntil(() -> doc().selection().size() == 1);
        String id = doc().singleSelection();

        TextField label = lookup("#inspector-label").queryAs(TextField.class);
        clickOn(label).write("Orders DB").push(KeyCode.ENTER);
        waitUntil(() -> "Orders DB".equals(diagram().requireNode(id).label()));

        ComboBox<?> engine = lookup((javafx.scene.Node n) -> n instanceof ComboBox<?>
                && "engine".equals(n.getProperties().get("inspector-key"))).queryAs(ComboBox.class);
        clickOn(engine);
        clickOn("postgres");
        waitUntil(() -> "postgres".equals(diagram().requireNode(id).props().string("engine").orElse(null)));

        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> diagram().requireNode(id).props().get("engine") == null);
        assertThat(diagram().requireNode(id).label()).isEqualTo("Orders DB");
        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> diagram().requireNode(id).label() == null);
    }

    @Test
    void movingSnapsToTheGrid() {
        fx(() -> window.gestures().addAt(doc().palette().require("ec2"), 200, 200));
        String id = diagram().nodes().iterator().next().id();
        assertThat(diagram().requireNode(id).bounds().x()).isEqualTo(168);
        drag(onCanvas(200, 200), MouseButton.PRIMARY).moveTo(onCanvas(250, 220)).moveTo(onCanvas(303, 247))
                .release(MouseButton.PRIMARY);
        waitUntil(() -> diagram().requireNode(id).bounds().x() != 168);
        assertThat(diagram().requireNode(id).bounds().x()).isEqualTo(280);
        assertThat(diagram().requireNode(id).bounds().y()).isEqualTo(220);
    }

    @Test
    void movingANodeByMouseIsOneUndoStep() {
        fx(() -> window.canvas().snapToGridProperty().set(false));
        fx(() -> window.gestures().addAt(doc().palette().require("ec2"), 200, 200));
        String id = diagram().nodes().iterator().next().id();
        drag(onCanvas(200, 200), MouseButton.PRIMARY).moveTo(onCanvas(250, 220)).moveTo(onCanvas(300, 260))
                .release(MouseButton.PRIMARY);
        waitUntil(() -> diagram().requireNode(id).bounds().centerX() > 295);
        assertThat(diagram().requireNode(id).bounds().centerY()).isCloseTo(260, org.assertj.core.data.Offset.offset(2.0));
        assertThat(diagram().history().undoDescription()).hasValueSatisfying(d -> assertThat(d).startsWith("Move"));
        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> Math.abs(diagram().requireNode(id).bounds().centerX() - 200) < 0.01);
    }

    @Test
    void saveThenReopenGivesTheSameDiagram() throws Exception {
        fx(() -> {
            window.gestures().addAt(doc().palette().require("region"), 400, 300);
            window.gestures().addAt(doc().palette().require("s3"), 100, 100);
        });
        Path file = tempDir.resolve("saved.cwd.json");
        dialogs.toSave.add(file);
        press(KeyCode.CONTROL).type(KeyCode.S).release(KeyCode.CONTROL);
        waitUntil(() -> Files.exists(file) && !doc().isDirty());
        assertThat(window.stage().getTitle()).isEqualTo("saved.cwd.json — Cloudwright");
        String written = Files.readString(file);

        fx(() -> window.files().newDocument());
        assertThat(diagram().nodeCount()).isZero();
        dialogs.toOpen.add(file);
        press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
        waitUntil(() -> diagram().nodeCount() == 2);
        assertThat(new DiagramWriter().write(diagram())).isEqualTo(written);
        assertThat(doc().file()).isEqualTo(file);
        assertThat(window.files().recentFiles()).containsExactly(file.toAbsolutePath().normalize());
    }

    @Test
    void unsavedChangesAreGuarded() {
        fx(() -> window.gestures().addAt(doc().palette().require("ec2"), 100, 100));
        press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        waitUntil(() -> lookup("#unsaved-dialog").tryQuery().isPresent());
        clickOn("Cancel");
        assertThat(diagram().nodeCount()).isEqualTo(1);

        press(KeyCode.CONTROL).type(KeyCode.N).release(KeyCode.CONTROL);
        waitUntil(() -> lookup("#unsaved-dialog").tryQuery().isPresent());
        clickOn("Don't Save");
        waitUntil(() -> diagram().nodeCount() == 0);
        assertThat(doc().isDirty()).isFalse();
    }
}
