package com.cloudwright.ui.shell;

import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Opening the Cost tab leaves the right pane as wide as it was: the canvas and the problem counters keep their room. */
class SidePaneWidthTest extends AppTestBase {

    @Test
    void theCostTabDoesNotWidenTheRightPane() throws Exception {
        clickOn(window.canvas());
        write("cloudfront").type(KeyCode.ENTER);
        waitUntil(() -> diagram().nodeCount() == 1);
        double before = window.sideTabs().getWidth();
        fx(() -> window.sideTabs().getSelectionModel().select(1));
        Thread.sleep(1500);   // the estimate is worked out in the background, then shown
        fx(() -> { });
        assertThat(window.sideTabs().getSelectionModel().getSelectedItem().getId()).isNotEqualTo("tab-properties");
        assertThat(window.sideTabs().getWidth()).as("right pane width").isCloseTo(before, org.assertj.core.data.Offset.offset(2.0));
        fx(() -> window.sideTabs().getSelectionModel().select(0));
        assertThat(window.sideTabs().getWidth()).isCloseTo(before, org.assertj.core.data.Offset.offset(2.0));
    }
}
