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
 * sparse grid: lines just clear of every obstacle's sides and through the ends' ports; each step
 * costs its length (four times over where it runs along another route), a turn and a route
 * crossed cost extra and an obstacle crossed costs far more. It leaves the
 * caller outwards from the middle of a side and enters the callee the same way, as the ordinary
 * routes do. Deterministic: ties go to the first found in a fixed order.
 */
final class DetourRoutes {

    /** How far a detour keeps from an obstacle's side. */
    private static final double CLEARANCE = 10;
    /** A grid larger than this many lines a side is not searched (too slow for what it gains). */
    private static final int MAX_LINES = 160;
    private static final int[] DX = {1, 0, -1, 0};
    private static final int[] DY = {0, 1, 0, -1};

    private DetourRoutes() {
    }

    /** The cheapest route from box a to box b within {@code area}, or null when there is none. */
    static List<Point> find(Bounds a, double dropA, Bounds b, double dropB, List<Bounds> obstacles, TakenSegments taken,
                            Bounds area) {
        List<Bounds> blocks = new ArrayList<>(obstacles);
        blocks.add(own(a, dropA));
        blocks.add(own(b, dropB));
        double[] xs = lines(area.x(), area.maxX(), a.x(), a.maxX(), a.centerX(), b.x(), b.maxX(), b.centerX(), blocks, true);
        double[] ys = lines(area.y(), area.maxY(), a.y(), a.maxY() + dropA, a.centerY(), b.y(), b.maxY() + dropB,
                b.centerY(), blocks, false);
        if (xs.length > MAX_LINES || ys.length > MAX_LINES) {
            return null;
        }
        return new Search(xs, ys, blocks, taken).run(ports(a, dropA), ports(b, dropB));
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
        private final List<Bounds> blocks;
        private final TakenSegments taken;
        private final double[] cost;
        private final int[] previous;

        Search(double[] xs, double[] ys, List<Bounds> blocks, TakenSegments taken) {
            this.xs = xs;
            this.ys = ys;
            this.blocks = blocks;
            this.taken = taken;
            this.cost = new double[xs.length * ys.length * 4];
            this.previous = new int[cost.length];
            Arrays.fill(cost, Double.POSITIVE_INFINITY);
            Arrays.fill(previous, -1);
        }

        private int state(int ix, int iy, int dir) {
            return (iy * xs.length + ix) * 4 + dir;
        }

        List<Point> run(Point[] starts, Point[] ends) {
            PriorityQueue<double[]> queue = new PriorityQueue<>((p, q) -> p[0] != q[0] ? Double.compare(p[0], q[0])
                    : Double.compare(p[1], q[1]));
            for (int dir = 0; dir < 4; dir++) {
                int ix = Arrays.binarySearch(xs, starts[dir].x());
                int iy = Arrays.binarySearch(ys, starts[dir].y());
                if (ix >= 0 && iy >= 0) {
                    int s = state(ix, iy, dir);
                    cost[s] = 0;
                    queue.add(new double[] {0, s});
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
                if (head[0] > cost[s]) {
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
                Point p = new Point(xs[ix], ys[iy]);
                Point q = new Point(xs[nx], ys[ny]);
                double c = cost[s] + Math.abs(q.x() - p.x()) + Math.abs(q.y() - p.y())
                        + (turn == 0 ? 0 : OrthogonalRoutes.TURN) + crossings(p, q) * OrthogonalRoutes.CROSSING
                        + taken.shared(p, q, OrthogonalRoutes.EDGE_CROSSING) * 4;
                int t = state(nx, ny, nd);
                if (c < cost[t] - 1e-9) {
                    cost[t] = c;
                    previous[t] = s;
                    queue.add(new double[] {c, t});
                }
            }
        }

        private int crossings(Point p, Point q) {
            int n = 0;
            for (Bounds o : blocks) {
                if (OrthogonalRoutes.segmentHits(p, q, o)) {
                    n++;
                }
            }
            return n;
        }

        /** The grid points back to the start, with the points where the route runs straight on left out. */
        private List<Point> path(int end) {
            List<Integer> states = new ArrayList<>();
            for (int s = end; s >= 0; s = previous[s]) {
                states.add(0, s);
            }
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
