package com.cloudwright.ui.problems;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.model.Point;
import com.cloudwright.render.Geometry;
import com.cloudwright.validate.Severity;

/**
 * Where a node's problem badge sits, in world units: on the top right corner of a service's
 * icon, just inside the top right corner of a container or group. The badge keeps the same size
 * on screen down to half zoom; further out it shrinks with the icons to a dot, so that a zoomed-out
 * diagram with hundreds of problems still shows its drawing. No JavaFX.
 */
final class BadgeGeometry {

    /** The badge's radius on screen, in pixels, from half zoom in. */
    static final double RADIUS = 7;
    /** The smallest radius on screen, far out. */
    static final double MIN_RADIUS = 2.5;
    /** Below this radius the badge is a plain mark, without its glyph. */
    static final double GLYPH_MIN_RADIUS = 5;
    /** How much farther than the badge's edge the pointer still counts as on it, in pixels. */
    static final double SLACK = 2;

    /** Below this zoom, information marks are left out: thousands of them would hide the drawing. */
    static final double INFO_MIN_SCALE = 0.25;

    private BadgeGeometry() {
    }

    /** Whether a badge of this severity is drawn (and can be hovered) at this zoom. */
    static boolean shows(Severity worst, double scale) {
        return worst != Severity.INFO || scale >= INFO_MIN_SCALE;
    }

    /** The badge's radius on screen at this zoom, in pixels: about a fifth of a service icon's width, at most RADIUS. */
    static double radius(double scale) {
        return Math.min(RADIUS, Math.max(MIN_RADIUS, 64 * scale * 0.22));
    }

    static Point centre(Diagram diagram, Node node, double scale) {
        double r = radius(scale) / scale;
        Bounds b = Geometry.shapeOf(diagram, node);
        if (NodeTypes.isContainer(node.type()) || NodeTypes.isOverlayGroup(node.type())) {
            double inset = r + 4 / scale;
            return new Point(b.maxX() - inset, b.y() + inset);
        }
        return new Point(b.maxX() - r * 0.25, b.y() + r * 0.25);
    }

    /** Whether the world point (the pointer) is on the badge centred at {@code centre}. */
    static boolean hits(Point centre, double x, double y, double scale) {
        double reach = (radius(scale) + SLACK) / scale;
        double dx = x - centre.x();
        double dy = y - centre.y();
        return dx * dx + dy * dy <= reach * reach;
    }

    /** Whether any of the badge can show in the visible world rectangle. */
    static boolean visible(Point centre, Bounds visibleWorld, double scale) {
        return visibleWorld.inflate(radius(scale) / scale).contains(centre.x(), centre.y());
    }
}
