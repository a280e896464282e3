package com.cloudwright.ui.file;

import javafx.scene.Node;
import javafx.scene.input.DragEvent;
import javafx.scene.input.TransferMode;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A file dragged onto the window from the desktop opens as File → Open would: a diagram, or a
 * CloudFormation template imported as an untitled diagram, after the unsaved-changes question.
 * Only the first file of a drop is opened (one document per window); other drags (the palette's
 * own) are left to whoever handles them.
 */
public final class FileDrop {

    private FileDrop() {
    }

    public static void install(Node target, FileActions files) {
        target.addEventHandler(DragEvent.DRAG_OVER, e -> {
            if (e.getGestureSource() == null && e.getDragboard().hasFiles()
                    && openable(e.getDragboard().getFiles()).isPresent()) {
                e.acceptTransferModes(TransferMode.COPY);
                e.consume();
            }
        });
        target.addEventHandler(DragEvent.DRAG_DROPPED, e -> {
            if (e.getGestureSource() == null && e.getDragboard().hasFiles()) {
                boolean opened = drop(e.getDragboard().getFiles(), files);
                e.setDropCompleted(opened);
                e.consume();
            }
        });
    }

    /** Opens the first openable file; false when there is none. */
    public static boolean drop(List<File> dropped, FileActions files) {
        Optional<Path> file = openable(dropped);
        file.ifPresent(files::open);
        return file.isPresent();
    }

    /** The first file of the drop that is a diagram or a template by its name. */
    static Optional<Path> openable(List<File> dropped) {
        for (File f : dropped) {
            String name = f.getName().toLowerCase(Locale.ROOT);
            if (f.isFile() && (name.endsWith(".json") || name.endsWith(".yaml") || name.endsWith(".yml")
                    || name.endsWith(".template"))) {
                return Optional.of(f.toPath());
            }
        }
        return Optional.empty();
    }
}
