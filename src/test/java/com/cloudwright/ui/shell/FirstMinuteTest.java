package com.cloudwright.ui.shell;

import com.cloudwright.io.BundledExamples;
import javafx.scene.Node;
import javafx.scene.control.Menu;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A new user sees how to begin on the empty canvas, and can open every bundled example from File. */
class FirstMinuteTest extends AppTestBase {

    private boolean hintShown() {
        Node hint = lookup("#canvas-hint").query();
        return hint.isVisible();
    }

    @Test
    void anEmptyDiagramSaysHowToBeginUntilItsFirstNode() {
        assertThat(hintShown()).isTrue();
        assertThat(lookup("#canvas-hint").queryAs(javafx.scene.layout.VBox.class).getChildren())
                .anyMatch(n -> n instanceof javafx.scene.control.Label l && l.getText().contains("Ctrl+K")
                        && l.getText().contains("Ctrl+9"));
        clickOn(window.canvas());
        write("s3").type(KeyCode.ENTER);
        waitUntil(() -> diagram().nodeCount() == 1);
        waitUntil(() -> !hintShown());
        fx(() -> diagram().history().undo());
        waitUntil(this::hintShown);
    }

    @Test
    void typingStraightAwayOpensQuickAddNotThePaletteFilter() {
        waitUntil(() -> window.canvas().isFocused());
        write("s3");
        waitUntil(() -> window.quickAdd().isShowing());
        assertThat(lookup("#palette-search").queryAs(javafx.scene.control.TextField.class).getText()).isEmpty();
        type(KeyCode.ENTER);
        waitUntil(() -> diagram().nodeCount() == 1);
    }

    @Test
    void fileExamplesOpensEachBundledExampleAsAnUntitledCopy() {
        Menu examples = (Menu) window.menuItem("menu-examples");
        assertThat(examples.getItems()).hasSize(BundledExamples.files().size());
        fx(() -> window.menuItem("example-05").fire());
        waitUntil(() -> diagram().nodeCount() > 20);
        assertThat(diagram().name()).startsWith("Highly available LAMP");
        assertThat(doc().file()).as("an untitled copy, not the file").isNull();
        assertThat(doc().isDirty()).isFalse();
        assertThat(doc().statusProperty().get()).contains("Highly available LAMP");
        assertThat(hintShown()).isFalse();
        assertThat(window.stage().getTitle()).contains("Highly available LAMP");
    }
}
