package com.cloudwright.render;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Point;

import java.util.Arrays;
import java.util.List;

/**
 * Routes already taken near an edge being routed, as horizontal segments sorted by y and vertical
 * ones sorted by x, so that scoring a candidate looks only at the few segments on its line or
 * across it instead of all of them (which made routing thousands of edges quadratic).
 */
final class TakenSegments {

    /** Taken segments within this distance of a segment on the same line run along it. */
    static final double ALONGSIDE = 3;

    private final Line horizontal;
    private final Line vertical;

    /** From zero-width boxes (routed segments); boxes of no length add nothing and are left out. */
    TakenSegments(List<Bounds> taken) {
        horizontal = Line.of(taken.stream().filter(t -> t.h() == 0 && t.w() > 0)
                .map(t -> new double[] {t.y(), t.x(), t.maxX()}).toArray(double[][]::new));
        vertical = Line.of(taken.stream().filter(t -> t.w() == 0 && t.h() > 0)
                .map(t -> new double[] {t.x(), t.y(), t.maxY()}).toArray(double[][]::new));
    }

    /**
     * How much the segment p–q shares with taken routes: the length it runs on top of them plus
     * {@code crossingCost} for each it crosses at right angles (strictly inside both).
     */
    double shared(Point p, Point q, double crossingCost) {
        if (p.y() == q.y() && p.x() != q.x()) {
            return along(horizontal, p.y(), Math.min(p.x(), q.x()), Math.max(p.x(), q.x()))
                    + crossingCost * across(vertical, p.y(), Math.min(p.x(), q.x()), Math.max(p.x(), q.x()));
        }
        if (p.x() == q.x() && p.y() != q.y()) {
            return along(vertical, p.x(), Math.min(p.y(), q.y()), Math.max(p.y(), q.y()))
                    + crossingCost * across(horizontal, p.x(), Math.min(p.y(), q.y()), Math.max(p.y(), q.y()));
        }
        return 0;
    }

    /** Total overlap of [from, to] at {@code at} with the line's segments less than ALONGSIDE away. */
    private static double along(Line line, double at, double from, double to) {
        double sum = 0;
        for (int i = line.first(at - ALONGSIDE); i < line.size() && line.position[i] < at + ALONGSIDE; i++) {
            if (Math.abs(line.position[i] - at) < ALONGSIDE) {
                sum += Math.max(0, Math.min(to, line.end[i]) - Math.max(from, line.start[i]));
            }
        }
        return sum;
    }

    /** How many of the line's segments cross {@code at} strictly between {@code from} and {@code to}. */
    private static int across(Line line, double at, double from, double to) {
        int n = 0;
        for (int i = line.first(from + 1); i < line.size() && line.position[i] < to - 1; i++) {
            if (line.position[i] > from + 1 && at > line.start[i] + 1 && at < line.end[i] - 1) {
                n++;
            }
        }
        return n;
    }

    /** Segments of one orientation: position across the line, start and end along it, sorted by position. */
    private record Line(double[] position, double[] start, double[] end) {

        static Line of(double[][] segments) {
            Arrays.sort(segments, (a, b) -> Double.compare(a[0], b[0]));
            double[] position = new double[segments.length];
            double[] start = new double[segments.length];
            double[] end = new double[segments.length];
            for (int i = 0; i < segments.length; i++) {
                position[i] = segments[i][0];
                start[i] = segments[i][1];
                end[i] = segments[i][2];
            }
            return new Line(position, start, end);
        }

        int size() {
            return position.length;
        }

        /** The first index whose position is at least {@code value}. */
        int first(double value) {
            int lo = 0;
            int hi = position.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (position[mid] < value) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }
    }
}
