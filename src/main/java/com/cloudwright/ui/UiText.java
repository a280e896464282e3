package com.cloudwright.ui;

import com.cloudwright.i18n.Bundle;

import java.util.ResourceBundle;

/** Text shown in the window, from {@code messages.properties} (English first; Korean to follow). */
public final class UiText {

    private static final String BUNDLE = "com.cloudwright.ui.messages";

    private UiText() {
    }

    private static final Bundle TEXT = Bundle.named(BUNDLE);

    public static ResourceBundle bundle() {
        return TEXT.resources();
    }

    public static String get(String key, Object... args) {
        return TEXT.get(key, args);
    }
}
