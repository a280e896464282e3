package com.cloudwright.validate;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The validator's text for people ({@code messages.properties}): rule titles, messages, hints,
 * fixes. Patterns are looked up and parsed once per locale and key: a validation run formats
 * hundreds of messages, and live validation runs after every edit.
 */
public final class Text {

    private static final String BUNDLE = "com.cloudwright.validate.messages";
    private static final Optional<String> ABSENT = Optional.empty();

    private record Key(Locale locale, String key) {
    }

    private static final Map<Key, Optional<String>> PATTERNS = new ConcurrentHashMap<>();
    private static final Map<Key, MessageFormat> FORMATS = new ConcurrentHashMap<>();

    private Text() {
    }

    /** The text of a key; a missing key is a programming error and says which key. */
    public static String get(String key) {
        return optional(key).orElseThrow(() -> new IllegalStateException("messages.properties has no key '" + key + "'",
                new MissingResourceException(key, BUNDLE, key)));
    }

    public static Optional<String> optional(String key) {
        Locale locale = Locale.getDefault();
        return PATTERNS.computeIfAbsent(new Key(locale, key), k -> {
            ResourceBundle b = ResourceBundle.getBundle(BUNDLE, locale);
            return b.containsKey(key) ? Optional.of(b.getString(key)) : ABSENT;
        });
    }

    /** Formats with {@link MessageFormat}: write an apostrophe as two in the bundle. */
    public static String format(String key, Object... args) {
        String pattern = get(key);
        if (args.length == 0) {
            return pattern.replace("''", "'");
        }
        Locale locale = Locale.getDefault();
        MessageFormat format = FORMATS.computeIfAbsent(new Key(locale, key), k -> new MessageFormat(pattern, locale));
        synchronized (format) {
            return format.format(args);
        }
    }
}
