package com.cloudwright.i18n;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Objects;
import java.util.Optional;
import java.util.ResourceBundle;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one way text reaches a user: a named resource bundle, looked up in the current default
 * locale each time (so switching the language takes effect without a restart) and formatted with
 * {@link MessageFormat}. Write an apostrophe as two in a bundle, with or without arguments.
 *
 * <p>Each package that shows text holds one constant, e.g.
 * {@code static final Bundle TEXT = Bundle.named("com.cloudwright.cost.messages")}.
 */
public final class Bundle {

    private record Key(Locale locale, String key) {
    }

    private final String name;
    private final Locale numberLocale;
    private final Map<Key, Optional<String>> patterns = new ConcurrentHashMap<>();
    private final Map<Key, MessageFormat> formats = new ConcurrentHashMap<>();

    private Bundle(String name, Locale numberLocale) {
        this.name = Objects.requireNonNull(name, "name");
        this.numberLocale = numberLocale;
    }

    /** Text in the default locale, numbers formatted the way that locale writes them. */
    public static Bundle named(String name) {
        return new Bundle(name, null);
    }

    /**
     * Text in the default locale, numbers always formatted in {@link Locale#ROOT} (1,234.5): for
     * output that scripts read, such as the command line's reports.
     */
    public static Bundle withRootNumbers(String name) {
        return new Bundle(name, Locale.ROOT);
    }

    public String name() {
        return name;
    }

    /** The bundle in the current default locale. */
    public ResourceBundle resources() {
        return ResourceBundle.getBundle(name, Locale.getDefault());
    }

    public boolean has(String key) {
        return pattern(key).isPresent();
    }

    /** The raw pattern of a key, if the bundle has it. */
    public Optional<String> pattern(String key) {
        return lookup(Locale.getDefault(), key);
    }

    /**
     * Patterns are remembered per locale: a validation run formats thousands of messages, and
     * asking {@link ResourceBundle} each time costs more than the formatting.
     */
    private Optional<String> lookup(Locale locale, String key) {
        return patterns.computeIfAbsent(new Key(locale, key), k -> {
            ResourceBundle b = ResourceBundle.getBundle(name, locale);
            return b.containsKey(key) ? Optional.of(b.getString(key)) : Optional.empty();
        });
    }

    /**
     * The formatted text of a key. A missing key is a programming error and names the key and
     * the bundle.
     */
    public String get(String key, Object... args) {
        return format(Locale.getDefault(), key, args);
    }

    /**
     * The formatted text of a key in the base bundle (the English file) whatever the default locale,
     * numbers in {@link Locale#ROOT}: for output that must be the same bytes in every language, such
     * as the notes a CloudFormation template carries.
     */
    public String english(String key, Object... args) {
        return format(Locale.ROOT, key, args);
    }

    /** {@link Locale#ROOT} finds the base bundle only: it never falls back to the default locale's file. */
    private String format(Locale locale, String key, Object... args) {
        String pattern = lookup(locale, key).orElseThrow(() -> new IllegalStateException(name + " has no key '" + key + "'",
                new MissingResourceException(key, name, key)));
        if (args.length == 0) {
            return pattern.replace("''", "'");
        }
        Locale formatLocale = numberLocale != null ? numberLocale : locale;
        MessageFormat format = formats.computeIfAbsent(new Key(locale, key), k -> new MessageFormat(pattern, formatLocale));
        synchronized (format) {
            return format.format(args);
        }
    }

    /** The formatted text of a key, or empty when the bundle has no such key. */
    public Optional<String> optional(String key, Object... args) {
        return has(key) ? Optional.of(get(key, args)) : Optional.empty();
    }
}
