package com.cloudwright.ui.problems;

import com.cloudwright.ui.UiText;
import com.cloudwright.validate.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** "2 errors, 3 warnings": the count line of the problems panel and the status bar. */
final class ProblemSummary {

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
        return parts.isEmpty() ? UiText.get("problems.none") : String.join(UiText.get("problems.separator"), parts);
    }

    /** "1 error", "3 warnings", "0 info". */
    static String count(Severity severity, long n) {
        return UiText.get("problems.count." + severity.id(), n);
    }
}
