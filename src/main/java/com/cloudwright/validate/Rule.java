package com.cloudwright.validate;

import java.util.List;

/**
 * One check of the diagram against how AWS works. Implementations are discovered with
 * {@link java.util.ServiceLoader} (annotate them {@code @AutoService(Rule.class)}), hold no state
 * between runs, and only read the diagram.
 */
public interface Rule {

    RuleInfo info();

    /** The problems this rule finds, in any order; the validator sorts them. */
    List<Problem> check(RuleContext context);

    /** Repairs for one of this rule's problems, for the diagram as the context shows it. */
    default List<QuickFix> quickFixes(Problem problem, RuleContext context) {
        return List.of();
    }
}
