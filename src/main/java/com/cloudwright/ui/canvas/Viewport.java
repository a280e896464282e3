package com.cloudwright.ui.canvas;

import com.cloudwright.model.Bounds;
import javafx.geometry.Dimension2D;
import javafx.geometry.Point2D;

/** Maps canvas (world) units to the pixels of the view: screen = world × scale + offset. */
final class Viewport {

    static final double MIN_SCALE = 0.05;
    static final double MAX_SCALE = 8;

    private double scale = 1;
    private double offsetX = 40;
    private double offsetY = 40;

    double scale() {
        return scale;
    }

    double offsetX() {
        return offsetX;
    }

    double offsetY() {
        return offsetY;
    }

    Point2D toWorld(double viewX, double viewY) {
        return new Point2D((viewX - offsetX) / scale, (viewY - offsetY) / scale);
    }

    Point2D toView(double worldX, double worldY) {
        return new Point2D(worldX * scale + offsetX, worldY * scale + offsetY);
    }

    /** The world rectangle a view of the given size shows. */
    Bounds visible(double viewWidth, double viewHeight) {
        return new Bounds(-offsetX / scale, -offsetY / scale, viewWidth / scale, viewHeight / scale);
    }

    void pan(double dx, double dy) {
        offsetX += dx;
        offsetY += dy;
    }

    /** Zooms by a factor keeping the world point under (viewX, viewY) in place. */
    void zoomAt(double factor, double viewX, double viewY) {
        double next = clamp(scale * factor);
        Point2D anchor = toWorld(viewX, viewY);
        scale = next;
        offsetX = viewX - anchor.getX() * scale;
        offsetY = viewY - anchor.getY() * scale;
    }

    /** Shows what another viewport shows (a rebuilt window keeps the user's view). */
    void copy(Viewport other) {
        scale = other.scale;
        offsetX = other.offsetX;
        offsetY = other.offsetY;
    }

    void reset() {
        scale = 1;
        offsetX = 40;
        offsetY = 40;
    }

    /** Fits the world rectangle into the view with a margin, never zooming in past 100 %. */
    void fit(Bounds world, double viewWidth, double viewHeight, double margin) {
        if (world == null || world.w() <= 0 || world.h() <= 0 || viewWidth <= 0 || viewHeight <= 0) {
            reset();
            return;
        }
        scale = fitScale(world, viewWidth, viewHeight, margin);
        offsetX = (viewWidth - world.w() * scale) / 2 - world.x() * scale;
        offsetY = (viewHeight - world.h() * scale) / 2 - world.y() * scale;
    }

    /**
     * Fits the world into the view clear of a control over its bottom right corner ({@code corner}
     * is its size, or null when there is none): beside or above it, whichever shows the diagram larger.
     */
    void fitClearOf(Bounds world, double w, double h, double margin, Dimension2D corner) {
        fit(world, w, h, margin);
        if (world != null && corner != null && coversCorner(world, w, h, corner)) {
            double beside = fitScale(world, w - corner.getWidth(), h, margin);
            double above = fitScale(world, w, h - corner.getHeight(), margin);
            if (beside >= above) {
                fit(world, w - corner.getWidth(), h, margin);
            } else {
                fit(world, w, h - corner.getHeight(), margin);
            }
        }
    }

    private boolean coversCorner(Bounds world, double w, double h, Dimension2D corner) {
        Point2D bottomRight = toView(world.maxX(), world.maxY());
        return bottomRight.getX() > w - corner.getWidth() && bottomRight.getY() > h - corner.getHeight();
    }

    /** The scale at which the world rectangle fits the view with the margin (at most 100 %). */
    static double fitScale(Bounds world, double viewWidth, double viewHeight, double margin) {
        return clamp(Math.min(1, Math.min((viewWidth - 2 * margin) / world.w(), (viewHeight - 2 * margin) / world.h())));
    }

    private static double clamp(double s) {
        return Math.max(MIN_SCALE, Math.min(MAX_SCALE, s));
    }
}
