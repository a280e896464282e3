package com.cloudwright.ui.shell;

import com.cloudwright.ui.common.Document;
import com.cloudwright.ui.palette.PalettePane;
import com.cloudwright.ui.common.StubFileDialogs;
import com.cloudwright.io.RecentFiles;
import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

/** Starts a real main window (headless under Monocle in `mvn verify`) and drives it with the robot. */
public abstract class AppTestBase extends FxRobot {

    @TempDir
    protected Path tempDir;

    protected MainWindow window;
    protected StubFileDialogs dialogs;

    @BeforeEach
    void startWindow() throws Exception {
        Stage stage = FxToolkit.registerPrimaryStage();
        dialogs = new StubFileDialogs();
        FxToolkit.setupFixture(() -> {
            window = new MainWindow(stage, Palette.bundled(), dialogs, new RecentFiles(tempDir.resolve("recent.json")));
            stage.show();
            stage.toFront();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterEach
    void closeWindows() throws Exception {
        FxToolkit.cleanupStages();
    }

    protected Document doc() {
        return window.document();
    }

    protected Diagram diagram() {
        return doc().diagram();
    }

    /** The screen position of a world point on the canvas. */
    protected Point2D onCanvas(double worldX, double worldY) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> window.canvas().toScreen(worldX, worldY)));
    }

    /** The visible palette row of a service, by palette id. */
    protected Node paletteCell(String id) {
        return lookup((Node n) -> n instanceof ListCell<?> c && c.isVisible()
                && c.getItem() instanceof PalettePane.Item item && item.entry().id().equals(id)).query();
    }

    protected static void waitUntil(Callable<Boolean> condition) {
        try {
            WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new AssertionError("condition not met within 10 s", e);
        }
    }

    protected void fx(Runnable r) {
        WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(r));
        WaitForAsyncUtils.waitForFxEvents();
    }
}
