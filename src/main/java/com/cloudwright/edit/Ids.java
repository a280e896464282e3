package com.cloudwright.edit;

import com.cloudwright.model.Diagram;

import java.util.Set;
import java.util.regex.Pattern;

/** Readable fresh ids for copies: {@code web} → {@code web-2}, a copy of {@code web-2} → {@code web-3}. */
final class Ids {

    private static final Pattern COPY_SUFFIX = Pattern.compile("-\\d+$");

    private Ids() {
    }

    /** An id unused in the diagram and not in {@code reserved} (which it is added to). */
    static String fresh(Diagram diagram, String original, Set<String> reserved) {
        String base = COPY_SUFFIX.matcher(original).replaceFirst("");
        if (base.isEmpty()) {
            base = original;
        }
        String candidate = base;
        for (int i = 2; diagram.contains(candidate) || reserved.contains(candidate); i++) {
            candidate = base + "-" + i;
        }
        reserved.add(candidate);
        return candidate;
    }
}
