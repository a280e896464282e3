package com.cloudwright.ui.common;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.ui.common.Styles;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import java.util.Optional;

/** The app's message boxes. */
public final class Dialogs {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.ui.messages");

    public enum Unsaved { SAVE, DISCARD, CANCEL }

    private Dialogs() {
    }

    public static void error(Window owner, String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        Styles.applyTo(alert);
        alert.setTitle(TEXT.get("app.title"));
        alert.setHeaderText(header);
        alert.getDialogPane().setId("error-dialog");
        alert.showAndWait();
    }

    /** Save / Don't Save / Cancel for a document with unsaved changes. */
    public static Unsaved askToSave(Window owner, String documentName) {
        ButtonType save = new ButtonType(TEXT.get("unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(TEXT.get("unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(TEXT.get("unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, TEXT.get("unsaved.message"), save, discard, cancel);
        alert.initOwner(owner);
        Styles.applyTo(alert);
        alert.setTitle(TEXT.get("app.title"));
        alert.setHeaderText(TEXT.get("unsaved.header", documentName));
        alert.getDialogPane().setId("unsaved-dialog");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == cancel) {
            return Unsaved.CANCEL;
        }
        return answer.get() == save ? Unsaved.SAVE : Unsaved.DISCARD;
    }
}
