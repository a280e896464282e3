package com.cloudwright.edit;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** What the editing operations say to people, from {@code com/cloudwright/edit/messages.properties}. */
final class EditText {

    private static final String BUNDLE = "com.cloudwright.edit.messages";

    private EditText() {
    }

    static String get(String key, Object... args) {
        return new MessageFormat(bundle().getString(key), Locale.getDefault()).format(args);
    }

    static boolean has(String key) {
        try {
            bundle().getString(key);
            return true;
        } catch (MissingResourceException e) {
            return false;
        }
    }

    private static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, Locale.getDefault());
    }
}
