package com.cloudwright.ui.common;

import com.cloudwright.render.Typeface;
import javafx.scene.text.Font;

import java.io.IOException;
import java.io.InputStream;

/**
 * Makes the bundled faces known to JavaFX by family name before any scene is styled. JavaFX's
 * controls do not fall back to another font for a character theirs lacks, so the stylesheet
 * sets Pretendard (Latin and all of Hangul) on every control, popup, menu and tooltip: what a
 * user types in Korean shows wherever they type it, whatever fonts the machine has.
 */
public final class UiFonts {

    private static volatile boolean loaded;

    private UiFonts() {
    }

    /** Loads the faces once; later calls return at once. A face that fails to load leaves the system font. */
    public static void load() {
        if (loaded) {
            return;
        }
        synchronized (UiFonts.class) {
            if (loaded) {
                return;
            }
            for (Typeface face : Typeface.values()) {
                load(face.resource(false));
                load(face.resource(true));
            }
            loaded = true;
        }
    }

    private static void load(String resource) {
        try (InputStream in = UiFonts.class.getResourceAsStream(resource)) {
            if (in != null) {
                Font.loadFont(in, 13);
            }
        } catch (IOException e) {
            // the system font then: text still shows, Hangul only where the system font has it
        }
    }
}
