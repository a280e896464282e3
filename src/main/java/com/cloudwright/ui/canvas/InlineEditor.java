package com.cloudwright.ui.canvas;

import javafx.geometry.Point2D;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.Region;

import java.util.function.Consumer;

/** Rename in place: a text field over the canvas; Enter or a click elsewhere commits, Escape cancels. */
public final class InlineEditor {

    private final Region host;
    private final TextField field = new TextField();
    private Consumer<String> onCommit;
    private String original;

    public InlineEditor(DiagramCanvas host) {
        this.host = host;
        field.setId("inline-editor");
        field.getStyleClass().add("inline-editor");
        field.setVisible(false);
        field.setManaged(false);
        field.setPrefColumnCount(14);
        host.addFloating(field);
        field.setOnAction(e -> commit());
        field.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancel();
                e.consume();
            }
        });
        field.focusedProperty().addListener((o, was, is) -> {
            if (was && !is) {
                commit();
            }
        });
    }

    /** Opens the editor at a point of the host; {@code leftAligned} false centres it on the point. */
    void edit(String text, Point2D at, boolean leftAligned, Consumer<String> commit) {
        this.onCommit = commit;
        this.original = text;
        field.setText(text);
        field.autosize();
        double w = Math.max(160, field.prefWidth(-1));
        double h = field.prefHeight(-1);
        field.resizeRelocate(leftAligned ? at.getX() : at.getX() - w / 2, at.getY(), w, h);
        field.setVisible(true);
        field.requestFocus();
        field.selectAll();
    }

    boolean isEditing() {
        return field.isVisible();
    }

    /** Applies the edit, if one is open and the text changed. */
    void commit() {
        if (!field.isVisible()) {
            return;
        }
        Consumer<String> action = onCommit;
        String text = field.getText();
        close();
        if (action != null && !text.equals(original)) {
            action.accept(text);
        }
    }

    void cancel() {
        close();
    }

    private void close() {
        onCommit = null;
        field.setVisible(false);
        host.requestFocus();
    }
}
