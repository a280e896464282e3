package com.cloudwright.ui.canvas;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Node;
import com.cloudwright.ui.shell.AppTestBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The first node of a new diagram shows: whichever way it is added (quick add, a drop from the
 * palette, the palette search with Enter), it lands inside the part of the canvas the user sees.
 */
class FirstNodeInViewTest extends AppTestBase {

    private void assertOnlyNodeInView() {
        waitUntil(() -> diagram().nodeCount() == 1);
        Node node = diagram().nodes().iterator().next();
        Bounds visible = window.canvas().visibleWorld();
        assertThat(visible.intersects(node.bounds()))
                .as("%s at %s is in the view %s", node.type(), node.bounds(), visible).isTrue();
        assertThat(visible.contains(node.bounds().centerX(), node.bounds().centerY()))
                .as("the centre of %s at %s is in the view %s", node.type(), node.bounds(), visible).isTrue();
    }

    @Test
    void quickAddOfTheFirstServiceLandsInTheView() {
        clickOn(window.canvas());
        write("s3").type(KeyCode.ENTER);
        assertOnlyNodeInView();
    }

    @Test
    void quickAddOfTheFirstRegionLandsInTheView() {
        clickOn(window.canvas());
        write("region").type(KeyCode.ENTER);
        assertOnlyNodeInView();
    }

    @Test
    void paletteSearchWithEnterAddsTheFirstNodeInTheView() {
        clickOn("#palette-search").write("vpc").type(KeyCode.ENTER);
        assertOnlyNodeInView();
    }

    @Test
    void aDropFromThePaletteLandsInTheView() {
        clickOn("#palette-search").write("lambda");
        drag(paletteCell("lambda"), MouseButton.PRIMARY).moveTo(window.canvas()).release(MouseButton.PRIMARY);
        assertOnlyNodeInView();
    }
}
