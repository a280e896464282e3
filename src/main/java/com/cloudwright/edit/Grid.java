package com.cloudwright.edit;

/** Grid snapping: the canvas rounds positions to the grid while snapping is on. */
public final class Grid {

    /** The canvas grid, in canvas units. */
    public static final double DEFAULT = 20;

    private Grid() {
    }

    /** The nearest multiple of {@code grid}; the value itself when the grid is zero or negative. */
    public static double snap(double value, double grid) {
        if (!(grid > 0)) {
            return value;
        }
        return Math.round(value / grid) * grid;
    }

    /** The smallest multiple of {@code grid} that is at least {@code value}. */
    public static double snapUp(double value, double grid) {
        if (!(grid > 0)) {
            return value;
        }
        // + 0.0: a value just below zero snaps to 0, not to -0 (which prints and compares as less)
        return Math.ceil(value / grid - 1e-9) * grid + 0.0;
    }
}
