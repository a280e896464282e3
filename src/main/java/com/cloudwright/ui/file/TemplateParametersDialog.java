package com.cloudwright.ui.file;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.ui.common.Styles;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Asks for a template's Parameters before it is drawn, as the CloudFormation console does when a
 * stack is created: each one with its default filled in, a list where it has AllowedValues, a
 * hidden field where it is NoEcho. What the user leaves at its default is not passed on, so the
 * import resolves it the way CloudFormation would.
 */
final class TemplateParametersDialog {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.ui.messages");
    /** More rows than this scroll instead of growing the dialog past the screen. */
    private static final int ROWS_BEFORE_SCROLLING = 12;

    private TemplateParametersDialog() {
    }

    /** @return the values the user changed, or empty on Cancel */
    static Optional<Map<String, String>> ask(Window owner, String templateName, Map<String, Object> parameters) {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("parameters-grid");
        grid.setHgap(10);
        grid.setVgap(6);
        Map<String, Supplier<String>> values = new LinkedHashMap<>();
        Map<String, String> defaults = new LinkedHashMap<>();
        int row = 0;
        for (Map.Entry<String, Object> p : parameters.entrySet()) {
            Map<?, ?> spec = p.getValue() instanceof Map<?, ?> m ? m : Map.of();
            String name = p.getKey();
            String fallback = spec.get("Default") == null ? "" : String.valueOf(spec.get("Default"));
            defaults.put(name, fallback);
            Label label = new Label(name);
            if (spec.get("Description") instanceof String d && !d.isBlank()) {
                label.setTooltip(new Tooltip(d));
            }
            Control field;
            if (spec.get("AllowedValues") instanceof List<?> allowed && !allowed.isEmpty()) {
                ComboBox<String> box = new ComboBox<>();
                allowed.forEach(v -> box.getItems().add(String.valueOf(v)));
                box.setValue(box.getItems().contains(fallback) ? fallback : box.getItems().get(0));
                values.put(name, box::getValue);
                field = box;
            } else {
                TextField text = "true".equalsIgnoreCase(String.valueOf(spec.get("NoEcho"))) ? new PasswordField()
                        : new TextField();
                text.setText(fallback);
                text.setPrefColumnCount(24);
                values.put(name, text::getText);
                field = text;
            }
            field.setId("param-" + name);
            Label type = new Label(spec.get("Type") == null ? "" : String.valueOf(spec.get("Type")));
            type.getStyleClass().add("parameter-type");
            grid.addRow(row++, label, field, type);
        }
        Dialog<ButtonType> dialog = new Dialog<>();
        dialog.initOwner(owner);
        Styles.applyTo(dialog);
        dialog.setTitle(TEXT.get("app.title"));
        dialog.setHeaderText(TEXT.get("parameters.header", templateName));
        ButtonType draw = new ButtonType(TEXT.get("parameters.draw"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(draw, ButtonType.CANCEL);
        dialog.getDialogPane().setId("parameters-dialog");
        if (row > ROWS_BEFORE_SCROLLING) {
            ScrollPane scroll = new ScrollPane(grid);
            scroll.setFitToWidth(true);
            scroll.setPrefViewportHeight(ROWS_BEFORE_SCROLLING * 32.0);
            dialog.getDialogPane().setContent(scroll);
        } else {
            dialog.getDialogPane().setContent(grid);
        }
        if (dialog.showAndWait().filter(b -> b == draw).isEmpty()) {
            return Optional.empty();
        }
        Map<String, String> changed = new LinkedHashMap<>();
        values.forEach((name, value) -> {
            String v = value.get();
            if (v != null && !v.equals(defaults.get(name))) {
                changed.put(name, v);
            }
        });
        return Optional.of(changed);
    }
}
