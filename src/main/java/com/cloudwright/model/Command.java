package com.cloudwright.model;

/**
 * One user-visible edit. Run only by {@link History}: {@code execute} the first time and on
 * redo, {@code undo} to take it back.
 */
public interface Command {

    void execute(Diagram diagram);

    void undo(Diagram diagram);

    /** Names the step in the Edit menu, e.g. "Move 3 nodes". */
    String description();

    /**
     * Folds a command that directly follows this one into it (the moves of one drag become one
     * undo step). Returns false when the two are separate steps.
     */
    default boolean absorb(Command next) {
        return false;
    }
}
