package com.cloudwright.ui.problems;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.validate.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** "2 errors, 3 warnings": the count line of the problems panel and the status bar. */
final class ProblemSummary {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.ui.messages");

    private ProblemSummary() {
    }

    static String of(Map<Severity, Long> counts) {
        List<String> parts = new ArrayList<>();
        for (Severity s : Severity.values()) {
            long n = counts.getOrDefault(s, 0L);
            if (n > 0) {
                parts.add(count(s, n));
            }
        }
        return parts.isEmpty() ? TEXT.get("problems.none") : String.join(TEXT.get("problems.separator"), parts);
    }

    /** "1 error", "3 warnings", "0 info". */
    static String count(Severity severity, long n) {
        return TEXT.get("problems.count." + severity.id(), n);
    }
}
