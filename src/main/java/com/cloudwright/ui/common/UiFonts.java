package com.cloudwright.ui.common;

import com.cloudwright.render.Typeface;
import javafx.scene.text.Font;

import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.CompletableFuture;

/**
 * Makes the bundled faces known to JavaFX by family name before any scene is styled. JavaFX's
 * controls do not fall back to another font for a character theirs lacks, so the stylesheet
 * sets Pretendard (Latin and all of Hangul) on every control, popup, menu and tooltip: what a
 * user types in Korean shows wherever they type it, whatever fonts the machine has.
 */
public final class UiFonts {

    private static volatile CompletableFuture<Void> loading;

    private UiFonts() {
    }

    /**
     * Starts reading the faces on a thread of their own (about 5 MB; JavaFX copies each to a
     * temporary file first), so that the window can be built meanwhile. Needs the toolkit started.
     */
    public static void preload() {
        loading(true);
    }

    /** Loads the faces once (or waits for {@link #preload}); later calls return at once. A face that fails to load leaves the system font. */
    public static void load() {
        loading(false).join();
    }

    private static CompletableFuture<Void> loading(boolean inBackground) {
        CompletableFuture<Void> started = loading;
        if (started != null) {
            return started;
        }
        synchronized (UiFonts.class) {
            if (loading == null) {
                loading = inBackground ? CompletableFuture.runAsync(UiFonts::loadAll, UiFonts::onOwnThread)
                        : CompletableFuture.runAsync(UiFonts::loadAll, Runnable::run);
            }
            return loading;
        }
    }

    private static void onOwnThread(Runnable work) {
        Thread thread = new Thread(work, "cloudwright-fonts");
        thread.setDaemon(true);
        thread.start();
    }

    private static void loadAll() {
        for (Typeface face : Typeface.values()) {
            load(face.resource(false));
            load(face.resource(true));
        }
    }

    private static void load(String resource) {
        try (InputStream in = UiFonts.class.getResourceAsStream(resource)) {
            if (in != null) {
                Font.loadFont(in, 13);
            }
        } catch (IOException | RuntimeException e) {
            // the system font then: text still shows, Hangul only where the system font has it
        }
    }
}
