package com.cloudwright.ui.common;

import javafx.stage.Window;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/** Answers file dialogs from a queue, as a user would by picking a file. */
public final class StubFileDialogs implements FileDialogs {

    public final Deque<Path> toOpen = new ArrayDeque<>();
    public final Deque<Path> toSave = new ArrayDeque<>();
    public final Deque<Path> toExport = new ArrayDeque<>();
    /** The file types export choosers were opened with, in order. */
    public final java.util.List<FileType> exportTypesAsked = new java.util.ArrayList<>();

    @Override
    public Optional<Path> chooseToOpen(Window owner, Path initialFolder) {
        return Optional.ofNullable(toOpen.poll());
    }

    @Override
    public Optional<Path> chooseToSave(Window owner, Path suggested) {
        return Optional.ofNullable(toSave.poll());
    }

    @Override
    public Optional<Path> chooseToExport(Window owner, Path suggested, FileType type) {
        exportTypesAsked.add(type);
        return Optional.ofNullable(toExport.poll()).map(p -> FileDialogs.withExtension(p, type.extension()));
    }
}
