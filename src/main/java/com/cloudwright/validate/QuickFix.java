package com.cloudwright.validate;

import com.cloudwright.model.DiagramCommand;

import java.util.Objects;

/**
 * A repair offered for a problem: a title for the menu and the one command that performs it,
 * so that applying it is a single undo step. Made for the diagram as it is now: run it through
 * {@code diagram.history().execute(fix.command())} before the diagram changes, or ask again.
 */
public record QuickFix(String ruleId, String title, DiagramCommand command) {

    public QuickFix {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(command, "command");
    }
}
