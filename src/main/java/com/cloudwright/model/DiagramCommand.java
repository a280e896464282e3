package com.cloudwright.model;

/**
 * A command that states only its forward logic: the first run is recorded element by element,
 * and undo / redo replay that record, so no command needs its own undo code.
 */
public abstract class DiagramCommand implements Command {

    private Changeset recorded;

    /** Makes the change through {@code edit}; runs once, on first execution. */
    protected abstract void perform(Edit edit);

    @Override
    public final void execute(Diagram diagram) {
        if (recorded == null) {
            Edit edit = new Edit(diagram);
            try {
                perform(edit);
            } catch (RuntimeException e) {
                edit.changes().apply(diagram, false);
                throw e;
            }
            recorded = edit.changes();
        } else {
            recorded.apply(diagram, true);
        }
    }

    @Override
    public final void undo(Diagram diagram) {
        recorded.apply(diagram, false);
    }

    /** Whether {@code next} continues the same gesture; see {@link #absorb}. */
    protected boolean continues(Command next) {
        return false;
    }

    @Override
    public final boolean absorb(Command next) {
        if (recorded != null && next instanceof DiagramCommand later && later.recorded != null && continues(next)) {
            recorded.append(later.recorded);
            return true;
        }
        return false;
    }

    boolean changedNothing() {
        return recorded != null && recorded.isEmpty();
    }

    DiagramChange describe(long revision) {
        return recorded.describe(revision);
    }
}
