package com.cloudwright.cost;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Text of the cost estimate shown to people, from {@code messages.properties}. */
public final class CostMessages {

    private static final String BUNDLE = "com.cloudwright.cost.messages";

    private CostMessages() {
    }

    public static String get(String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.getDefault());
        String pattern = bundle.getString(key);
        return new MessageFormat(pattern, Locale.ROOT).format(args);
    }
}
