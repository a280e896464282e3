package com.cloudwright.ui;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Point;
import com.cloudwright.palette.PaletteEntry;

import java.util.ArrayList;
import java.util.List;

/** What a gesture in progress shows on top of the diagram: the canvas paints it, gestures set it. */
final class Overlays {

    /** A rubber band being drawn, in world units, or null. */
    Bounds rubberBand;
    /** The palette entry being dropped and where, or null. */
    PaletteEntry dropEntry;
    Point dropAt;
    /** The container that would receive the drop or move, or null. */
    Bounds dropTarget;
    /** True when the drop would be refused (shown in the warning colour). */
    boolean dropRefused;
    /** A connection being dragged: from the source's handle to the pointer. */
    Point connectFrom;
    Point connectTo;
    /** Alignment guides: vertical lines at these x, horizontal at these y. */
    final List<Double> guideXs = new ArrayList<>();
    final List<Double> guideYs = new ArrayList<>();

    void clearGuides() {
        guideXs.clear();
        guideYs.clear();
    }

    void clearDrop() {
        dropEntry = null;
        dropAt = null;
        dropTarget = null;
        dropRefused = false;
    }
}
