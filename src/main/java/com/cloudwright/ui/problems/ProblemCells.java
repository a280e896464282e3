package com.cloudwright.ui.problems;

import com.cloudwright.ui.UiText;
import com.cloudwright.validate.Problem;
import com.cloudwright.validate.Severity;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.Tooltip;

import java.util.function.Function;

/** The problems table's cells that show more than text. */
final class ProblemCells {

    private ProblemCells() {
    }

    /** The message, with the whole of it and what to do in a tooltip (the column often cuts it short). */
    static final class MessageCell extends TableCell<ProblemRow, String> {
        private final Tooltip tip = new Tooltip();
        private final Function<Problem, String> hintOf;

        MessageCell(Function<Problem, String> hintOf) {
            this.hintOf = hintOf;
            tip.setWrapText(true);
            tip.setMaxWidth(520);
            tip.getStyleClass().add("problem-tooltip");
        }

        @Override
        protected void updateItem(String item, boolean empty) {
            super.updateItem(item, empty);
            ProblemRow row = empty ? null : getTableRow().getItem();
            setText(empty ? null : item);
            if (row == null) {
                setTooltip(null);
                return;
            }
            String what = hintOf.apply(row.problem());
            tip.setText(what.isBlank() ? row.message() : row.message() + "\n" + UiText.get("problems.tooltip.hint", what));
            setTooltip(tip);
        }
    }

    static final class SeverityCell extends TableCell<ProblemRow, Severity> {
        SeverityCell() {
            setAlignment(Pos.CENTER);
        }

        @Override
        protected void updateItem(Severity item, boolean empty) {
            super.updateItem(item, empty);
            setText(null);
            setGraphic(empty || item == null ? null : SeverityIcon.of(item));
        }
    }
}
