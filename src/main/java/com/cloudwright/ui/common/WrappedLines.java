package com.cloudwright.ui.common;

import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;

/**
 * A list of sentences shown whole: each line wraps to the list's width instead of running off to
 * the right behind a horizontal scroll bar (exporter notes and reasons are one long sentence each).
 */
public final class WrappedLines {

    /** Room for the vertical scroll bar and the cell's padding. */
    private static final double INSET = 28;

    private WrappedLines() {
    }

    public static void apply(ListView<String> list) {
        list.setCellFactory(view -> {
            ListCell<String> cell = new ListCell<>() {
                @Override
                protected void updateItem(String item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : item);
                }
            };
            cell.setWrapText(true);
            cell.prefWidthProperty().bind(view.widthProperty().subtract(INSET));
            cell.setMaxWidth(ListCell.USE_PREF_SIZE);
            return cell;
        });
    }
}
