package com.cloudwright.palette;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The translations of one palette object's text: a block named by a language code beside the
 * English fields it translates, with the same field names —
 * {@code {"label": "NAT gateway", "ko": {"label": "NAT 게이트웨이"}}}. Text is looked up in
 * {@link Locale#getDefault()} at each call, so a language switch at run time takes effect; a field
 * a language leaves out falls back to the English.
 *
 * @param byLanguage language code → field → text
 */
public record Localized(Map<String, Map<String, String>> byLanguage) {

    public static final Localized NONE = new Localized(Map.of());

    /** The ISO 639 codes a block may be named by (field names of the data come first: "id" is an id). */
    private static final Set<String> LANGUAGES = Arrays.stream(Locale.getISOLanguages()).collect(Collectors.toSet());

    public Localized {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        byLanguage.forEach((language, fields) -> copy.put(language, Map.copyOf(fields)));
        byLanguage = Map.copyOf(copy);
    }

    /** The field in the current language, else {@code english}. */
    public String display(String field, String english) {
        return in(Locale.getDefault(), field).orElse(english);
    }

    /** The field in the locale's language, if it is translated. */
    public Optional<String> in(Locale locale, String field) {
        Map<String, String> fields = byLanguage.get(locale.getLanguage());
        return Optional.ofNullable(fields == null ? null : fields.get(field));
    }

    /** Every translation of the field, in any language (search looks through all of them). */
    public java.util.List<String> all(String field) {
        return byLanguage.values().stream().map(f -> f.get(field)).filter(java.util.Objects::nonNull).toList();
    }

    /** Whether {@code name} names a translation block rather than a field, given the object's own fields. */
    static boolean isLanguageBlock(String name, Set<String> fields) {
        return !fields.contains(name) && LANGUAGES.contains(name);
    }

    /**
     * The translation blocks of a JSON object whose own fields are {@code fields}; a block may hold
     * only {@code translatable} fields, each a string.
     */
    static Localized read(JsonNode object, Set<String> fields, Set<String> translatable, String at) {
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        object.fields().forEachRemaining(field -> {
            if (!isLanguageBlock(field.getKey(), fields)) {
                return;
            }
            String where = at + "." + field.getKey();
            if (!field.getValue().isObject()) {
                throw new PaletteException(where + ": a translation block must be an object of texts");
            }
            Map<String, String> texts = new LinkedHashMap<>();
            field.getValue().fields().forEachRemaining(t -> {
                if (!translatable.contains(t.getKey())) {
                    throw new PaletteException(where + ": \"" + t.getKey() + "\" is not translatable here (known: "
                            + translatable + ")");
                }
                if (!t.getValue().isTextual() || t.getValue().asText().isBlank()) {
                    throw new PaletteException(where + "." + t.getKey() + ": must be a non-blank string");
                }
                texts.put(t.getKey(), t.getValue().asText());
            });
            out.put(field.getKey(), texts);
        });
        return out.isEmpty() ? NONE : new Localized(out);
    }

    /**
     * The translation blocks of an object already converted from JSON to maps (the pricing blocks
     * the cost module reads): every entry whose key is a language code and whose value is a map.
     */
    public static Localized of(Map<?, ?> object) {
        if (object == null) {
            return NONE;
        }
        Map<String, Map<String, String>> out = new LinkedHashMap<>();
        object.forEach((key, value) -> {
            if (value instanceof Map<?, ?> texts && LANGUAGES.contains(key.toString())) {
                Map<String, String> fields = new LinkedHashMap<>();
                texts.forEach((k, v) -> fields.put(k.toString(), String.valueOf(v)));
                out.put(key.toString(), fields);
            }
        });
        return out.isEmpty() ? NONE : new Localized(out);
    }
}
