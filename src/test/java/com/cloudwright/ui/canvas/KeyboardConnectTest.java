package com.cloudwright.ui.canvas;

import com.cloudwright.edit.Connections;
import com.cloudwright.model.Edge;
import com.cloudwright.ui.shell.AppTestBase;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Ctrl+L (Edit → Connect To…) connects the selected node to one found by name, as a drag would. */
class KeyboardConnectTest extends AppTestBase {

    private String add(String query) {
        write(query).type(KeyCode.ENTER);
        waitUntil(() -> !window.quickAdd().isShowing() && doc().singleSelection() != null);
        return doc().singleSelection();
    }

    private void connectTo(String query) {
        press(KeyCode.CONTROL).type(KeyCode.L).release(KeyCode.CONTROL);
        waitUntil(() -> window.connectPopup().isShowing());
        write(query).type(KeyCode.ENTER);
        waitUntil(() -> !window.connectPopup().isShowing());
    }

    @Test
    void enterConnectsTheSelectedNodeWithTheCalleesPortAndOneUndoStep() {
        clickOn(window.canvas());
        String cdn = add("cloudfront");
        type(KeyCode.ESCAPE);
        String bucket = add("s3");
        fx(() -> doc().select(cdn));
        connectTo("s3");
        waitUntil(() -> diagram().edgeCount() == 1);
        Edge edge = diagram().edges().iterator().next();
        assertThat(edge.from()).isEqualTo(cdn);
        assertThat(edge.to()).isEqualTo(bucket);
        assertThat(edge.label()).isEqualTo(Connections.defaultLabel(doc().palette(), diagram(), bucket).orElse(null));
        assertThat(doc().selection()).containsExactly(edge.id());
        assertThat(diagram().history().undoDescription())
                .hasValue("Connect Amazon CloudFront to Amazon S3");
    }

    @Test
    void aRefusedCallIsSaidInTheStatusBarAsForADrag() {
        clickOn(window.canvas());
        String bucket = add("s3");
        type(KeyCode.ESCAPE);
        String cdn = add("cloudfront");
        fx(() -> doc().select(bucket));
        connectTo("cloudfront");
        String expected = Connections.connectProblem(doc().palette(), diagram(), bucket, cdn).orElseThrow();
        waitUntil(() -> expected.equals(doc().statusProperty().get()));
        assertThat(diagram().edgeCount()).isZero();
    }

    @Test
    void theMenuItemHasTheShortcutAndAsksForASelectionFirst() {
        var item = window.menuItem("menu-edit-connect");
        assertThat(item.getAccelerator()).isEqualTo(KeyCombination.keyCombination("Shortcut+L"));
        fx(item::fire);
        assertThat(window.connectPopup().isShowing()).isFalse();
        assertThat(doc().statusProperty().get()).contains("Ctrl+L");
    }
}
