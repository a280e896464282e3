package com.cloudwright.ui.problems;

import com.cloudwright.validate.Problem;
import com.cloudwright.validate.Severity;

import java.util.Objects;

/**
 * One line of the problems panel: the problem and the name of the node it is about, as that node
 * was labelled when the report was shown. Plain data, no JavaFX.
 */
record ProblemRow(Problem problem, String where) {

    ProblemRow {
        Objects.requireNonNull(problem, "problem");
        where = where == null ? "" : where;
    }

    Severity severity() {
        return problem.severity();
    }

    String ruleId() {
        return problem.ruleId();
    }

    String message() {
        return problem.message();
    }
}
