package com.cloudwright.ui.shell;

import com.cloudwright.ui.common.Document;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

import java.lang.management.ManagementFactory;

/**
 * Measures cold start: with {@code -Dcloudwright.startupProbe=true} (or, for the packaged launcher,
 * which takes no JVM options, the environment variable {@code CLOUDWRIGHT_STARTUP_PROBE=1}) the
 * app prints the time from JVM start (the first JVM's, when a plain jar starts the app in a second
 * one: {@code FastStart}) to the first frame that shows the opened diagram, painted
 * with its rendered layer on screen, and quits: {@code startup-ms=… cpu-ms=… nodes=…}. The CPU
 * time of all the JVM's threads until then says how much work the start was, which a busy
 * machine stretches less than the time.
 */
final class StartupProbe {

    private StartupProbe() {
    }

    static boolean requested() {
        return Boolean.getBoolean("cloudwright.startupProbe") || "1".equals(System.getenv("CLOUDWRIGHT_STARTUP_PROBE"));
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
                    long ms = System.currentTimeMillis() - launchedAt();
                    System.out.println("startup-ms=" + ms + " cpu-ms=" + processCpuMillis() + " nodes=" + doc.diagram().nodeCount());
                    stop();
                    Platform.exit();
                }
            }
        }.start();
    }

    /** When the start began: this JVM's start, or that of the JVM that started it for a plain jar. */
    private static long launchedAt() {
        return Long.getLong("cloudwright.launchedAt", ManagementFactory.getRuntimeMXBean().getStartTime());
    }

    /** This JVM's CPU time, and its parent's when the parent only started it (a plain jar's start). */
    private static long processCpuMillis() {
        long own = ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1_000_000 : -1;
        if (own < 0 || System.getProperty("cloudwright.launchedAt") == null) {
            return own;
        }
        return own + ProcessHandle.current().parent().flatMap(p -> p.info().totalCpuDuration())
                .map(java.time.Duration::toMillis).orElse(0L);
    }
}
