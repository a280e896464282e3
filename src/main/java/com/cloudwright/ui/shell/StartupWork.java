package com.cloudwright.ui.shell;

import com.cloudwright.export.IconBitmaps;
import com.cloudwright.i18n.Bundle;
import com.cloudwright.i18n.Language;
import com.cloudwright.io.DiagramFormatException;
import com.cloudwright.io.DiagramReader;
import com.cloudwright.io.RecentFiles;
import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;
import com.cloudwright.palette.PaletteEntry;
import com.cloudwright.ui.palette.PaletteIcons;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;

/**
 * What the first frame needs that does not need JavaFX, done on a thread of its own while the
 * toolkit starts (which keeps the launching thread waiting for half a second or more): the
 * language chosen last time and the palette, which the window is built with; then, while it is
 * built, the diagram named on the command line and the icons the first frame shows.
 */
final class StartupWork {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.ui.messages");

    /**
     * What the window is built with, and the file named on the command line (null when none).
     * {@link #diagram()} waits for that file's diagram: null when it could not be read.
     */
    record Ready(Palette palette, RecentFiles recent, Path file, CompletableFuture<Diagram> read) {

        Diagram diagram() {
            return read.join();
        }
    }

    private static volatile StartupWork begun;

    private final CompletableFuture<Ready> ready = new CompletableFuture<>();
    private final CompletableFuture<Diagram> diagram = new CompletableFuture<>();

    private StartupWork() {
    }

    /** Starts the work for the app's arguments; {@link #await} in {@code start} takes it over. */
    static void begin(List<String> args) {
        StartupWork work = new StartupWork();
        begun = work;
        Thread thread = new Thread(() -> work.run(args), "cloudwright-startup");
        thread.setDaemon(true);
        thread.start();
    }

    /** The work begun for these arguments, or (when the app was launched without {@link #begin}) done now. */
    static Ready await(List<String> args) {
        StartupWork work = begun;
        begun = null;
        if (work == null) {
            work = new StartupWork();
            work.run(args);
        }
        return work.ready.join();
    }

    private void run(List<String> args) {
        Ready result;
        try {
            RecentFiles recent = RecentFiles.inConfigFolder();
            // The language chosen in View → Language, else the operating system's.
            recent.settings().get(MainWindow.LANGUAGE_SETTING).flatMap(Language::parse).ifPresent(Language::use);
            TEXT.get("app.title"); // the window's text comes from this bundle: read it here
            Path file = args.isEmpty() ? null : Path.of(args.get(0));
            result = new Ready(Palette.bundled(), recent, file, diagram);
        } catch (RuntimeException | Error e) {
            ready.completeExceptionally(e);
            diagram.complete(null);
            return;
        }
        ready.complete(result);
        Diagram read = read(result.palette(), result.file());
        diagram.complete(read);
        // The icons the window's first layout and first render ask for.
        PaletteIcons.prepareFirstRows(result.palette());
        if (read != null) {
            read.nodes().forEach(n -> result.palette().entry(n.type())
                    .map(PaletteEntry::icon).ifPresent(IconBitmaps.bundled()::prepare));
        }
    }

    /** The diagram, or null: the window then opens the file the ordinary way and reports what is wrong. */
    private static Diagram read(Palette palette, Path file) {
        if (file == null || !Files.isRegularFile(file)) {
            return null;
        }
        try {
            return new DiagramReader(palette).read(file);
        } catch (DiagramFormatException | RuntimeException e) {
            return null;
        }
    }
}
