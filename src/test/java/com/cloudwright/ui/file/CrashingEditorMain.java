package com.cloudwright.ui.file;

import com.cloudwright.ui.shell.MainWindow;
import com.cloudwright.ui.common.StubFileDialogs;
import com.cloudwright.io.RecentFiles;
import com.cloudwright.io.RecoveryStore;
import com.cloudwright.model.SetLabel;
import com.cloudwright.palette.Palette;
import javafx.application.Platform;
import javafx.stage.Stage;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;

/**
 * A Cloudwright window in its own JVM (headless): draws a labelled EC2, waits until the autosave
 * has written it, says {@code AUTOSAVED} and then idles until {@link RecoveryAfterCrashTest} kills it.
 */
public final class CrashingEditorMain {

    public static final String LABEL = "Web tier before the crash";

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args[0]);
        Platform.startup(() -> { });
        Platform.runLater(() -> {
            try {
                Stage stage = new Stage();
                MainWindow window = new MainWindow(stage, Palette.bundled(), new StubFileDialogs(),
                        new RecentFiles(dir.resolveSibling("recent.json")));
                stage.show();
                window.enableRecovery(RecoveryStore.open(dir), Duration.ofMillis(200));
                window.gestures().addAt(window.document().palette().require("ec2"), 200, 200);
                window.document().execute(new SetLabel(window.document().singleSelection(), LABEL));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        for (int i = 0; i < 300 && !autosaved(dir); i++) {
            Thread.sleep(100);
        }
        System.out.println(autosaved(dir) ? "AUTOSAVED" : "NOTHING AUTOSAVED");
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }

    private static boolean autosaved(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return false;
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(p -> p.getFileName().toString().endsWith("--" + Recovery.KEY + ".json"));
        }
    }
}
