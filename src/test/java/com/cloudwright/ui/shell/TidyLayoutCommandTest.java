package com.cloudwright.ui.shell;

import com.cloudwright.edit.MessyDiagrams;
import com.cloudwright.io.BundledExamples;
import com.cloudwright.io.DiagramWriter;
import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.palette.Palette;
import com.cloudwright.render.LayoutChecker;
import javafx.scene.control.MenuItem;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Arrange → Tidy Layout and its shortcut (Ctrl+Shift+L) put a messy drawing in order as one undo
 * step; the result passes the layout checker.
 */
class TidyLayoutCommandTest extends AppTestBase {

    private static final Palette PALETTE = Palette.bundled();

    private void openMessyLamp() throws Exception {
        Diagram messy = MessyDiagrams.pileUp(BundledExamples.read(PALETTE, "05-highly-available-lamp.cwd.json"));
        Path file = tempDir.resolve("messy.cwd.json");
        new DiagramWriter().write(messy, file);
        dialogs.toOpen.add(file);
        press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
        waitUntil(() -> diagram().node("web-1").isPresent());
        assertThat(LayoutChecker.check(diagram(), PALETTE).iconOverlaps()).as("messy to begin with").isGreaterThan(5);
    }

    private Map<String, Bounds> positions() {
        Map<String, Bounds> out = new HashMap<>();
        for (Node n : diagram().nodes()) {
            out.put(n.id(), n.bounds());
        }
        return out;
    }

    @Test
    void theArrangeMenuTidiesTheWholeDiagramAndOneUndoPutsItBack() throws Exception {
        openMessyLamp();
        Map<String, Bounds> before = positions();
        clickOn("#menu-arrange").clickOn("#menu-arrange-tidy");
        waitUntil(() -> LayoutChecker.check(diagram(), PALETTE).total() == 0);
        assertThat(positions()).isNotEqualTo(before);

        clickOn("#menu-edit");
        MenuItem undo = window.menuItem("menu-undo");
        waitUntil(() -> undo.getText().startsWith("Undo Tidy layout (") && undo.getText().endsWith(" nodes moved)"));
        clickOn("#menu-undo");
        waitUntil(() -> positions().equals(before));
    }

    @Test
    void ctrlShiftLTidiesToo() throws Exception {
        openMessyLamp();
        Map<String, Bounds> before = positions();
        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.L).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> LayoutChecker.check(diagram(), PALETTE).total() == 0);
        assertThat(doc().statusProperty().get()).startsWith("Tidy layout (");
        press(KeyCode.CONTROL).type(KeyCode.Z).release(KeyCode.CONTROL);
        waitUntil(() -> positions().equals(before));
    }
}
