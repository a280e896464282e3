package com.cloudwright.ui.common;

import javafx.scene.Scene;

import java.util.Objects;

/** The one stylesheet every window of the app uses; it lives beside the UI's messages, above the feature packages. */
public final class Styles {

    /** The stylesheet's resource path, absolute so that it resolves the same from every package. */
    public static final String STYLESHEET = "/com/cloudwright/ui/cloudwright.css";

    private Styles() {
    }

    /** Gives the scene the app's look. */
    public static void applyTo(Scene scene) {
        scene.getStylesheets().add(Objects.requireNonNull(Styles.class.getResource(STYLESHEET), STYLESHEET).toExternalForm());
    }
}
