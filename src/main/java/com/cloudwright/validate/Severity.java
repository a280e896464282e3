package com.cloudwright.validate;

import java.util.Locale;

/** How bad a problem is. Declared worst first, so the natural order sorts errors to the top. */
public enum Severity {
    /** The diagram cannot be built as drawn (AWS would refuse it, or it cannot work). */
    ERROR,
    /** It can be built but goes against AWS practice (no redundancy, no encryption …). */
    WARNING,
    /** Worth knowing (address counts, cheaper options). */
    INFO;

    /** The lowercase name used in files and on the command line: error, warning, info. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** True when this severity is at least as bad as {@code threshold}. */
    public boolean atLeast(Severity threshold) {
        return compareTo(threshold) <= 0;
    }

    public static Severity fromId(String id) {
        return valueOf(id.trim().toUpperCase(Locale.ROOT));
    }
}
