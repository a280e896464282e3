package com.cloudwright.render;

/** How a piece of text is set. */
public record TextStyle(double size, boolean bold, int argb, Align align) {

    public enum Align { LEFT, CENTER, RIGHT }

    /** The line height used for layout. */
    public double lineHeight() {
        return Math.ceil(size * 1.25);
    }
}
