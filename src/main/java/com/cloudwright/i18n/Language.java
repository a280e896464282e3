package com.cloudwright.i18n;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The languages the app speaks. Every bundle has an English base and a Korean twin; any other
 * locale reads English. Choosing one sets the JVM's default locale, which {@link Bundle} reads at
 * each lookup, so text built after the choice is in the new language.
 */
public enum Language {
    ENGLISH("en", "English"),
    KOREAN("ko", "한국어");

    private final String tag;
    private final String endonym;

    Language(String tag, String endonym) {
        this.tag = tag;
        this.endonym = endonym;
    }

    /** The language's code: {@code en}, {@code ko}. */
    public String tag() {
        return tag;
    }

    /** The language's name in itself, as a language menu lists it. */
    public String endonym() {
        return endonym;
    }

    /** The language text in this locale is shown in: Korean for any Korean locale, English for the rest. */
    public static Language of(Locale locale) {
        return KOREAN.tag.equals(locale.getLanguage()) ? KOREAN : ENGLISH;
    }

    /** The language the app speaks now. */
    public static Language current() {
        return of(Locale.getDefault());
    }

    /** A language from a code such as {@code ko}, {@code ko-KR}, {@code ko_KR} or {@code EN}; empty when unknown. */
    public static Optional<Language> parse(String code) {
        if (code == null || code.isBlank()) {
            return Optional.empty();
        }
        String language = Locale.forLanguageTag(code.trim().replace('_', '-')).getLanguage();
        return Arrays.stream(values()).filter(l -> l.tag.equals(language)).findFirst();
    }

    /** The codes {@link #parse} knows, for messages that list them. */
    public static List<String> tags() {
        return Arrays.stream(values()).map(Language::tag).toList();
    }

    /**
     * Makes this the language of everything shown from now on. A default locale already in this
     * language is kept (its country still decides how dates and numbers look); another one is
     * replaced by the language's own.
     */
    public void use() {
        if (current() != this) {
            Locale.setDefault(this == KOREAN ? Locale.KOREA : Locale.US);
        }
    }
}
