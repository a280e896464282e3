package com.cloudwright.ui;

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
final class Document {

    private final Palette palette;
    private final ObjectProperty<Diagram> diagram = new SimpleObjectProperty<>(this, "diagram");
    private final ObjectProperty<Path> file = new SimpleObjectProperty<>(this, "file");
    private final BooleanProperty dirty = new SimpleBooleanProperty(this, "dirty");
    private final LongProperty revision = new SimpleLongProperty(this, "revision");
    private final ObservableSet<String> selection = FXCollections.observableSet(new LinkedHashSet<>());
    private final StringProperty status = new SimpleStringProperty(this, "status", "");
    private final DiagramListener onChange = this::changed;
    private final Runnable onHistory = this::historyChanged;

    Document(Palette palette) {
        this.palette = Objects.requireNonNull(palette);
        replace(Document.blank(), null);
    }

    static Diagram blank() {
        return new Diagram(UiText.get("document.untitled"), "us-east-1");
    }

    Palette palette() {
        return palette;
    }

    Diagram diagram() {
        return diagram.get();
    }

    ReadOnlyObjectProperty<Diagram> diagramProperty() {
        return diagram;
    }

    Path file() {
        return file.get();
    }

    ReadOnlyObjectProperty<Path> fileProperty() {
        return file;
    }

    ReadOnlyBooleanProperty dirtyProperty() {
        return dirty;
    }

    boolean isDirty() {
        return dirty.get();
    }

    /** Grows with every change of the diagram, and when another diagram is opened. */
    ReadOnlyLongProperty revisionProperty() {
        return revision;
    }

    ObservableSet<String> selection() {
        return selection;
    }

    /** The status bar's message: what just happened, or why a gesture was refused. */
    StringProperty statusProperty() {
        return status;
    }

    void say(String message) {
        status.set(message);
    }

    /** Shows another diagram (new or opened); it counts as saved. */
    void replace(Diagram next, Path nextFile) {
        Diagram previous = diagram.get();
        if (previous != null) {
            previous.removeListener(onChange);
            previous.history().removeListener(onHistory);
        }
        selection.clear();
        next.history().markSaved();
        next.addListener(onChange);
        next.history().addListener(onHistory);
        file.set(nextFile);
        diagram.set(next);
        dirty.set(false);
        revision.set(revision.get() + 1);
    }

    /** Shows a diagram restored after a crash: it belongs to {@code originalFile} but is not saved there. */
    void replaceUnsaved(Diagram next, Path originalFile) {
        replace(next, originalFile);
        next.history().markSaved(new Object());
    }

    void saved(Path savedFile, Object savePoint) {
        file.set(savedFile);
        diagram().history().markSaved(savePoint);
    }

    void execute(Command command) {
        diagram().history().execute(command);
    }

    void select(String id) {
        selection.clear();
        if (id != null) {
            selection.add(id);
        }
    }

    /** The single selected id, or null when none or several are selected. */
    String singleSelection() {
        return selection.size() == 1 ? selection.iterator().next() : null;
    }

    private void changed(DiagramChange change) {
        Diagram d = diagram();
        selection.removeIf(id -> !d.contains(id));
        revision.set(revision.get() + 1);
    }

    private void historyChanged() {
        dirty.set(diagram().history().isDirty());
    }
}
