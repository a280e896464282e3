package com.cloudwright.validate;

import com.cloudwright.model.Diagram;
import com.cloudwright.model.DiagramChange;
import com.cloudwright.model.DiagramListener;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * Keeps a diagram's {@link ValidationReport} current while it is edited: after every edit, undo
 * or redo it re-validates and tells its listeners. It runs on the thread that edits the diagram
 * (the FX thread in the app) and needs no locking: a full run of a 1,000-node diagram costs well
 * under a millisecond or two (see {@code ValidationBenchmark}), far inside a 16 ms frame, so
 * incremental bookkeeping would buy nothing but risk.
 */
public final class LiveValidator implements AutoCloseable {

    private final Validator validator;
    private final Diagram diagram;
    private final List<Consumer<ValidationReport>> listeners = new CopyOnWriteArrayList<>();
    private final DiagramListener onChange = this::changed;
    private volatile ValidationReport current;

    /** Validates the diagram now and after every change until {@link #close()}. */
    public LiveValidator(Validator validator, Diagram diagram) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.diagram = Objects.requireNonNull(diagram, "diagram");
        this.current = validator.validate(diagram);
        diagram.addListener(onChange);
    }

    /** The report of the latest revision. */
    public ValidationReport current() {
        return current;
    }

    /** Hears each new report, on the editing thread, right after the change that caused it. */
    public void addListener(Consumer<ValidationReport> listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(Consumer<ValidationReport> listener) {
        listeners.remove(listener);
    }

    /** Quick fixes for a problem of the current report. */
    public List<QuickFix> quickFixes(Problem problem) {
        return validator.quickFixes(diagram, problem);
    }

    private void changed(DiagramChange change) {
        ValidationReport report = validator.validate(diagram);
        current = report;
        for (Consumer<ValidationReport> l : listeners) {
            l.accept(report);
        }
    }

    @Override
    public void close() {
        diagram.removeListener(onChange);
    }
}
