package com.cloudwright.ui.canvas;

/**
 * How far the wheel may scroll: until only a strip of the drawing is left at the view's edge,
 * never out into empty space (the scroll bars and a drag still go anywhere). Moving back towards
 * the drawing is always allowed. All figures in world units, along one axis.
 */
final class WheelBounds {

    /** What stays in view of the drawing at the furthest the wheel goes. */
    static final double KEEP = 80;

    private WheelBounds() {
    }

    /**
     * @param shift    the wheel's pan (positive: the drawing moves right/down, the view left/up)
     * @param viewMin  where the view starts
     * @param viewSize how much it shows
     * @param min      where the drawing starts, or null for an empty diagram (then anything goes)
     * @param max      where it ends
     * @return the pan to apply
     */
    static double bounded(double shift, double viewMin, double viewSize, Double min, Double max) {
        if (min == null || max == null || shift == 0) {
            return shift;
        }
        double nextMin = viewMin - shift;
        double keep = Math.min(KEEP, (max - min) / 2);
        if (shift > 0) {   // the view moves towards smaller coordinates: keep its right end on the drawing
            double lowest = Math.min(viewMin, min + keep - viewSize);
            return viewMin - Math.max(nextMin, lowest);
        }
        double highest = Math.max(viewMin, max - keep);
        return viewMin - Math.min(nextMin, highest);
    }
}
