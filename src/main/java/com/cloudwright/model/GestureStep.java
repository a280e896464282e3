package com.cloudwright.model;

/**
 * A command that belongs to a gesture (one drag): a {@link MoveNodes} of the same gesture folds
 * it into its undo step, so a drag and what follows from its drop (re-parenting, containers
 * growing, or putting everything back) are undone together.
 */
public interface GestureStep {

    /** The token of the gesture, the same object the drag's {@link MoveNodes} were given; may be null. */
    Object gesture();
}
