package com.cloudwright.render;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Point;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.PriorityQueue;
import java.util.TreeSet;

/**
 * A route with as many turns as it takes, for when every route with two turns crosses an icon or
 * a container's title (a database right under its subnet's title, say). The search runs on a
 * sparse grid: lines just clear of every obstacle's sides and through the ends' ports; no step
 * may cross an obstacle, each costs its length (four times over where it runs along another
 * route), and a turn or a route crossed costs extra. A detour much longer than the way across
 * is not worth it: the search gives up past {@link #WORTH_A_DETOUR} more. It leaves the
 * caller outwards from the middle of a side and enters the callee the same way, as the ordinary
 * routes do. Deterministic: ties go to the first found in a fixed order.
 */
final class DetourRoutes {

    /** How far a detour keeps from an obstacle's side. */
    private static final double CLEARANCE = 10;
    /** A grid larger than this many lines a side is not searched (too slow for what it gains). */
    private static final int MAX_LINES = 160;
    /** How much longer than the way straight across (turns included) a detour may be. */
    private static final double WORTH_A_DETOUR = 640;
    private static final int[] DX = {1, 0, -1, 0};
    private static final int[] DY = {0, 1, 0, -1};

    private DetourRoutes() {
    }

    /**
     * The cheapest route from box a to box b within {@code area}, or null when there is none
     * cheaper than {@code limit} (the cost of the route it would replace: no dearer one can win).
     */
    static List<Point> find(Bounds a, double dropA, Bounds b, double dropB, List<Bounds> obstacles, TakenSegments taken,
                            Bounds area, double limit) {
        List<Bounds> blocks = new ArrayList<>(obstacles);
        blocks.add(own(a, dropA));
        blocks.add(own(b, dropB));
        double[] xs = lines(area.x(), area.maxX(), a.x(), a.maxX(), a.centerX(), b.x(), b.maxX(), b.centerX(), blocks, true);
        double[] ys = lines(area.y(), area.maxY(), a.y(), a.maxY() + dropA, a.centerY(), b.y(), b.maxY() + dropB,
                b.centerY(), blocks, false);
        if (xs.length > MAX_LINES || ys.length > MAX_LINES) {
            return null;
        }
        double across = Math.abs(a.centerX() - b.centerX()) + Math.abs(a.centerY() - b.centerY());
        double worthIt = Math.min(limit, across + WORTH_A_DETOUR);
        return new Search(xs, ys, blocks, taken, worthIt).run(ports(a, dropA), ports(b, dropB));
    }

    /** A box's own area (icon and label), which a route must not run back through. */
    private static Bounds own(Bounds box, double drop) {
        return new Bounds(box.x() + 1, box.y() + 1, Math.max(0, box.w() - 2), Math.max(0, box.h() + drop - 2));
    }

    /** The middles of the four sides, in direction order (right, bottom, left, top), the bottom one below the label. */
    private static Point[] ports(Bounds box, double drop) {
        return new Point[] {new Point(box.maxX(), box.centerY()), new Point(box.centerX(), box.maxY() + drop),
                new Point(box.x(), box.centerY()), new Point(box.centerX(), box.y())};
    }

    private static double[] lines(double from, double to, double a1, double a2, double a3, double b1, double b2, double b3,
                                  List<Bounds> blocks, boolean vertical) {
        TreeSet<Double> set = new TreeSet<>();
        for (double v : new double[] {a1, a2, a3, b1, b2, b3, a1 - EdgeRouter.STANDOFF, a2 + EdgeRouter.STANDOFF,
                b1 - EdgeRouter.STANDOFF, b2 + EdgeRouter.STANDOFF}) {
            set.add(v);
        }
        for (Bounds o : blocks) {
            set.add((vertical ? o.x() : o.y()) - CLEARANCE);
            set.add((vertical ? o.maxX() : o.maxY()) + CLEARANCE);
        }
        return set.stream().filter(v -> v >= from && v <= to).mapToDouble(Double::doubleValue).toArray();
    }

    /** Dijkstra over (grid point, heading) states. */
    private static final class Search {
        private final double[] xs;
        private final double[] ys;
        private final TakenSegments taken;
        private final double limit;
        private final double[] cost;
        private final int[] previous;
        /** Obstacles crossed by the step from a grid point to the next one right, and to the next one down. */
        private final int[] acrossRight;
        private final int[] acrossDown;
        /** What running along other routes costs per step, worked out the first time a step is tried. */
        private final double[] alongRight;
        private final double[] alongDown;
        private Point[] ends;
        private final double[] estimates;

        Search(double[] xs, double[] ys, List<Bounds> blocks, TakenSegments taken, double limit) {
            this.xs = xs;
            this.ys = ys;
            this.taken = taken;
            this.limit = limit;
            this.cost = new double[xs.length * ys.length * 4];
            this.previous = new int[cost.length];
            Arrays.fill(cost, Double.POSITIVE_INFINITY);
            Arrays.fill(previous, -1);
            this.acrossRight = new int[xs.length * ys.length];
            this.acrossDown = new int[xs.length * ys.length];
            this.alongRight = new double[xs.length * ys.length];
            this.alongDown = new double[xs.length * ys.length];
            Arrays.fill(alongRight, Double.NaN);
            Arrays.fill(alongDown, Double.NaN);
            this.estimates = new double[xs.length * ys.length];
            Arrays.fill(estimates, Double.NaN);
            for (Bounds o : blocks) {
                mark(o);
            }
        }

