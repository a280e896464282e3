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
        Band top = Band.of(l, vpc, columnsW);
        double[] loose = looseColumn(l, vpc);
        if (loose[0] > 0) {
            columnsW += (azs.isEmpty() ? 0 : GAP) + loose[0];
            azH = Math.max(azH, loose[1]);
        }
        List<Node> bottom = bottom(l, vpc);
        double w = Math.max(columnsW, Math.max(top.width(), bandWidth(l.separated(bottom)))) + 2 * PAD;
        double h = HEADER + top.height() + azH + (azH == 0 ? 0 : PAD) + bandHeight(l.separated(bottom))
                + (bottom.isEmpty() ? 0 : l.groupRoom(bottom));
        return new double[] {Math.max(w, 2 * CELL_W + 2 * PAD), Math.max(h, HEADER + CELL_H) + PAD};
    }

    static void place(TidyLayout l, Node vpc, double x, double y) {
        double cy = y + HEADER;
        List<Node> azs = zones(l, vpc);
        double columnsW = 0;
        for (Node az : azs) {
            columnsW += (columnsW == 0 ? 0 : GAP) + l.sizeOf(az)[0];
        }
        Band top = Band.of(l, vpc, columnsW);
        top.place(l, x, cy);
        cy += top.height();
        double cx = x + PAD;
        double azH = 0;
        for (Node az : azs) {
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

    /**
     * The band above the AZs: what traffic passes before it reaches them. Gateways that attach to
     * the whole VPC sit on its left border (as AWS draws an internet gateway), one per band row;
     * load balancers are centred over the AZ columns they spread across; endpoints and the rest
     * line up from the left, the balancers moving right of them if they would meet.
     */
    private record Band(List<Node> border, List<Node> rest, List<Node> balancers, double[] offsets, double balancersAt,
                        double groupRoom) {

        static Band of(TidyLayout l, Node vpc, double columnsW) {
            List<Node> top = l.services(vpc).stream().filter(n -> isNetworking(l, n)).toList();
            List<Node> border = top.stream().filter(n -> NodeTypes.attachesToWholeVpc(n.type())).toList();
            List<Node> balancers = l.separated(top.stream().filter(n -> BALANCERS.contains(n.type())).toList())
                    .stream().filter(java.util.Objects::nonNull).toList();
            List<Node> rest = l.separated(top.stream().filter(n -> !border.contains(n) && !balancers.contains(n)).toList());
            double restEnd = (border.isEmpty() ? 0 : CELL_W / 2) + Math.min(rest.size(), BAND_COLUMNS) * CELL_W;
            double[] offsets = offsets(l, balancers);
            double span = balancers.isEmpty() ? 0 : offsets[balancers.size() - 1] + CELL_W;
            double centred = columnsW / 2 - span / 2;
            return new Band(border, rest, balancers, offsets, Math.max(restEnd, centred), l.groupRoom(top));
        }

        /** Each balancer's cell from the first one's: a gap where two sit in different groups, whose outlines reach past their cells. */
        private static double[] offsets(TidyLayout l, List<Node> balancers) {
            double[] out = new double[balancers.size()];
            for (int i = 1; i < balancers.size(); i++) {
                boolean apart = !l.groupKey(balancers.get(i)).equals(l.groupKey(balancers.get(i - 1)));
                out[i] = out[i - 1] + CELL_W + (apart ? GAP : 0);
            }
            return out;
        }

        double width() {
            double restW = (border.isEmpty() ? 0 : CELL_W / 2) + bandWidth(rest);
            return Math.max(restW, balancers.isEmpty() ? 0 : balancersAt + offsets[balancers.size() - 1] + CELL_W);
        }

        double height() {
            int rows = Math.max((rest.size() + BAND_COLUMNS - 1) / BAND_COLUMNS, border.size());
            return (rows == 0 && !balancers.isEmpty() ? 1 : rows) * CELL_H + groupRoom;
        }

        /** @param x the VPC's left edge; y the band's top */
        void place(TidyLayout l, double x, double y) {
            for (int i = 0; i < border.size(); i++) {
                l.placeCell(border.get(i), x - CELL_W / 2, y + i * CELL_H);
            }
            // beside the border gateways' labels, which reach into the VPC
            l.placeGrid(rest, BAND_COLUMNS, x + PAD + (border.isEmpty() ? 0 : CELL_W / 2), y);
            for (int i = 0; i < balancers.size(); i++) {
                l.placeCell(balancers.get(i), x + PAD + balancersAt + offsets[i], y);
            }
        }
    }

    private static final java.util.Set<String> BALANCERS = java.util.Set.of("alb", "nlb", "clb", "gwlb");

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
