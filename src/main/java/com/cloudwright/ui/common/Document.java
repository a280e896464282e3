package com.cloudwright.ui.common;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.model.Command;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.DiagramChange;
import com.cloudwright.model.DiagramListener;
import com.cloudwright.palette.Palette;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.LongProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleLongProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableSet;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Objects;

/**
 * The open document as the window sees it: the diagram, its file, the selection, and
 * observable revision and dirty state that views bind to. FX thread only.
 */
public final class Document {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.ui.messages");

    private final Palette palette;
    private final ObjectProperty<Diagram> diagram = new SimpleObjectProperty<>(this, "diagram");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty");
    /** The shown diagram's own {@link Diagram#revision()}, observable: the one change counter views listen to. */
    private final LongProperty revision = new SimpleLongProperty(this, "revision");
    private final ObservableSet<String> selection = FXCollections.observableSet(new LinkedHashSet<>());
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final DiagramListener onChange = this::changed;
    private final Runnable onHistory = this::historyChanged;

    public Document(Palette palette) {
        this.palette = Objects.requireNonNull(palette);
        replace(Document.blank(), null);
    }

    /** A document that shows a diagram as it is: its undo history and unsaved state stay. */
    private Document(Palette palette, Diagram shown, Path shownFile) {
        this.palette = palette;
        shown.addListener(onChange);
        shown.history().addListener(onHistory);
        file.set(shownFile);
        diagram.set(shown);
        revision.set(shown.revision());
        dirty.set(shown.history().isDirty());
    }

    /**
     * The document for a window built anew (after a language switch): it shows this one's diagram
     * with its undo history, file, unsaved state, selection and status. Then {@link #letGo()} this one.
     */
    public Document handOver() {
        Document next = new Document(palette, diagram(), file());
        next.selection.addAll(selection);
        next.status.set(status.get());
        return next;
    }

    /**
     * This document shows an empty diagram from now on, so the views built on it stop following
     * the one it showed (which another document has taken over).
     */
    public void letGo() {
        replace(blank(), null);
    }

    public static Diagram blank() {
        return new Diagram(TEXT.get("document.untitled"), "us-east-1");
    }

    public Palette palette() {
        return palette;
    }

    public Diagram diagram() {
        return diagram.get();
    }

    public ReadOnlyObjectProperty<Diagram> diagramProperty() {
        return diagram;
    }

    public Path file() {
        return file.get();
    }

    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file;
    }

    public ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    public boolean isDirty() {
        return dirty.get();
    }

    /**
     * The shown diagram's revision: grows with every change of the diagram, and when another
     * diagram is shown (its count goes on from the last one's).
     */
    public ReadOnlyLongProperty revisionProperty() {
        return revision;
    }

    public ObservableSet<String> selection() {
        return selection;
    }

    /** The status bar's message: what just happened, or why a gesture was refused. */
    public StringProperty statusProperty() {
        return status;
    }

    public void say(String message) {
        status.set(message);
    }

    /** Shows another diagram (new or opened); it counts as saved. */
    public void replace(Diagram next, Path nextFile) {
        Diagram previous = diagram.get();
        if (previous != null) {
            previous.removeListener(onChange);
            previous.history().removeListener(onHistory);
            next.continueRevisionsAfter(previous.revision());
        }
        selection.clear();
        next.history().markSaved();
        next.addListener(onChange);
        next.history().addListener(onHistory);
        file.set(nextFile);
        diagram.set(next);
        dirty.set(false);
        revision.set(next.revision());
    }

    /** Shows a diagram restored after a crash: it belongs to {@code originalFile} but is not saved there. */
    public void replaceUnsaved(Diagram next, Path originalFile) {
        replace(next, originalFile);
        next.history().markSaved(new Object());
    }

    public void saved(Path savedFile, Object savePoint) {
        file.set(savedFile);
        diagram().history().markSaved(savePoint);
    }

    /**
     * Runs a command as one undo step. A message in the status bar from before (a refusal, a hint)
     * no longer describes the canvas once an action succeeds, so it goes, unless the action said
     * something itself.
     */
    public void execute(Command command) {
        String before = status.get();
        diagram().history().execute(command);
        if (status.get() == before) {
            status.set("");
        }
    }

    public void select(String id) {
        selection.clear();
        if (id != null) {
            selection.add(id);
        }
    }

    /** The single selected id, or null when none or several are selected. */
    public String singleSelection() {
        return selection.size() == 1 ? selection.iterator().next() : null;
    }

    private void changed(DiagramChange change) {
        Diagram d = diagram();
        selection.removeIf(id -> !d.contains(id));
        revision.set(change.revision());
    }

    private void historyChanged() {
        dirty.set(diagram().history().isDirty());
    }
}
