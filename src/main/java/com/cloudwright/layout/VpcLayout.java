package com.cloudwright.layout;

import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.palette.PaletteEntry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static com.cloudwright.layout.TidyLayout.CELL_H;
import static com.cloudwright.layout.TidyLayout.CELL_W;
import static com.cloudwright.layout.TidyLayout.GAP;
import static com.cloudwright.layout.TidyLayout.HEADER;
import static com.cloudwright.layout.TidyLayout.PAD;

/**
 * A VPC: gateways, endpoints and load balancers in a band above the AZ columns, the other VPC-wide
 * services (databases, caches, file systems) in a band below; AZ columns of one width, ordered by
 * zone, with the n-th subnets of every AZ sharing one row height so tiers line up.
 */
final class VpcLayout {

    private static final int BAND_COLUMNS = 8;

    private VpcLayout() {
    }

    static double[] size(TidyLayout l, Node vpc) {
        List<Node> azs = zones(l, vpc);
        alignRows(l, azs);
        double azW = 0;
        double azH = 0;
        for (Node az : azs) {
            double[] s = l.sizeOf(az);
            azW = Math.max(azW, s[0]);
            azH = Math.max(azH, s[1]);
        }
        for (Node az : azs) {
            l.resize(az, new double[] {azW, azH});
        }
        double columnsW = azs.isEmpty() ? 0 : azs.size() * azW + (azs.size() - 1) * GAP;
        double[] loose = looseColumn(l, vpc);
        if (loose[0] > 0) {
            columnsW += (azs.isEmpty() ? 0 : GAP) + loose[0];
            azH = Math.max(azH, loose[1]);
        }
        List<Node> top = top(l, vpc);
        List<Node> bottom = bottom(l, vpc);
        double w = Math.max(columnsW, Math.max(bandWidth(top), bandWidth(bottom))) + 2 * PAD;
        double h = HEADER + bandHeight(top) + azH + (azH == 0 ? 0 : PAD) + bandHeight(bottom);
        return new double[] {Math.max(w, 2 * CELL_W + 2 * PAD), Math.max(h, HEADER + CELL_H) + PAD};
    }

    static void place(TidyLayout l, Node vpc, double x, double y) {
        double cy = y + HEADER;
        List<Node> top = top(l, vpc);
        l.placeGrid(top, BAND_COLUMNS, x + PAD, cy);
        cy += bandHeight(top);
        double cx = x + PAD;
        double azH = 0;
        for (Node az : zones(l, vpc)) {
            l.place(az, cx, cy);
            double[] s = l.sizeOf(az);
            cx += s[0] + GAP;
            azH = Math.max(azH, s[1]);
        }
        double sy = cy;
        for (Node subnet : l.children(vpc, NodeTypes.SUBNET)) {
            l.place(subnet, cx, sy);
            sy += l.sizeOf(subnet)[1] + PAD;
            azH = Math.max(azH, sy - PAD - cy);
        }
        if (azH > 0) {
            cy += azH + PAD;
        }
        l.placeGrid(bottom(l, vpc), BAND_COLUMNS, x + PAD, cy);
    }

    /** Subnets drawn straight in the VPC (no Availability Zone): a column of their own after the AZs; {width, height}. */
    private static double[] looseColumn(TidyLayout l, Node vpc) {
        double w = 0;
        double h = 0;
        for (Node subnet : l.children(vpc, NodeTypes.SUBNET)) {
            double[] s = l.sizeOf(subnet);
            w = Math.max(w, s[0]);
            h += (h == 0 ? 0 : PAD) + s[1];
        }
        return new double[] {w, h};
    }

    private static double bandWidth(List<Node> band) {
        return Math.min(band.size(), BAND_COLUMNS) * CELL_W;
    }

    private static double bandHeight(List<Node> band) {
        int rows = (band.size() + BAND_COLUMNS - 1) / BAND_COLUMNS;
        return rows * CELL_H;
    }

    /** Gateways, endpoints and load balancers: what traffic passes before it reaches the AZs. */
    private static List<Node> top(TidyLayout l, Node vpc) {
        return l.services(vpc).stream().filter(n -> isNetworking(l, n)).toList();
    }

    private static List<Node> bottom(TidyLayout l, Node vpc) {
        return l.services(vpc).stream().filter(n -> !isNetworking(l, n)).toList();
    }

    private static boolean isNetworking(TidyLayout l, Node n) {
        PaletteEntry e = l.entry(n);
        return NodeTypes.attachesToWholeVpc(n.type()) || e != null && "Networking".equals(e.category());
    }

    /** AZs by zone (letter or name), then label, then the diagram's order. */
    static List<Node> zones(TidyLayout l, Node vpc) {
        List<Node> azs = new ArrayList<>(l.children(vpc, NodeTypes.AVAILABILITY_ZONE));
        azs.sort(Comparator.comparing((Node az) -> az.props().get("zone") == null)
                .thenComparing(az -> String.valueOf(az.props().get("zone")))
                .thenComparing(az -> az.label() == null ? "" : az.label()));
        return azs;
    }

    /** The n-th subnet of every AZ gets the tallest height of the row and the widest width of all. */
    private static void alignRows(TidyLayout l, List<Node> azs) {
        List<List<Node>> columns = new ArrayList<>();
        int rows = 0;
        double w = 0;
        for (Node az : azs) {
            List<Node> subnets = l.subnets(az);
            columns.add(subnets);
            rows = Math.max(rows, subnets.size());
            for (Node s : subnets) {
                w = Math.max(w, l.sizeOf(s)[0]);
            }
        }
        for (int row = 0; row < rows; row++) {
            double h = 0;
            for (List<Node> column : columns) {
                if (row < column.size()) {
                    h = Math.max(h, l.sizeOf(column.get(row))[1]);
                }
            }
            for (List<Node> column : columns) {
                if (row < column.size()) {
                    l.resize(column.get(row), new double[] {w, h});
                }
            }
        }
    }
}
