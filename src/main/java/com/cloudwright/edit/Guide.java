package com.cloudwright.edit;

/**
 * An alignment guide line to draw while dragging.
 *
 * @param vertical true for a vertical line at x = {@code position} (spanning y from {@code from} to
 *                 {@code to}); false for a horizontal line at y = {@code position} spanning x
 */
public record Guide(boolean vertical, double position, double from, double to) {
}
