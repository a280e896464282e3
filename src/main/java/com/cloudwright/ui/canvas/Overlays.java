package com.cloudwright.ui.canvas;

import com.cloudwright.edit.Guide;

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
    /** Alignment guides of the drag frame, in world units. */
    final List<Guide> guides = new ArrayList<>();
    /** The containers a move would drop into. */
    final List<Bounds> moveTargets = new ArrayList<>();

    void clearGuides() {
        guides.clear();
    }

    void clearMove() {
        guides.clear();
        moveTargets.clear();
        dropRefused = false;
    }

    void clearDrop() {
        dropEntry = null;
        dropAt = null;
        dropTarget = null;
        dropRefused = false;
    }
}
