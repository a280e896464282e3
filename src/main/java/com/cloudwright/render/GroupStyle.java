package com.cloudwright.render;

/**
 * How a container or overlay group is drawn (AWS's group styles).
 *
 * @param fill  the background, or null for none
 * @param dash  the dash pattern, or null for a solid line
 * @param icon  the group icon shown at the top left (path below {@code palettes/}), or null
 */
public record GroupStyle(int stroke, Integer fill, double[] dash, int text, String icon, boolean centeredLabel) {
}
