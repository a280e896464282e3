package com.cloudwright.ui.shell;

import com.cloudwright.ui.common.Document;
import javafx.animation.AnimationTimer;
import javafx.application.Platform;

import java.lang.management.ManagementFactory;

/**
 * Measures cold start: with {@code -Dcloudwright.startupProbe=true} (or, for the packaged launcher,
 * which takes no JVM options, the environment variable {@code CLOUDWRIGHT_STARTUP_PROBE=1}) the
 * app prints the time from JVM start to the first frame that shows the opened diagram, painted
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
                    long ms = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
                    System.out.println("startup-ms=" + ms + " cpu-ms=" + processCpuMillis() + " nodes=" + doc.diagram().nodeCount());
                    stop();
                    Platform.exit();
                }
            }
        }.start();
    }

    private static long processCpuMillis() {
        return ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os
                ? os.getProcessCpuTime() / 1_000_000 : -1;
    }
}
