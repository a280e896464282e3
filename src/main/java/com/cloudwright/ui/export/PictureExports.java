package com.cloudwright.ui.export;

import com.cloudwright.ui.common.Dialogs;
import com.cloudwright.ui.common.Document;
import com.cloudwright.ui.common.FileDialogs;
import com.cloudwright.ui.UiText;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.stage.Window;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The window's picture exports: the dialog's last settings, and Export Again, which repeats the
 * last export (settings, selection and file) without asking.
 */
final class PictureExports {

    private final Document doc;
    private final Supplier<Window> owner;
    private final FileDialogs dialogs;
    private final ReadOnlyBooleanWrapper hasLast = new ReadOnlyBooleanWrapper(this, "hasLast");
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private PictureSettings settings = PictureSettings.defaults();
    private PictureJob.Done last;

    PictureExports(Document doc, Supplier<Window> owner, FileDialogs dialogs) {
        this.doc = doc;
        this.owner = owner;
        this.dialogs = dialogs;
    }

    ReadOnlyBooleanProperty hasLastExportProperty() {
        return hasLast.getReadOnlyProperty();
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    Document document() {
        return doc;
    }

    FileDialogs dialogs() {
        return dialogs;
    }

    /** The settings the dialog opens with: the last ones used. */
    PictureSettings settings() {
        return settings;
    }

    /** The file the last export wrote, or null. */
    Path lastFile() {
        return last == null ? null : last.file();
    }

    void openDialog() {
        new PictureExportDialog(this, owner.get()).show();
    }

    /** Starts an export of the open diagram; the dialog or Export Again hears how it ended. */
    PictureJob start(PictureSettings chosen, List<String> selection, Path file, Consumer<PictureJob.Done> onDone,
                     Consumer<Throwable> onError) {
        settings = chosen;
        running.set(true);
        return PictureJob.start(doc.diagram().snapshot(), doc.palette(), chosen, selection, file, done -> {
            running.set(false);
            last = done;
            hasLast.set(true);
            onDone.accept(done);
        }, error -> {
            running.set(false);
            onError.accept(error);
        });
    }

    /** Shortcut+Shift+E: the last export again, same settings and file, reported in the status bar. */
    void exportAgain() {
        if (last == null) {
            return;
        }
        if (running.get()) {
            doc.say(UiText.get("picture.again.busy"));
            return;
        }
        List<String> selection = last.selection().stream().filter(id -> doc.diagram().node(id).isPresent()).toList();
        if (last.settings().selectionOnly() && selection.isEmpty()) {
            doc.say(UiText.get("picture.again.selectionGone", last.file().getFileName()));
            return;
        }
        Path file = last.file();
        doc.say(UiText.get("picture.again.running", file.getFileName()));
        start(last.settings(), selection, file,
                done -> doc.say(UiText.get("picture.again.done", file.getFileName(), done.width(), done.height(),
                        done.millis() / 1000.0)),
                error -> failed(file, error));
    }

    /** Reports a failed or cancelled export in the status bar (and a dialog when it failed). */
    void failed(Path file, Throwable error) {
        if (error instanceof CancellationException) {
            doc.say(UiText.get("picture.cancelled", file.getFileName()));
            return;
        }
        doc.say(UiText.get("picture.failed.status", file.getFileName()));
        Dialogs.error(owner.get(), UiText.get("picture.failed.header", file.getFileName()),
                UiText.get("picture.failed.message", String.valueOf(error.getMessage())));
    }

    /** The selected nodes (edges and vanished ids left out), in selection order. */
    List<String> selectedNodes() {
        return doc.selection().stream().filter(id -> doc.diagram().node(id).isPresent()).toList();
    }

    String doneMessage(PictureJob.Done done) {
        return UiText.get("picture.done", done.file().getFileName(), done.width(), done.height(), done.millis() / 1000.0);
    }
}
