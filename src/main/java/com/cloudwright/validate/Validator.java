package com.cloudwright.validate;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Runs every rule on a diagram. Stateless and immutable: one instance may serve any number of
 * diagrams and threads. A run only reads the diagram, and {@link Diagram} is not thread-safe, so a
 * run must not overlap an edit: call it on the thread that edits (the FX thread; a 1,000-node
 * diagram costs 3–5 ms), or validate a {@link #snapshot} taken on that thread from any
 * other thread. {@link LiveValidator} does either for the editor.
 */
public final class Validator {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.validate.messages");

    private final Palette palette;
    private final RuleSet rules;

    /** A validator with every discovered rule. */
    public Validator(Palette palette) {
        this(palette, RuleSet.discovered());
    }

    public Validator(Palette palette, RuleSet rules) {
        this.palette = Objects.requireNonNull(palette, "palette");
        this.rules = Objects.requireNonNull(rules, "rules");
    }

    public RuleSet rules() {
        return rules;
    }

    public Palette palette() {
        return palette;
    }

    /** Every problem of the diagram, sorted. A rule that fails reports itself instead of stopping the run. */
    public ValidationReport validate(Diagram diagram) {
        return validate(diagram, diagram.revision());
    }

    /** Validates a {@link #snapshot} and labels the report with the revision the snapshot was taken at. */
    public ValidationReport validate(Diagram diagram, long revision) {
        RuleContext context = RuleContext.of(diagram, palette);
        List<Problem> problems = new ArrayList<>();
        for (Rule rule : rules.rules()) {
            problems.addAll(run(rule, context));
        }
        return new ValidationReport(revision, problems);
    }

    private static List<Problem> run(Rule rule, RuleContext context) {
        try {
            return rule.check(context);
        } catch (RuntimeException e) {
            RuleInfo info = rule.info();
            return List.of(new Problem(info.id(), Severity.WARNING, List.of(), List.of(),
                    TEXT.get("validator.ruleFailed", info.id(), String.valueOf(e)), ""));
        }
    }

    /**
     * Repairs for a problem of the diagram's current report, for the diagram as it is now (call on
     * the editing thread). Each fix is one command, so one undo step: run it with
     * {@code diagram.history().execute(fix.command())}. Empty when the rule offers none or the
     * problem's nodes are gone.
     */
    public List<QuickFix> quickFixes(Diagram diagram, Problem problem) {
        return rules.rule(problem.ruleId())
                .map(rule -> rule.quickFixes(problem, RuleContext.of(diagram, palette)))
                .orElse(List.of());
    }
}
