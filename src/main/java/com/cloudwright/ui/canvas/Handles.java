package com.cloudwright.ui.canvas;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Point;

import java.util.ArrayList;
import java.util.List;

/** Where the grips of the selection are: resize handles, the connection handle, edge segment handles. */
final class Handles {

    /** Half the size of a handle, in screen pixels. */
    static final double RADIUS = 5;

    /** The eight resize handles, clockwise from the top-left corner. */
    enum Resize {
        NW(0, 0), N(0.5, 0), NE(1, 0), E(1, 0.5), SE(1, 1), S(0.5, 1), SW(0, 1), W(0, 0.5);

        final double fx;
        final double fy;

        Resize(double fx, double fy) {
            this.fx = fx;
            this.fy = fy;
        }

        Point on(Bounds b) {
            return new Point(b.x() + b.w() * fx, b.y() + b.h() * fy);
        }

        /** The box after dragging this handle to (x, y), no smaller than the minimum. */
        Bounds drag(Bounds b, double x, double y, double minW, double minH) {
            double left = b.x();
            double top = b.y();
            double right = b.maxX();
            double bottom = b.maxY();
            if (fx == 0) {
                left = Math.min(x, right - minW);
            } else if (fx == 1) {
                right = Math.max(x, left + minW);
            }
            if (fy == 0) {
                top = Math.min(y, bottom - minH);
            } else if (fy == 1) {
                bottom = Math.max(y, top + minH);
            }
            return new Bounds(left, top, right - left, bottom - top);
        }
    }

    private Handles() {
    }

    /** The resize handle at the world point, or null; {@code tolerance} in world units. */
    static Resize resizeAt(Bounds b, double x, double y, double tolerance) {
        for (Resize r : Resize.values()) {
            Point p = r.on(b);
            if (Math.abs(p.x() - x) <= tolerance && Math.abs(p.y() - y) <= tolerance) {
                return r;
            }
        }
        return null;
    }

    /** The connection handle of a service: a grip just right of its icon. */
    static Point connectHandle(Bounds b, double scale) {
        return new Point(b.maxX() + 10 / scale, b.centerY());
    }

    /** The middles of a route's segments, where a drag moves the segment. */
    static List<Point> segmentMiddles(List<Point> route) {
        List<Point> out = new ArrayList<>();
        for (int i = 1; i < route.size(); i++) {
            Point p = route.get(i - 1);
            Point q = route.get(i);
            out.add(new Point((p.x() + q.x()) / 2, (p.y() + q.y()) / 2));
        }
        return out;
    }
}
