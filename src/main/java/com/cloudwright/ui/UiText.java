package com.cloudwright.ui;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Text shown in the window, from {@code messages.properties} (English first; Korean to follow). */
public final class UiText {

    private static final String BUNDLE = "com.cloudwright.ui.messages";

    private UiText() {
    }

    public static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, Locale.getDefault());
    }

    public static String get(String key, Object... args) {
        String pattern = bundle().getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.getDefault()).format(args);
    }
}
