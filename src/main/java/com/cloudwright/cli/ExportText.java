package com.cloudwright.cli;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The export commands' messages, from {@code export.properties}. */
final class ExportText {

    private static final ResourceBundle BUNDLE = ResourceBundle.getBundle("com.cloudwright.cli.export", Locale.getDefault());

    private ExportText() {
    }

    static String get(String key, Object... args) {
        String pattern = BUNDLE.getString(key);
        return args.length == 0 ? pattern : new MessageFormat(pattern, Locale.ROOT).format(args);
    }
}
