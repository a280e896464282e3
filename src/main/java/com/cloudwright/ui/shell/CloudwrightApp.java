package com.cloudwright.ui.shell;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.i18n.Language;
import com.cloudwright.ui.common.FileDialogs;
import com.cloudwright.ui.file.Recovery;
import com.cloudwright.io.RecoveryStore;
import java.io.IOException;

import com.cloudwright.io.RecentFiles;
import com.cloudwright.palette.Palette;
import javafx.application.Application;
import javafx.stage.Stage;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** The desktop application: one main window; a file given on the command line is opened. */
public final class CloudwrightApp extends Application {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.ui.messages");

    private Recovery recovery;

    public static void launchApp(String[] args) {
        // The language chosen in View → Language, else the operating system's.
        RecentFiles.inConfigFolder().settings().get(MainWindow.LANGUAGE_SETTING)
                .flatMap(Language::parse).ifPresent(Language::use);
        Application.launch(CloudwrightApp.class, args);
    }

    @Override
    public void stop() {
        if (recovery != null) {
            recovery.close();
        }
    }

    @Override
    public void start(Stage stage) {
        MainWindow window = new MainWindow(stage, Palette.bundled(), FileDialogs.native_(), RecentFiles.inConfigFolder());
        stage.show();
        List<String> args = getParameters().getUnnamed();
        if (!args.isEmpty() && Files.isRegularFile(Path.of(args.get(0)))) {
            window.open(Path.of(args.get(0)));
        }
        try {
            recovery = window.enableRecovery(RecoveryStore.open(), Recovery.DEFAULT_DELAY);
        } catch (IOException e) {
            window.document().say(TEXT.get("recovery.unavailable", e.getMessage()));
        }
        if (Boolean.getBoolean("cloudwright.startupProbe")) {
            StartupProbe.reportWhenReady(window);
        }
    }
}
