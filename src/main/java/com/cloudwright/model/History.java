package com.cloudwright.model;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The undo and redo stacks of one diagram, and the only way to change it. Refuses a command
 * issued while another runs (a listener editing the diagram mid-edit would corrupt the stacks).
 */
public final class History {

    private static final Object NEVER_SAVED = new Object();

    private final Diagram diagram;
    private final Deque<Command> undo = new ArrayDeque<>();
    private final Deque<Command> redo = new ArrayDeque<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();
    private Object savedAt;
    private boolean running;

    History(Diagram diagram) {
        this.diagram = diagram;
    }

    /** Runs the command and records it as one undo step (or folds it into the previous step). */
    public void execute(Command command) {
        Objects.requireNonNull(command, "command");
        enter();
        try {
            command.execute(diagram);
            if (command instanceof DiagramCommand dc && dc.changedNothing()) {
                return;
            }
            Command top = undo.peek();
            if (top != null && redo.isEmpty() && top.absorb(command)) {
                if (savedAt == top) {
                    savedAt = NEVER_SAVED;
                }
                if (top instanceof DiagramCommand merged && merged.changedNothing()) {
                    // a drag that ends where it started (or a refused drop put back) is no step
                    undo.pop();
                }
            } else {
                undo.push(command);
            }
            redo.clear();
            changed(command);
        } finally {
            running = false;
        }
        fireStateChanged();
    }

    public void undo() {
        if (undo.isEmpty()) {
            return;
        }
        enter();
        Command command;
        try {
            command = undo.pop();
            command.undo(diagram);
            redo.push(command);
            changed(command);
        } finally {
            running = false;
        }
        fireStateChanged();
    }

    public void redo() {
        if (redo.isEmpty()) {
            return;
        }
        enter();
        try {
            Command command = redo.pop();
            command.execute(diagram);
            undo.push(command);
            changed(command);
        } finally {
            running = false;
        }
        fireStateChanged();
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    public Optional<String> undoDescription() {
        return Optional.ofNullable(undo.peek()).map(Command::description);
    }

    public Optional<String> redoDescription() {
        return Optional.ofNullable(redo.peek()).map(Command::description);
    }

    /** Remembers the current state as the one on disk. */
    public void markSaved() {
        markSaved(savePoint());
    }

    /** Identifies the current state, for a save that finishes later (edits may happen meanwhile). */
    public Object savePoint() {
        return undo.peek();
    }

    /** Records that the state identified by {@code point} is the one on disk. */
    public void markSaved(Object point) {
        savedAt = point;
        fireStateChanged();
    }

    /** True when the diagram differs from what was last saved (or loaded). */
    public boolean isDirty() {
        return savedAt != undo.peek();
    }

    public void addListener(Runnable listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(Runnable listener) {
        listeners.remove(listener);
    }

    private void enter() {
        if (running) {
            throw new IllegalStateException("a command is already running; edits must not nest");
        }
        running = true;
    }

    private void changed(Command command) {
        long revision = diagram.nextRevision();
        DiagramChange change = command instanceof DiagramCommand dc
                ? dc.describe(revision)
                : new DiagramChange(revision, allNodeIds(), new HashSet<>(), true);
        diagram.fireChanged(change);
    }

    private HashSet<String> allNodeIds() {
        HashSet<String> ids = new HashSet<>();
        diagram.nodes().forEach(n -> ids.add(n.id()));
        return ids;
    }

    private void fireStateChanged() {
        for (Runnable l : listeners) {
            l.run();
        }
    }
}
