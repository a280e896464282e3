package com.cloudwright.model;

/** A rectangle in absolute canvas units. */
public record Bounds(double x, double y, double w, double h) {

    public Bounds {
        if (w < 0 || h < 0) {
            throw new IllegalArgumentException("negative size " + w + "x" + h);
        }
    }

    public double maxX() {
        return x + w;
    }

    public double maxY() {
        return y + h;
    }

    public double centerX() {
        return x + w / 2;
    }

    public double centerY() {
        return y + h / 2;
    }

    public Bounds translate(double dx, double dy) {
        return new Bounds(x + dx, y + dy, w, h);
    }

    public boolean contains(double px, double py) {
        return px >= x && px <= maxX() && py >= y && py <= maxY();
    }

    public boolean contains(Bounds other) {
        return other.x >= x && other.y >= y && other.maxX() <= maxX() && other.maxY() <= maxY();
    }

    public boolean intersects(Bounds other) {
        return other.x < maxX() && other.maxX() > x && other.y < maxY() && other.maxY() > y;
    }

    public Bounds union(Bounds other) {
        double minX = Math.min(x, other.x);
        double minY = Math.min(y, other.y);
        return new Bounds(minX, minY, Math.max(maxX(), other.maxX()) - minX, Math.max(maxY(), other.maxY()) - minY);
    }

    public Bounds inflate(double margin) {
        return new Bounds(x - margin, y - margin, w + 2 * margin, h + 2 * margin);
    }
}
