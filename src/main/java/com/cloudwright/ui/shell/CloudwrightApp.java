package com.cloudwright.ui.shell;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.io.RecoveryStore;
import com.cloudwright.model.Diagram;
import com.cloudwright.ui.common.FileDialogs;
import com.cloudwright.ui.common.UiFonts;
import com.cloudwright.ui.file.Recovery;
import javafx.application.Application;
import javafx.scene.image.Image;
import javafx.stage.Stage;

import java.io.IOException;
import java.nio.file.Files;
import java.util.List;
import java.util.Objects;

/** The desktop application: one main window; a file given on the command line is opened. */
public final class CloudwrightApp extends Application {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.ui.messages");
    /** The app's icon (the installers' too). */
    private static final String ICON = "/com/cloudwright/ui/cloudwright.png";

    private Recovery recovery;

    public static void launchApp(String[] args) {
        // Java2D only draws into bitmaps here (the canvas layer, icons, exports): it never needs
        // a connection of its own to the display, which costs start-up time and warns under GTK.
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        StartupWork.begin(List.of(args));
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
        UiFonts.preload(); // the window's stylesheet needs them; they are read while it is built
        StartupWork.Ready ready = StartupWork.await(getParameters().getUnnamed());
        MainWindow window = new MainWindow(stage, ready.palette(), FileDialogs.native_(), ready.recent());
        Diagram diagram = ready.diagram(); // read meanwhile
        if (diagram != null) {
            // Shown in the first frame: the layer is drawn as soon as the canvas has its size.
            window.files().show(ready.file(), diagram);
        }
        stage.show();
        if (diagram == null && ready.file() != null && Files.isRegularFile(ready.file())) {
            window.open(ready.file()); // the ordinary way, which says what is wrong with the file
        }
        // The window's icon, autosave and the offer to restore a crashed session's work wait for the first frame.
        AfterFirstFrame.run(window.canvas(), () -> {
            stage.getIcons().add(new Image(Objects.requireNonNull(CloudwrightApp.class.getResource(ICON), ICON).toExternalForm()));
            try {
                recovery = window.enableRecovery(RecoveryStore.open(), Recovery.DEFAULT_DELAY);
            } catch (IOException e) {
                window.document().say(TEXT.get("recovery.unavailable", e.getMessage()));
            }
        });
        if (StartupProbe.requested()) {
            StartupProbe.reportWhenReady(window);
        }
    }
}
