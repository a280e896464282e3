package com.cloudwright.ui.common;

import com.cloudwright.ui.UiText;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;

import java.util.Optional;

/** The app's message boxes. */
public final class Dialogs {

    public enum Unsaved { SAVE, DISCARD, CANCEL }

    private Dialogs() {
    }

    public static void error(Window owner, String header, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(UiText.get("app.title"));
        alert.setHeaderText(header);
        alert.getDialogPane().setId("error-dialog");
        alert.showAndWait();
    }

    /** Save / Don't Save / Cancel for a document with unsaved changes. */
    public static Unsaved askToSave(Window owner, String documentName) {
        ButtonType save = new ButtonType(UiText.get("unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(UiText.get("unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(UiText.get("unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert alert = new Alert(Alert.AlertType.WARNING, UiText.get("unsaved.message"), save, discard, cancel);
        alert.initOwner(owner);
        alert.setTitle(UiText.get("app.title"));
        alert.setHeaderText(UiText.get("unsaved.header", documentName));
        alert.getDialogPane().setId("unsaved-dialog");
        Optional<ButtonType> answer = alert.showAndWait();
        if (answer.isEmpty() || answer.get() == cancel) {
            return Unsaved.CANCEL;
        }
        return answer.get() == save ? Unsaved.SAVE : Unsaved.DISCARD;
    }
}
