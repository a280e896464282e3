package com.cloudwright.ui.common;

import com.cloudwright.i18n.Bundle;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/** Asks the user for a file. An interface so tests can answer without a native dialog. */
public interface FileDialogs {

    Bundle TEXT = Bundle.named("com.cloudwright.ui.messages");

    Optional<Path> chooseToOpen(Window owner, Path initialFolder);

    Optional<Path> chooseToSave(Window owner, Path suggested);

    /** A kind of exported file: what the chooser shows and the extension a chosen name gets. */
    record FileType(String description, String extension) {
    }

    /** Asks where to write an export of the given type; the answer ends in the type's extension. */
    Optional<Path> chooseToExport(Window owner, Path suggested, FileType type);

    /** The platform's file chooser, filtered to Cloudwright diagrams. */
    static FileDialogs native_() {
        return new FileDialogs() {
            @Override
            public Optional<Path> chooseToOpen(Window owner, Path initialFolder) {
                FileChooser chooser = chooser(initialFolder);
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(TEXT.get("file.filter.template"),
                        "*.yaml", "*.yml", "*.json", "*.template"));
                chooser.setTitle(TEXT.get("file.open.title"));
                return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> chooseToSave(Window owner, Path suggested) {
                FileChooser chooser = chooser(suggested == null ? null : suggested.getParent());
                chooser.setTitle(TEXT.get("file.save.title"));
                if (suggested != null) {
                    chooser.setInitialFileName(suggested.getFileName().toString());
                }
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath).map(FileDialogs::withExtension);
            }

            @Override
            public Optional<Path> chooseToExport(Window owner, Path suggested, FileType type) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(TEXT.get("file.export.title"));
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(
                        type.description() + " (*." + type.extension() + ")", "*." + type.extension()));
                if (suggested != null) {
                    Path folder = suggested.toAbsolutePath().getParent();
                    if (folder != null && folder.toFile().isDirectory()) {
                        chooser.setInitialDirectory(folder.toFile());
                    }
                    chooser.setInitialFileName(suggested.getFileName().toString());
                }
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath)
                        .map(p -> withExtension(p, type.extension()));
            }

            private FileChooser chooser(Path folder) {
                FileChooser chooser = new FileChooser();
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(TEXT.get("file.filter"), "*.cwd.json"));
                if (folder != null && folder.toFile().isDirectory()) {
                    chooser.setInitialDirectory(folder.toFile());
                }
                return chooser;
            }
        };
    }

    /** {@code name} → {@code name.ext}; a name that already ends in {@code .ext} (any case) is kept. */
    static Path withExtension(Path p, String extension) {
        String name = p.getFileName().toString();
        if (name.toLowerCase(java.util.Locale.ROOT).endsWith("." + extension.toLowerCase(java.util.Locale.ROOT))) {
            return p;
        }
        return p.resolveSibling(name + "." + extension);
    }

    static Path withExtension(Path p) {
        String name = p.getFileName().toString();
        if (name.endsWith(".cwd.json")) {
            return p;
        }
        return p.resolveSibling((name.endsWith(".json") ? name.substring(0, name.length() - 5) : name) + ".cwd.json");
    }
}
