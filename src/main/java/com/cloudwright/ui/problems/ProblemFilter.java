package com.cloudwright.ui.problems;

import com.cloudwright.validate.Severity;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import java.util.function.Predicate;

/**
 * What the problems panel shows: the severities switched on, and words that must all appear
 * (in any case) in the rule id, message, node name or hint.
 */
record ProblemFilter(Set<Severity> shown, String text) implements Predicate<ProblemRow> {

    static final ProblemFilter ALL = new ProblemFilter(EnumSet.allOf(Severity.class), "");

    ProblemFilter {
        shown = shown.isEmpty() ? EnumSet.noneOf(Severity.class) : EnumSet.copyOf(shown);
        text = text == null ? "" : text.strip();
    }

    ProblemFilter withSeverity(Severity severity, boolean on) {
        Set<Severity> next = shown.isEmpty() ? EnumSet.noneOf(Severity.class) : EnumSet.copyOf(shown);
        if (on) {
            next.add(severity);
        } else {
            next.remove(severity);
        }
        return new ProblemFilter(next, text);
    }

    ProblemFilter withText(String newText) {
        return new ProblemFilter(shown, newText);
    }

    @Override
    public boolean test(ProblemRow row) {
        if (!shown.contains(row.severity())) {
            return false;
        }
        if (text.isEmpty()) {
            return true;
        }
        String haystack = String.join("\n", row.ruleId(), row.message(), row.where(), row.problem().hint())
                .toLowerCase(Locale.ROOT);
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("\\s+")).allMatch(haystack::contains);
    }
}
