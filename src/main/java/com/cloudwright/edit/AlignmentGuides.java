package com.cloudwright.edit;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Alignment guides for a drag: the left/centre/right x and top/middle/bottom y of every node that
 * stays put, sorted once when the drag starts; each frame then costs a few binary searches, so
 * thousands of nodes stay far below a frame. Per frame:
 * <pre>
 *   Bounds box = startBox.translate(mouseDx, mouseDy);
 *   GuideSnap s = guides.snap(box, 6 / zoom);
 *   drag.moveTo(mouseDx + s.dx(), mouseDy + s.dy());   // and draw s.guides()
 * </pre>
 */
public final class AlignmentGuides {

    /** Features closer than this to the snapped position share its guide line. */
    private static final double SAME_LINE = 0.5;

    private final Bounds[] boxes;
    private final Axis x;
    private final Axis y;

    private AlignmentGuides(List<Bounds> others) {
        boxes = others.toArray(new Bounds[0]);
        x = new Axis(boxes, true);
        y = new Axis(boxes, false);
    }

    /** Guides to the given rectangles. */
    public static AlignmentGuides of(Collection<Bounds> others) {
        return new AlignmentGuides(List.copyOf(others));
    }

    /**
     * Guides for dragging {@code movingIds}: every other node except overlay groups (their outline
     * follows their members) and the contents of dragged containers.
     */
    public static AlignmentGuides forDrag(Diagram diagram, Collection<String> movingIds) {
        Set<String> moving = new HashSet<>();
        for (String id : movingIds) {
            if (diagram.node(id).isPresent()) {
                moving.add(id);
                diagram.descendants(id).forEach(n -> moving.add(n.id()));
            }
        }
        List<Bounds> others = new ArrayList<>(diagram.nodeCount());
        for (Node n : diagram.nodes()) {
            if (!moving.contains(n.id()) && !NodeTypes.isOverlayGroup(n.type())) {
                others.add(n.bounds());
            }
        }
        return new AlignmentGuides(others);
    }

    public int size() {
        return boxes.length;
    }

    /** Snaps {@code moving} to the nearest alignment within {@code tolerance} on each axis. */
    public GuideSnap snap(Bounds moving, double tolerance) {
        double[] fx = {moving.x(), moving.centerX(), moving.maxX()};
        double[] fy = {moving.y(), moving.centerY(), moving.maxY()};
        double dx = x.nearestDelta(fx, tolerance);
        double dy = y.nearestDelta(fy, tolerance);
        if (Double.isNaN(dx) && Double.isNaN(dy)) {
            return GuideSnap.NONE;
        }
        Bounds snapped = moving.translate(Double.isNaN(dx) ? 0 : dx, Double.isNaN(dy) ? 0 : dy);
        List<Guide> guides = new ArrayList<>(4);
        if (!Double.isNaN(dx)) {
            x.guides(new double[] {snapped.x(), snapped.centerX(), snapped.maxX()}, snapped, guides);
        }
        if (!Double.isNaN(dy)) {
            y.guides(new double[] {snapped.y(), snapped.centerY(), snapped.maxY()}, snapped, guides);
        }
        return new GuideSnap(Double.isNaN(dx) ? 0 : dx, Double.isNaN(dy) ? 0 : dy, guides);
    }

    /** The sorted features of one axis and the box each came from. */
    private static final class Axis {
        private final boolean vertical;
        private final Bounds[] boxes;
        private final double[] values;
        private final int[] owners;

        Axis(Bounds[] boxes, boolean vertical) {
            this.vertical = vertical;
            this.boxes = boxes;
            int n = boxes.length * 3;
            double[] raw = new double[n];
            for (int i = 0; i < boxes.length; i++) {
                Bounds b = boxes[i];
                raw[3 * i] = vertical ? b.x() : b.y();
                raw[3 * i + 1] = vertical ? b.centerX() : b.centerY();
                raw[3 * i + 2] = vertical ? b.maxX() : b.maxY();
            }
            int[] order = new int[n];
            for (int i = 0; i < n; i++) {
                order[i] = i;
            }
            sortByValue(order, new int[n], 0, n, raw);
            values = new double[n];
            owners = new int[n];
            for (int i = 0; i < n; i++) {
                values[i] = raw[order[i]];
                owners[i] = order[i] / 3;
            }
        }

        /** The smallest correction that puts one of the features on a stored value, or NaN. */
        double nearestDelta(double[] features, double tolerance) {
            double best = Double.NaN;
            for (double f : features) {
                int i = lowerBound(f);
                for (int j = i - 1; j <= i; j++) {
                    if (j >= 0 && j < values.length) {
                        double d = values[j] - f;
                        if (Math.abs(d) <= tolerance && (Double.isNaN(best) || Math.abs(d) < Math.abs(best))) {
                            best = d;
                        }
                    }
                }
            }
            return best;
        }

        void guides(double[] features, Bounds moving, List<Guide> out) {
            double done = Double.NaN;
            for (double f : features) {
                if (f == done) {
                    continue;
                }
                double from = vertical ? moving.y() : moving.x();
                double to = vertical ? moving.maxY() : moving.maxX();
                boolean any = false;
                for (int j = lowerBound(f - SAME_LINE); j < values.length && values[j] <= f + SAME_LINE; j++) {
                    Bounds b = boxes[owners[j]];
                    from = Math.min(from, vertical ? b.y() : b.x());
                    to = Math.max(to, vertical ? b.maxY() : b.maxX());
                    any = true;
                }
                if (any) {
                    out.add(new Guide(vertical, f, from, to));
                    done = f;
                }
            }
        }

        /** Merge sort of indices by their value, on primitives (no boxing: this runs on the UI thread). */
        private static void sortByValue(int[] a, int[] tmp, int from, int to, double[] key) {
            if (to - from < 16) {
                for (int i = from + 1; i < to; i++) {
                    int v = a[i];
                    int j = i - 1;
                    while (j >= from && key[a[j]] > key[v]) {
                        a[j + 1] = a[j];
                        j--;
                    }
                    a[j + 1] = v;
                }
                return;
            }
            int mid = (from + to) >>> 1;
            sortByValue(a, tmp, from, mid, key);
            sortByValue(a, tmp, mid, to, key);
            if (key[a[mid - 1]] <= key[a[mid]]) {
                return;
            }
            System.arraycopy(a, from, tmp, from, to - from);
            for (int i = from, l = from, r = mid; i < to; i++) {
                a[i] = r >= to || (l < mid && key[tmp[l]] <= key[tmp[r]]) ? tmp[l++] : tmp[r++];
            }
        }

        /** The first index whose value is at least {@code v}. */
        private int lowerBound(double v) {
            int lo = 0;
            int hi = values.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (values[mid] < v) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }
}
