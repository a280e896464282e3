package com.cloudwright.ui.canvas;

import javafx.geometry.Point2D;
import javafx.scene.input.MouseEvent;

/**
 * A gesture in progress on the canvas: chosen by {@link CanvasGestures} on the press, it hears the
 * drag and ends on release, or on Escape.
 */
sealed interface GestureTool permits PanTool, MoveTool, RubberBandTool, ResizeTool, ConnectTool, BendTool {

    /** Whether the mouse must move a few pixels before the gesture starts (a click is not a drag). */
    default boolean waitsForThreshold() {
        return true;
    }

    /** The first drag past the threshold: tell the canvas what this gesture changes, so only that is redrawn per frame. */
    default void start() {
    }

    /** One frame of the drag, at this world point. */
    void drag(MouseEvent e, Point2D world);

    /** The button is up: finish what the gesture does. */
    void release(MouseEvent e);

    /** Escape during the gesture: true when it took itself back, false when Escape means something else. */
    default boolean cancel() {
        return false;
    }
}
