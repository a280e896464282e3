package com.cloudwright.ui.common;

import javafx.scene.Scene;
import javafx.scene.control.Dialog;

import java.util.Objects;

/** The one stylesheet every window of the app uses; it lives beside the UI's messages, above the feature packages. */
public final class Styles {

    /** The stylesheet's resource path, absolute so that it resolves the same from every package. */
    public static final String STYLESHEET = "/com/cloudwright/ui/cloudwright.css";

    private Styles() {
    }

    /** Gives the scene the app's look (and its fonts). */
    public static void applyTo(Scene scene) {
        UiFonts.load();
        scene.getStylesheets().add(Objects.requireNonNull(Styles.class.getResource(STYLESHEET), STYLESHEET).toExternalForm());
    }

    /** Gives a message box the app's look, so that its text shows in the app's fonts too. */
    public static void applyTo(Dialog<?> dialog) {
        UiFonts.load();
        dialog.getDialogPane().getStylesheets().add(
                Objects.requireNonNull(Styles.class.getResource(STYLESHEET), STYLESHEET).toExternalForm());
    }
}
