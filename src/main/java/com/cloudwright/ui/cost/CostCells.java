package com.cloudwright.ui.cost;

import com.cloudwright.cost.Assumption;
import com.cloudwright.cost.CostFormat;
import com.cloudwright.palette.PropertySpec;
import com.cloudwright.palette.PropertyType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.control.TreeTableCell;
import javafx.scene.input.KeyCode;

import java.util.List;
import java.util.function.Function;

/** Cells of the cost table: read-only text, and the quantity column where assumptions are edited. */
final class CostCells {

    private static final List<String> STATUS = List.of("cost-missing", "cost-fallback", "cost-assumption", "cost-editable",
            "cost-group");

    private CostCells() {
    }

    /** Shows one column's text for a row, with the row's story as tooltip and its status as style. */
    static class Text extends TreeTableCell<CostRows.Row, CostRows.Row> {

        private final Function<CostRows.Row, String> text;

        Text(Function<CostRows.Row, String> text) {
            this.text = text;
        }

        @Override
        protected void updateItem(CostRows.Row row, boolean empty) {
            super.updateItem(row, empty);
            getStyleClass().removeAll(STATUS);
            if (empty || row == null) {
                setText(null);
                setTooltip(null);
                return;
            }
            setText(text.apply(row));
            style(this, row);
        }
    }

    /**
     * The quantity column: a line's quantity, or an assumption's value, which a double-click (or
     * Enter or F2 on the selected row) turns into a field, or a list for a choice; Enter stores it
     * as one undoable step, Escape leaves it.
     */
    static final class Value extends Text {

        private final CostViewModel model;

        Value(CostViewModel model) {
            super(CostRows::quantity);
            this.model = model;
        }

        @Override
        protected void updateItem(CostRows.Row row, boolean empty) {
            super.updateItem(row, empty);
            if (!empty && row instanceof CostRows.AssumptionRow) {
                getStyleClass().add("cost-editable");
            }
            if (!isEditing()) {
                setGraphic(null);
            }
        }

        @Override
        public void startEdit() {
            if (!(getItem() instanceof CostRows.AssumptionRow row)) {
                return;
            }
            super.startEdit();
            if (!isEditing()) {
                return;
            }
            Assumption a = row.assumption();
            PropertySpec spec = model.spec(a).orElse(null);
            javafx.scene.Node editor = spec != null && (spec.type() == PropertyType.CHOICE || spec.type() == PropertyType.BOOLEAN)
                    ? choice(a, spec) : field(a);
            setText(null);
            setGraphic(editor);
            editor.requestFocus();
            if (editor instanceof ComboBox<?> combo) {
                // A choice is one click: the list opens with the edit.
                javafx.application.Platform.runLater(() -> {
                    if (isEditing() && combo.getScene() != null) {
                        combo.show();
                    }
                });
            }
        }

        private TextField field(Assumption a) {
            TextField field = new TextField(CostFormat.value(a.value()));
            field.setId("cost-edit-field");
            field.setOnAction(e -> commit(a, field.getText()));
            field.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    cancelEdit();
                    e.consume();
                }
            });
            field.focusedProperty().addListener((o, was, is) -> {
                if (was && !is && isEditing()) {
                    commit(a, field.getText());
                }
            });
            field.selectAll();
            return field;
        }

        private ComboBox<String> choice(Assumption a, PropertySpec spec) {
            ComboBox<String> combo = new ComboBox<>();
            combo.setId("cost-edit-choice");
            combo.getItems().setAll(spec.type() == PropertyType.BOOLEAN ? List.of("true", "false") : spec.values());
            combo.setValue(CostFormat.value(a.value()));
            combo.setOnAction(e -> commit(a, combo.getValue()));
            combo.setOnKeyPressed(e -> {
                if (e.getCode() == KeyCode.ESCAPE) {
                    cancelEdit();
                    e.consume();
                }
            });
            return combo;
        }

        private void commit(Assumption a, String text) {
            if (!isEditing()) {
                return;
            }
            boolean stored = model.edit(a, text);
            if (stored) {
                cancelEdit();
            }
        }

        @Override
        public void cancelEdit() {
            super.cancelEdit();
            setGraphic(null);
            setText(getItem() == null ? null : CostRows.quantity(getItem()));
        }
    }

    static void style(TreeTableCell<CostRows.Row, CostRows.Row> cell, CostRows.Row row) {
        String status = CostRows.status(row);
        if (status != null) {
            cell.getStyleClass().add(status);
        }
        if (row instanceof CostRows.AssumptionRow) {
            cell.getStyleClass().add("cost-assumption");
        } else if (row instanceof CostRows.ServiceRow || row instanceof CostRows.SectionRow) {
            cell.getStyleClass().add("cost-group");
        }
        Tooltip tip = cell.getTooltip();
        String detail = CostRows.detail(row);
        if (tip == null) {
            tip = new Tooltip();
            tip.setWrapText(true);
            tip.setMaxWidth(480);
            cell.setTooltip(tip);
        }
        tip.setText(detail);
    }
}
