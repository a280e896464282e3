package com.cloudwright.ui.shell;

import com.cloudwright.ui.common.Document;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

import java.lang.management.ManagementFactory;

/**
 * Measures cold start: with {@code -Dcloudwright.startupProbe=true} the app prints the time from
 * JVM start to the first frame that shows the opened diagram ({@code startup-ms=…}): painted, with
 * its rendered layer on screen, and quits.
 */
final class StartupProbe {

    private StartupProbe() {
    }

    static void reportWhenReady(MainWindow window) {
        new AnimationTimer() {
            private long framesAtOpen = -1;

            @Override
            public void handle(long now) {
                Document doc = window.document();
                if (framesAtOpen < 0 && doc.diagram().nodeCount() > 0) {
                    // The frame showing the diagram may already be painted: ask for one more and time that.
                    framesAtOpen = window.canvas().framesPainted();
                    window.canvas().requestRepaint();
                } else if (framesAtOpen >= 0 && window.canvas().framesPainted() > framesAtOpen
                        && window.canvas().layerCurrent()) {
                    long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println("startup-ms=" + ms + " nodes=" + doc.diagram().nodeCount());
                    stop();
                    Platform.exit();
                }
            }
        }.start();
    }
}
