package com.cloudwright.ui.shell;

import com.cloudwright.ui.canvas.DiagramCanvas;
import javafx.animation.AnimationTimer;

/**
 * Runs work that the first frame does not need once the canvas has shown its document (a frame
 * painted with the rendered layer current), so that it does not hold up the window's appearance.
 */
final class AfterFirstFrame {

    private AfterFirstFrame() {
    }

    static void run(DiagramCanvas canvas, Runnable work) {
        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (canvas.framesPainted() > 0 && canvas.layerCurrent()) {
                    stop();
                    work.run();
                }
            }
        }.start();
    }
}
