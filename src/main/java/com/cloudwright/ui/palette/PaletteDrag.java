package com.cloudwright.ui.palette;

import com.cloudwright.palette.PaletteEntry;

/**
 * The palette item being dragged onto the canvas. A press-drag-release gesture (not the
 * platform's drag and drop), so the canvas can preview the drop and tests can drive it.
 */
public final class PaletteDrag {

    private PaletteEntry entry;

    void start(PaletteEntry dragged) {
        entry = dragged;
    }

    public PaletteEntry entry() {
        return entry;
    }

    public void end() {
        entry = null;
    }
}
