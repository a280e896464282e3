package com.cloudwright.ui.file;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.ui.common.Styles;
import com.cloudwright.io.RecoveryEntry;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.stage.Window;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.function.Consumer;

/** "Cloudwright did not close properly": restore one of the documents it autosaved, discard them, or decide later. */
final class RestoreDialog {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.ui.messages");

    private final Alert alert;

    /** How a recovery's time is written, in the language in force. */
    static DateTimeFormatter when() {
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM).withZone(ZoneId.systemDefault());
    }

    /** Button texts and the date format are read when the dialog is built, so they follow the language in force. */
    RestoreDialog(Window owner, List<RecoveryEntry> entries, Consumer<RecoveryEntry> restore,
                  Consumer<List<RecoveryEntry>> discard) {
        ButtonType restoreButton = new ButtonType(TEXT.get("recovery.restore"), ButtonBar.ButtonData.OK_DONE);
        ButtonType discardButton = new ButtonType(TEXT.get("recovery.discard"), ButtonBar.ButtonData.OTHER);
        ButtonType laterButton = new ButtonType(TEXT.get("recovery.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        DateTimeFormatter when = when();
        ListView<RecoveryEntry> list = new ListView<>();
        list.setId("recovery-list");
        list.getItems().setAll(entries);
        list.getSelectionModel().select(0);
        list.setPrefHeight(Math.min(6, entries.size()) * 28 + 6);
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(RecoveryEntry e, boolean empty) {
                super.updateItem(e, empty);
                setText(empty || e == null ? null : TEXT.get("recovery.entry", e.name(),
                        e.originalPath().map(Object::toString).orElse(TEXT.get("recovery.neverSaved")),
                        when.format(e.savedAt()), e.edits()));
            }
        });
        alert = new Alert(Alert.AlertType.CONFIRMATION, "", restoreButton, discardButton, laterButton);
        alert.initOwner(owner);
        Styles.applyTo(alert);
        alert.setTitle(TEXT.get("recovery.title"));
        alert.setHeaderText(TEXT.get("recovery.header", entries.size()));
        alert.getDialogPane().setContent(list);
        alert.getDialogPane().setId("recovery-dialog");
        alert.getDialogPane().lookupButton(restoreButton).setId("recovery-restore");
        alert.getDialogPane().lookupButton(discardButton).setId("recovery-discard");
        alert.getDialogPane().lookupButton(laterButton).setId("recovery-later");
        alert.resultProperty().addListener((o, before, result) -> {
            if (result == restoreButton && list.getSelectionModel().getSelectedItem() != null) {
                restore.accept(list.getSelectionModel().getSelectedItem());
            } else if (result == discardButton) {
                discard.accept(entries);
            }
        });
    }

    void show() {
        alert.show();
    }
}
