package com.cloudwright.ui.shell;

import javafx.scene.control.ToggleButton;
import javafx.scene.input.KeyCode;
import org.assertj.core.data.Offset;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Cost tab widens the right pane while it is shown and gives the width back when another tab
 * is chosen; the problem counters under the narrower canvas keep their words.
 */
class SidePaneWidthTest extends AppTestBase {

    @Test
    void theCostTabGivesTheWidthBackAndTheCountersStayWhole() throws Exception {
        clickOn(window.canvas());
        write("cloudfront").type(KeyCode.ENTER);
        waitUntil(() -> diagram().nodeCount() == 1);
        double before = window.sideTabs().getWidth();
        fx(() -> window.sideTabs().getSelectionModel().select(window.sideTabs().getTabs().stream()
                .filter(t -> "tab-cost".equals(t.getId())).findFirst().orElseThrow()));
        Thread.sleep(1000);   // the estimate is worked out in the background, then shown
        fx(() -> { });
        assertThat(window.sideTabs().getWidth()).as("the cost table gets room").isGreaterThan(before + 20);
        for (String id : new String[] {"#problems-show-error", "#problems-show-warning", "#problems-show-info"}) {
            ToggleButton counter = lookup(id).queryAs(ToggleButton.class);
            assertThat(counter.getWidth()).as(id + " shows its whole text").isGreaterThanOrEqualTo(counter.prefWidth(-1) - 0.5);
        }
        fx(() -> window.sideTabs().getSelectionModel().select(0));
        fx(() -> { });
        assertThat(window.sideTabs().getWidth()).as("back to the inspector's width").isCloseTo(before, Offset.offset(2.0));
    }
}
