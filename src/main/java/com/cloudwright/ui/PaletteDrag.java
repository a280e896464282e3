package com.cloudwright.ui;

import com.cloudwright.palette.PaletteEntry;

/**
 * The palette item being dragged onto the canvas. A press-drag-release gesture (not the
 * platform's drag and drop), so the canvas can preview the drop and tests can drive it.
 */
final class PaletteDrag {

    private PaletteEntry entry;

    void start(PaletteEntry dragged) {
        entry = dragged;
    }

    PaletteEntry entry() {
        return entry;
    }

    void end() {
        entry = null;
    }
}
