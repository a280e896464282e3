package com.cloudwright.model;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Text the model shows to people (command names), from {@code messages.properties}. */
public final class Messages {

    private static final String BUNDLE = "com.cloudwright.model.messages";

    private Messages() {
    }

    public static String format(String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.getDefault());
        return new MessageFormat(bundle.getString(key), Locale.getDefault()).format(args);
    }
}
