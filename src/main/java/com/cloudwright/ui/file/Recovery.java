package com.cloudwright.ui.file;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.ui.common.Background;
import com.cloudwright.ui.common.Dialogs;
import com.cloudwright.ui.common.Document;
import com.cloudwright.io.Autosaver;
import com.cloudwright.io.DiagramWriter;
import com.cloudwright.io.Journal;
import com.cloudwright.io.JournalRecorder;
import com.cloudwright.model.Diagram;
import com.cloudwright.io.RecoveryEntry;
import com.cloudwright.io.RecoveryStore;
import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.stage.Window;

import java.time.Duration;
import java.util.List;

/**
 * Never lose work: while the document has unsaved changes it is autosaved to the recovery store
 * (at most once per {@code delay}, written off the FX thread); saving or discarding it removes
 * the copy. At start, what a run that crashed left behind is offered for restoring.
 */
public final class Recovery implements AutoCloseable {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.ui.messages");

    /** One window, one document: its recovery file's key. */
    static final String KEY = "document";
    /** The autosave delay; tests shorten it with {@code -Dcloudwright.autosaveSeconds}. */
    public static final Duration DEFAULT_DELAY = Duration.ofMillis((long) (1000 * Double.parseDouble(
            System.getProperty("cloudwright.autosaveSeconds", "30"))));

    private final RecoveryStore store;
    private final Autosaver autosaver;
    private Document doc;
    /** Every edit, on disk within a fraction of a second; the autosave's full copy trims it. */
    private final Journal journal;
    private JournalRecorder recorder;
    private final ChangeListener<Diagram> onDiagram = (o, before, now) -> journalOn(now);
    private final ChangeListener<Number> onRevision = (o, before, now) -> changed();
    /** The snapshot is skipped when, by then, nothing is unsaved; a save discards the copy. */
    private final ChangeListener<Boolean> onDirty = (o, was, dirty) -> {
        if (!dirty) {
            discardCopy();
        }
    };
    private Window owner;

    public Recovery(RecoveryStore store, Document doc, Duration delay) {
        this.store = store;
        this.autosaver = new Autosaver(store, delay, Platform::runLater, this::snapshot,
                saved -> { },
                failed -> Platform.runLater(() -> this.doc.say(TEXT.get("recovery.saveFailed", failed.getMessage()))));
        this.journal = store.journal(KEY);
        follow(doc);
    }

    /**
     * Keeps the copy of another document from now on: the one a rebuilt window shows. Call it
     * before the old document lets its diagram go, which would otherwise read as "saved" here.
     */
    public void follow(Document next) {
        if (doc != null) {
            doc.revisionProperty().removeListener(onRevision);
            doc.dirtyProperty().removeListener(onDirty);
            doc.diagramProperty().removeListener(onDiagram);
        }
        doc = next;
        next.revisionProperty().addListener(onRevision);
        next.dirtyProperty().addListener(onDirty);
        next.diagramProperty().addListener(onDiagram);
        journalOn(next.diagram());
    }

    /** Journals the edits of the diagram shown (another one, opened or new, starts with no journal). */
    private void journalOn(Diagram diagram) {
        if (recorder != null) {
            if (recorder.diagram() == diagram) {
                return;
            }
            recorder.diagram().removeListener(recorder);
            journal.discard();
        }
        recorder = new JournalRecorder(journal, diagram, () -> doc.file());
        diagram.addListener(recorder);
    }

    private void changed() {
        autosaver.changed();
    }

    private void discardCopy() {
        journal.discard();
        Background.run(() -> {
            store.discard(KEY);
            return null;
        }, done -> { }, failed -> { });
    }

    private Autosaver.Snapshot snapshot() {
        if (!doc.isDirty()) {
            return null;
        }
        String text = new DiagramWriter().write(doc.diagram());
        // the full copy holds every edit so far: the journal starts over from it
        journal.restart(text, doc.diagram().name(), doc.file());
        return new Autosaver.Snapshot(KEY, doc.diagram().name(), text, doc.file());
    }

    /** Looks for documents a crashed run left (off the FX thread) and asks what to do with them. */
    public void offerRestore(Window owner, FileActions files) {
        this.owner = owner;
        Background.run(store::pending, pending -> {
            if (!pending.isEmpty()) {
                files.whenSafeToDiscard(() -> new RestoreDialog(owner, pending, this::restore, this::discard).show());
            }
        }, failed -> doc.say(TEXT.get("recovery.readFailed", failed.getMessage())));
    }

    private void restore(RecoveryEntry entry) {
        Background.run(() -> store.restore(entry, doc.palette()), recovered -> {
            doc.replaceUnsaved(recovered.diagram(), recovered.originalPath().orElse(null));
            doc.say(TEXT.get("recovery.restored", recovered.diagram().name(),
                    RestoreDialog.when().format(recovered.savedAt()), recovered.edits()));
            // Keep it safe under this run's name before the old copy goes.
            String text = new DiagramWriter().write(doc.diagram());
            Background.run(() -> {
                store.save(KEY, recovered.diagram().name(), text, recovered.originalPath().orElse(null));
                store.discard(entry);
                return null;
            }, done -> { }, failed -> doc.say(TEXT.get("recovery.saveFailed", failed.getMessage())));
        }, failed -> Dialogs.error(owner, TEXT.get("recovery.restoreFailed"), entry.file() + ": " + failed.getMessage()));
    }

    private void discard(List<RecoveryEntry> entries) {
        Background.run(() -> {
            for (RecoveryEntry e : entries) {
                store.discard(e);
            }
            return null;
        }, done -> doc.say(TEXT.get("recovery.discarded", entries.size())), failed -> { });
    }

    /** A clean exit: this run's recovery files go. */
    @Override
    public void close() {
        autosaver.close();
        journal.close();
        try {
            store.close();
        } catch (java.io.IOException e) {
            // nothing left to tell anyone: the application is exiting
        }
    }
}
