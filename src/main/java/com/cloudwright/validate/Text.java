package com.cloudwright.validate;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;

/** The validator's text for people ({@code messages.properties}): rule titles, messages, hints, fixes. */
public final class Text {

    private static final String BUNDLE = "com.cloudwright.validate.messages";

    private Text() {
    }

    private static ResourceBundle bundle() {
        return ResourceBundle.getBundle(BUNDLE, Locale.getDefault());
    }

    /** The text of a key; a missing key is a programming error and says which key. */
    public static String get(String key) {
        try {
            return bundle().getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("messages.properties has no key '" + key + "'", e);
        }
    }

    public static Optional<String> optional(String key) {
        ResourceBundle b = bundle();
        return b.containsKey(key) ? Optional.of(b.getString(key)) : Optional.empty();
    }

    /** Formats with {@link MessageFormat}: write an apostrophe as two in the bundle. */
    public static String format(String key, Object... args) {
        return args.length == 0 ? get(key).replace("''", "'") : new MessageFormat(get(key), Locale.getDefault()).format(args);
    }
}
