package com.cloudwright.io;

import com.cloudwright.model.Diagram;
import com.cloudwright.model.DiagramChange;
import com.cloudwright.model.DiagramListener;

import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Journals every change of one diagram: the first change after the journal was (re)started or
 * discarded gives it its base (the diagram as it is then), each later one a line. Whoever owns the
 * journal discards it when the diagram is saved. The app's recovery and the crash test drive the
 * journal through this one class.
 */
public final class JournalRecorder implements DiagramListener {

    private final Journal journal;
    private final Diagram diagram;
    private final Supplier<Path> originalPath;

    public JournalRecorder(Journal journal, Diagram diagram, Supplier<Path> originalPath) {
        this.journal = journal;
        this.diagram = diagram;
        this.originalPath = originalPath;
    }

    public Diagram diagram() {
        return diagram;
    }

    @Override
    public void diagramChanged(DiagramChange change) {
        if (!journal.started()) {
            journal.restart(diagram, diagram.name(), originalPath.get());
        } else {
            journal.record(diagram, change);
        }
    }
}
