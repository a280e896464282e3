package com.cloudwright.ui.canvas;

/**
 * Whether the canvas layer is rendered at once on the FX thread (small diagrams never lag) or on
 * the renderer thread (large ones never freeze the window), going by how long the last render took.
 */
final class RenderBudget {

    /** Before the first timed render, a diagram under this many nodes counts as quick. */
    private static final int QUICK_NODE_COUNT = 100;

    private double syncBudgetMillis;
    /** How long the last render took, or -1 until one after the first (which pays for warming up) is timed. */
    private double lastRenderMillis = -1;
    private long rendersTimed;

    RenderBudget(double syncBudgetMillis) {
        this.syncBudgetMillis = syncBudgetMillis;
    }

    /** A render took this long. */
    void timed(double millis) {
        if (rendersTimed++ > 0) {
            lastRenderMillis = millis;
        }
    }

    /** Whether the layer renders within the frame budget (going by the last render, or by size before the first). */
    boolean quick(int nodeCount) {
        return lastRenderMillis >= 0 ? lastRenderMillis < syncBudgetMillis
                : syncBudgetMillis > 0 && nodeCount < QUICK_NODE_COUNT;
    }

    /** Renders on the FX thread when a render took less than this (0: always on the renderer thread). */
    void setSyncBudget(double millis) {
        syncBudgetMillis = millis;
    }
}
