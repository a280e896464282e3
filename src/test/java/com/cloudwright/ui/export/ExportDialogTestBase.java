package com.cloudwright.ui.export;

import com.cloudwright.ui.shell.AppTestBase;
import javafx.scene.Node;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.Callable;

/** Opening diagrams and reaching File → Export items the way a user does. */
abstract class ExportDialogTestBase extends AppTestBase {

    void openDiagram(Path file) {
        fx(() -> window.open(file));
        waitUntil(() -> file.equals(doc().file()) && diagram().nodeCount() > 0);
    }

    /** File → Export → {@code item}, clicked with the robot. */
    void exportMenu(String item) {
        clickOn("File");
        clickOn("Export");
        // into the submenu level with "Export" first, so the way down does not cross the File menu's other items
        moveTo(menuEntry("CloudFormation…"));
        clickOn(menuEntry(item));
    }

    /** The shown menu entry with this text (menus keep stale copies of their entries out of any scene). */
    private Node menuEntry(String text) {
        waitUntil(() -> lookup((Node n) -> n instanceof javafx.scene.control.Labeled l && text.equals(l.getText())
                && n.getScene() != null && n.isVisible()).tryQuery().isPresent());
        return lookup((Node n) -> n instanceof javafx.scene.control.Labeled l && text.equals(l.getText())
                && n.getScene() != null && n.isVisible()).query();
    }

    <T> T onFx(Callable<T> query) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(query));
    }

    boolean showing(String query) {
        return onFx(() -> lookup(query).tryQuery().map(Node::isVisible).orElse(false)
                && lookup(query).query().getScene().getWindow().isShowing());
    }
}
