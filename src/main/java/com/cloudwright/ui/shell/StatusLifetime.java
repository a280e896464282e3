package com.cloudwright.ui.shell;

import com.cloudwright.ui.common.Document;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.util.Duration;

/**
 * A status message is about a moment: it leaves the status bar a while after it was said, unless
 * something else was said in the meantime (which then gets its own while).
 */
final class StatusLifetime {

    /** Long enough to read a refusal of two lines twice. */
    static final Duration DEFAULT = Duration.seconds(10);

    private StatusLifetime() {
    }

    static void install(Document doc, Duration lifetime) {
        PauseTransition timer = new PauseTransition(lifetime);
        String[] shown = {null};
        timer.setOnFinished(e -> {
            if (shown[0] != null && shown[0].equals(doc.statusProperty().get())) {
                doc.say("");
            }
        });
        doc.statusProperty().addListener((o, before, now) -> {
            Runnable restart = () -> {
                timer.stop();
                shown[0] = now;
                if (now != null && !now.isEmpty()) {
                    timer.playFromStart();
                }
            };
            if (Platform.isFxApplicationThread()) {
                restart.run();
            } else {
                Platform.runLater(restart);
            }
        });
    }
}
