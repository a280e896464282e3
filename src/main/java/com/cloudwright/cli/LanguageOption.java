package com.cloudwright.cli;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The {@code --lang} option. It is read from the raw arguments before picocli parses them: the
 * help and the parse errors are written from the bundles of the locale in force at that moment,
 * so the language has to be chosen first.
 */
final class LanguageOption {

    static final String OPTION = "--lang";

    /** The languages the command line speaks, as the error for an unknown one names them. */
    static final List<String> KNOWN = List.of("ko", "ko-KR", "en", "en-US");

    private LanguageOption() {
    }

    /** The last value given to {@code --lang} before {@code --}, if any. */
    static Optional<String> requested(String... args) {
        String value = null;
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--")) {
                break;
            }
            if (a.equals(OPTION) && i + 1 < args.length) {
                value = args[++i];
            } else if (a.startsWith(OPTION + "=")) {
                value = a.substring(OPTION.length() + 1);
            }
        }
        return Optional.ofNullable(value);
    }

    /** ko, ko-KR, ko_KR, en, en-US (any letter case) and other regions of the two; empty for anything else. */
    static Optional<Locale> locale(String value) {
        Locale locale = Locale.forLanguageTag(value.strip().replace('_', '-'));
        if (com.cloudwright.i18n.Language.parse(locale.getLanguage()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(locale.getCountry().isEmpty() ? new Locale(locale.getLanguage())
                : new Locale(locale.getLanguage(), locale.getCountry()));
    }
}
