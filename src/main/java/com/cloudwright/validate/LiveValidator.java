package com.cloudwright.validate;

import com.cloudwright.model.Diagram;
import com.cloudwright.model.DiagramChange;
import com.cloudwright.model.DiagramListener;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import com.cloudwright.model.Props;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executor;
import java.util.function.Consumer;

/**
 * Keeps a diagram's {@link ValidationReport} current while it is edited.
 *
 * <p>Every edit, undo or redo is looked at on the thread that made it (the FX thread in the app).
 * An edit that changes only geometry (moving, resizing, rerouting: what a drag does every frame)
 * changes nothing a rule reads, so the report is carried over to the new revision at no cost.
 * Any other edit re-validates the whole diagram:
 * <ul>
 * <li>{@link #LiveValidator(Validator, Diagram) synchronously}, before the edit returns: a
 * 1,000-node diagram costs 3–5 ms (see {@code ValidationBenchmark}), inside a frame;</li>
 * <li>or {@link #inBackground in the background}: the editing thread only takes a
 *     {@link Diagram#snapshot snapshot} (well under a millisecond for 1,000 nodes); a worker
 *     validates it and the report is handed back through the {@code deliver} executor (e.g.
 *     {@code Platform::runLater}). A run that a newer edit has overtaken is skipped. Use this for
 *     large diagrams (thousands of nodes).</li>
 * </ul>
 * Listeners are told on the editing thread (synchronous) or through {@code deliver} (background).
 */
public final class LiveValidator implements AutoCloseable {

    private record NodeMeaning(String type, String parent, String label, Props props) {
        static NodeMeaning of(Node n) {
            return new NodeMeaning(n.type(), n.parent(), n.label(), n.props());
        }
    }

    private record EdgeMeaning(String from, String to, String label, Props props) {
        static EdgeMeaning of(Edge e) {
            return new EdgeMeaning(e.from(), e.to(), e.label(), e.props());
        }
    }

    private final Validator validator;
    private final Diagram diagram;
    private final Executor worker;
    private final Executor deliver;
    private final List<Consumer<ValidationReport>> listeners = new CopyOnWriteArrayList<>();
    private final DiagramListener onChange = this::changed;
    /** What the rules read of each node and edge, as of the last validation asked for. */
    private final Map<String, Object> meanings = new HashMap<>();
    private volatile ValidationReport current;
    /** Editing-thread state: the revision of the newest validation asked for, and the newest revision seen. */
    private volatile long requested;
    private volatile long seen;

    /** Validates now, and synchronously after every edit that can change the result, until {@link #close()}. */
    public LiveValidator(Validator validator, Diagram diagram) {
        this(validator, diagram, null, null);
    }

    private LiveValidator(Validator validator, Diagram diagram, Executor worker, Executor deliver) {
        this.validator = Objects.requireNonNull(validator, "validator");
        this.diagram = Objects.requireNonNull(diagram, "diagram");
        this.worker = worker;
        this.deliver = deliver;
        diagram.nodes().forEach(n -> meanings.put(n.id(), NodeMeaning.of(n)));
        diagram.edges().forEach(e -> meanings.put(e.id(), EdgeMeaning.of(e)));
        this.requested = diagram.revision();
        this.seen = diagram.revision();
        this.current = validator.validate(diagram);
        diagram.addListener(onChange);
    }

    /**
     * Validates on {@code worker} (a single-thread executor keeps runs in order) and hands reports
     * to listeners through {@code deliver}. The first report is made synchronously.
     */
    public static LiveValidator inBackground(Validator validator, Diagram diagram, Executor worker, Executor deliver) {
        return new LiveValidator(validator, diagram, Objects.requireNonNull(worker, "worker"),
                Objects.requireNonNull(deliver, "deliver"));
    }

    /** The latest report; {@code current().revision()} says which diagram revision it describes. */
    public ValidationReport current() {
        return current;
    }

    /** Hears each new report (see the class comment for the thread). */
    public void addListener(Consumer<ValidationReport> listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(Consumer<ValidationReport> listener) {
        listeners.remove(listener);
    }

    /** Quick fixes for a problem, for the diagram as it is now (call on the editing thread). */
    public List<QuickFix> quickFixes(Problem problem) {
        return validator.quickFixes(diagram, problem);
    }

    private void changed(DiagramChange change) {
        seen = change.revision();
        boolean meaningful = change.fieldsChanged();
        for (String id : change.nodeIds()) {
            meaningful |= update(id, diagram.node(id).map(NodeMeaning::of).orElse(null));
        }
        for (String id : change.edgeIds()) {
            meaningful |= update(id, diagram.edge(id).map(EdgeMeaning::of).orElse(null));
        }
        if (!meaningful) {
            if (current.revision() >= requested) {
                publish(current.withRevision(seen));
            }
            return;
        }
        requested = change.revision();
        if (worker == null) {
            publish(validator.validate(diagram));
            return;
        }
        Diagram snapshot = diagram.snapshot();
        long revision = change.revision();
        worker.execute(() -> {
            if (revision != requested) {
                return; // a newer edit has asked for its own run
            }
            ValidationReport report = validator.validate(snapshot, revision);
            deliver.execute(() -> {
                if (revision == requested) {
                    publish(report.withRevision(seen));
                }
            });
        });
    }

    /** Records what the rules read of one element; true when that changed. */
    private boolean update(String id, Object meaning) {
        Object before = meaning == null ? meanings.remove(id) : meanings.put(id, meaning);
        return !Objects.equals(before, meaning);
    }

    private void publish(ValidationReport report) {
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