        /**
         * Counts the box against every step it blocks: a step crosses it when it runs strictly
         * inside its span across and overlaps it along (as {@link OrthogonalRoutes#segmentHits}).
         */
        private void mark(Bounds o) {
            if (o.w() <= 0 || o.h() <= 0) {
                return;
            }
            for (int iy = above(ys, o.y()); iy < ys.length && ys[iy] < o.maxY(); iy++) {
                for (int ix = Math.max(0, above(xs, o.x()) - 1); ix + 1 < xs.length && xs[ix] < o.maxX(); ix++) {
                    if (xs[ix + 1] > o.x()) {
                        acrossRight[iy * xs.length + ix]++;
                    }
                }
            }
            for (int ix = above(xs, o.x()); ix < xs.length && xs[ix] < o.maxX(); ix++) {
                for (int iy = Math.max(0, above(ys, o.y()) - 1); iy + 1 < ys.length && ys[iy] < o.maxY(); iy++) {
                    if (ys[iy + 1] > o.y()) {
                        acrossDown[iy * xs.length + ix]++;
                    }
                }
            }
        }

        /** The first index whose line lies strictly beyond {@code v}. */
        private static int above(double[] lines, double v) {
            int lo = 0;
            int hi = lines.length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (lines[mid] <= v) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            return lo;
        }

        private int state(int ix, int iy, int dir) {
            return (iy * xs.length + ix) * 4 + dir;
        }

        /** A* towards the nearest port of the callee: the straight distance never overestimates. */
        private double estimate(int s) {
            int cell = s / 4;
            if (!Double.isNaN(estimates[cell])) {
                return estimates[cell];
            }
            double x = xs[cell % xs.length];
            double y = ys[cell / xs.length];
            double best = Double.POSITIVE_INFINITY;
            for (Point e : ends) {
                best = Math.min(best, Math.abs(e.x() - x) + Math.abs(e.y() - y));
            }
            estimates[cell] = best;
            return best;
        }

        List<Point> run(Point[] starts, Point[] ends) {
            this.ends = ends;
            PriorityQueue<double[]> queue = new PriorityQueue<>((p, q) -> p[0] != q[0] ? Double.compare(p[0], q[0])
                    : Double.compare(p[1], q[1]));
            for (int dir = 0; dir < 4; dir++) {
                int ix = Arrays.binarySearch(xs, starts[dir].x());
                int iy = Arrays.binarySearch(ys, starts[dir].y());
                if (ix >= 0 && iy >= 0) {
                    int s = state(ix, iy, dir);
                    cost[s] = 0;
                    queue.add(new double[] {estimate(s), s});
                }
            }
            int[] goal = new int[4];
            for (int dir = 0; dir < 4; dir++) {
                int ix = Arrays.binarySearch(xs, ends[dir].x());
                int iy = Arrays.binarySearch(ys, ends[dir].y());
                // arriving at a side means heading into the box: opposite to that side's outward direction
                goal[dir] = ix >= 0 && iy >= 0 ? state(ix, iy, (dir + 2) % 4) : -1;
            }
            while (!queue.isEmpty()) {
                double[] head = queue.poll();
                int s = (int) head[1];
                if (head[0] >= limit) {
                    return null;
                }
                if (head[0] > cost[s] + estimate(s) + 1e-9) {
                    continue;
                }
                for (int g : goal) {
                    if (g == s && previous[s] >= 0) {
                        return path(s);
                    }
                }
                step(s, queue);
            }
            return null;
        }

        private void step(int s, PriorityQueue<double[]> queue) {
            int dir = s % 4;
            int cell = s / 4;
            int ix = cell % xs.length;
            int iy = cell / xs.length;
            for (int turn : new int[] {0, 1, 3}) {
                int nd = (dir + turn) % 4;
                // the first step from a port goes straight out
                if (turn != 0 && previous[s] < 0) {
                    continue;
                }
                int nx = ix + DX[nd];
                int ny = iy + DY[nd];
                if (nx < 0 || ny < 0 || nx >= xs.length || ny >= ys.length) {
                    continue;
                }
                if (crossings(ix, iy, nx, ny) > 0) {
                    continue;
                }
                Point p = new Point(xs[ix], ys[iy]);
                Point q = new Point(xs[nx], ys[ny]);
                double c = cost[s] + Math.abs(q.x() - p.x()) + Math.abs(q.y() - p.y())
                        + (turn == 0 ? 0 : OrthogonalRoutes.TURN) + along(ix, iy, nx, ny, p, q);
                int t = state(nx, ny, nd);
                if (c < cost[t] - 1e-9) {
                    cost[t] = c;
                    previous[t] = s;
                    queue.add(new double[] {c + estimate(t), t});
                }
            }
        }

        private double along(int ix, int iy, int nx, int ny, Point p, Point q) {
            double[] cache = iy == ny ? alongRight : alongDown;
            int at = Math.min(iy, ny) * xs.length + Math.min(ix, nx);
            if (Double.isNaN(cache[at])) {
                cache[at] = taken.shared(p, q, OrthogonalRoutes.EDGE_CROSSING) * 4;
            }
            return cache[at];
        }

        private int crossings(int ix, int iy, int nx, int ny) {
            if (iy == ny) {
                return acrossRight[iy * xs.length + Math.min(ix, nx)];
            }
            return acrossDown[Math.min(iy, ny) * xs.length + ix];
        }

        /** The grid points back to the start, with the points where the route runs straight on left out. */
        private List<Point> path(int end) {
            List<Integer> states = new ArrayList<>();
            for (int s = end; s >= 0; s = previous[s]) {
                states.add(s);
            }
            java.util.Collections.reverse(states);
            List<Point> out = new ArrayList<>();
            for (int i = 0; i < states.size(); i++) {
                int s = states.get(i);
                boolean last = i == states.size() - 1;
                if (i == 0 || last || s % 4 != states.get(i + 1) % 4) {
                    int cell = s / 4;
                    out.add(new Point(xs[cell % xs.length], ys[cell / xs.length]));
                }
            }
            return out;
        }
    }
}
