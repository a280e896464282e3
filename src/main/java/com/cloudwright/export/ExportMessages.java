package com.cloudwright.export;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** Text the exporters show to people, from {@code messages.properties}. */
final class ExportMessages {

    private static final String BUNDLE = "com.cloudwright.export.messages";

    private ExportMessages() {
    }

    static String format(String key, Object... args) {
        ResourceBundle bundle = ResourceBundle.getBundle(BUNDLE, Locale.getDefault());
        return new MessageFormat(bundle.getString(key), Locale.getDefault()).format(args);
    }
}
