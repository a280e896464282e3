package com.cloudwright.cfn;

import java.util.ArrayList;
import java.util.List;

/**
 * A note or reason of the exporter, kept as its key and arguments so it can be written twice: in
 * English into the template's Metadata (the same diagram gives the same bytes in every language)
 * and in the user's language in the notes shown after an export.
 *
 * @param args plain-text arguments (no number grouping) or nested texts, written in the same language
 */
record TemplateText(String key, List<Object> args) {

    TemplateText {
        List<Object> plain = new ArrayList<>(args.size());
        for (Object a : args) {
            plain.add(a instanceof TemplateText ? a : String.valueOf(a));
        }
        args = List.copyOf(plain);
    }

    static TemplateText of(String key, Object... args) {
        return new TemplateText(key, java.util.Arrays.asList(args));
    }

    /** The text as the template carries it. */
    String english() {
        return Build.TEXT.english(key, arguments(true));
    }

    /** The text as the user reads it, in the default locale. */
    String shown() {
        return Build.TEXT.get(key, arguments(false));
    }

    private Object[] arguments(boolean english) {
        return args.stream().map(a -> a instanceof TemplateText t ? (english ? t.english() : t.shown()) : a).toArray();
    }
}
