package com.cloudwright.layout;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.palette.Palette;
import com.cloudwright.palette.PaletteEntry;
import com.cloudwright.palette.Placement;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Lays a whole diagram out the way AWS reference diagrams look: global and internet services in
 * a column left of the Region; in the Region the VPCs, and the regional services in a grid to
 * their right; in a VPC its gateways and load balancers in a band above the Availability Zones,
 * the AZs as columns (by zone), its databases and other VPC-wide services in a band below; in an
 * AZ its subnets stacked, public above private, rows aligned across AZs; in a subnet its services
 * in a grid. Every box is sized to hold what it contains, so no two icons overlap and every child
 * lies inside its parent. Overlay groups are drawn around their members and keep no box.
 * Deterministic: the same diagram gives the same bounds (ties break on the diagram's order).
 */
public final class TidyLayout {

    static final double CELL_W = 140;
    static final double CELL_H = 120;
    static final double PAD = 20;
    static final double HEADER = 40;
    static final double GAP = 40;
    static final int SUBNET_COLUMNS = 3;
    static final int REGIONAL_ROWS = 6;
    /** How much lower a group member sits in its cell: what its group's title takes above it. */
    static final double GROUP_ROOM = 16;

    private final Diagram diagram;
    private final Palette palette;
    private final Map<String, Bounds> out = new LinkedHashMap<>();
    private final Map<String, double[]> sizes = new HashMap<>();

    private TidyLayout(Diagram diagram, Palette palette) {
        this.diagram = diagram;
        this.palette = palette;
    }

    /** The laid-out bounds of every node of the diagram. */
    public static Map<String, Bounds> layout(Diagram diagram, Palette palette) {
        TidyLayout l = new TidyLayout(diagram, palette);
        l.run();
        return l.out;
    }

    /**
     * The laid-out bounds of one container and everything inside it, the container keeping its
     * top-left corner (it may grow or shrink to hold what it contains).
     */
    public static Map<String, Bounds> layoutWithin(Diagram diagram, Palette palette, String containerId) {
        TidyLayout l = new TidyLayout(diagram, palette);
        Node root = diagram.requireNode(containerId);
        if (NodeTypes.isContainer(root.type())) {
            l.place(root, root.bounds().x(), root.bounds().y());
        }
        return l.out;
    }

    /** A copy of the diagram with every node at its laid-out place. */
    public static Diagram apply(Diagram diagram, Palette palette) {
        Map<String, Bounds> bounds = layout(diagram, palette);
        List<Node> nodes = new ArrayList<>();
        for (Node n : diagram.nodes()) {
            nodes.add(n.withBounds(bounds.getOrDefault(n.id(), n.bounds())));
        }
        return new Diagram(diagram.name(), diagram.region(), diagram.extra(), nodes, diagram.edges());
    }

    private void run() {
        List<Node> outside = new ArrayList<>();
        List<Node> regions = new ArrayList<>();
        for (Node n : diagram.roots()) {
            if (NodeTypes.isOverlayGroup(n.type())) {
                out.put(n.id(), new Bounds(0, 0, 0, 0));
            } else if (NodeTypes.isContainer(n.type())) {
                // a Region, or a VPC (or a lower container) drawn without one
                regions.add(n);
            } else {
                outside.add(n);
            }
        }
        for (Node n : diagram.nodes()) {
            if (NodeTypes.isOverlayGroup(n.type())) {
                out.put(n.id(), new Bounds(0, 0, 0, 0));
            }
        }
        double x = PAD;
        if (!outside.isEmpty()) {
            placeColumn(outside, x, PAD + HEADER);
            x += CELL_W + GAP;
        }
        double y = PAD;
        for (Node region : regions) {
            double[] size = size(region);
            place(region, x, y);
            y += size[1] + GAP;
        }
    }

    private void placeColumn(List<Node> services, double x, double y) {
        for (Node n : services) {
            placeService(n, x, y);
            y += CELL_H;
        }
    }

    void placeCell(Node n, double cellX, double cellY) {
        placeService(n, cellX, cellY);
    }

    /**
     * A service centred in its cell, the label below the icon; a member of an overlay group a
     * little lower, so that the group's title above it stays clear of the title of the box the
     * cell is in.
     */
    private void placeService(Node n, double cellX, double cellY) {
        double[] s = iconSize(n);
        double top = diagram.groupsOf(n.id()).isEmpty() ? 10 : 10 + GROUP_ROOM;
        out.put(n.id(), new Bounds(cellX + (CELL_W - s[0]) / 2, cellY + top, s[0], s[1]));
    }

    private double[] iconSize(Node n) {
        PaletteEntry e = palette.entry(n.type()).orElse(null);
        double w = e != null && e.width() > 0 ? e.width() : 64;
        double h = e != null && e.height() > 0 ? e.height() : 64;
        return new double[] {Math.min(w, CELL_W - 20), Math.min(h, CELL_H - 40)};
    }

    // ---- sizes, bottom up --------------------------------------------------------------------

    private double[] size(Node n) {
        double[] known = sizes.get(n.id());
        if (known != null) {
            return known;
        }
        double[] s = switch (n.type()) {
            // an empty subnet is a strip under its title, not a box of the height of a row of icons
            case NodeTypes.SUBNET -> services(n).isEmpty() ? new double[] {2 * CELL_W + 2 * PAD, HEADER + 2 * PAD}
                    : gridSize(services(n), SUBNET_COLUMNS, 2 * CELL_W + 2 * PAD);
            case NodeTypes.AVAILABILITY_ZONE -> azSize(n);
            case NodeTypes.VPC -> VpcLayout.size(this, n);
            case NodeTypes.REGION -> regionSize(n);
            default -> new double[] {CELL_W, CELL_H};
        };
        sizes.put(n.id(), s);
        return s;
    }

    /** A box holding services in a grid of at most {@code columns}, under a title band. */
    double[] gridSize(List<Node> services, int columns, double minWidth) {
        int n = separated(services).size();
        int cols = Math.max(1, Math.min(columns, n));
        int rows = (n + cols - 1) / cols;
        return new double[] {Math.max(minWidth, 2 * PAD + cols * CELL_W),
                HEADER + Math.max(1, rows) * CELL_H + PAD + groupRoom(services)};
    }

    /** Room below a grid for the outline of a group whose members sit lower in their cells. */
    double groupRoom(List<Node> services) {
        return services.stream().anyMatch(n -> n != null && !diagram.groupsOf(n.id()).isEmpty()) ? 2 * GROUP_ROOM : 0;
    }

    void placeGrid(List<Node> services, int columns, double x, double y) {
        List<Node> cells = separated(services);
        int cols = Math.max(1, Math.min(columns, cells.size()));
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i) != null) {
                placeService(cells.get(i), x + (i % cols) * CELL_W, y + (i / cols) * CELL_H);
            }
        }
    }

    /**
     * The services with the members of each overlay group (Auto Scaling, security group) next to
     * each other, and an empty cell (null) between runs of different groups: a group's outline
     * reaches past its members' cells, and two outlines side by side would cross.
     */
    List<Node> separated(List<Node> services) {
        Map<String, List<Node>> runs = new LinkedHashMap<>();
        for (Node n : services) {
            if (n != null) {
                runs.computeIfAbsent(groupKey(n), k -> new ArrayList<>()).add(n);
            }
        }
        if (runs.size() <= 1 && !services.contains(null)) {
            return services;
        }
        List<Node> out = new ArrayList<>();
        for (List<Node> run : runs.values()) {
            if (!out.isEmpty()) {
                out.add(null);
            }
            out.addAll(run);
        }
        return out;
    }

    /** The overlay groups the node belongs to, as one key ("" for none). */
    String groupKey(Node n) {
        List<String> ids = new ArrayList<>();
        diagram.groupsOf(n.id()).forEach(g -> ids.add(g.id()));
        ids.sort(null);
        return String.join(",", ids);
    }

    private double[] azSize(Node az) {
        double w = 0;
        double h = HEADER;
        for (Node subnet : subnets(az)) {
            double[] s = size(subnet);
            w = Math.max(w, s[0]);
            h += s[1] + PAD;
        }
        List<Node> loose = services(az);
        if (!loose.isEmpty()) {
            double[] g = gridSize(loose, SUBNET_COLUMNS, 0);
            w = Math.max(w, g[0]);
            h += g[1] - HEADER;
        }
        return new double[] {Math.max(w, 2 * CELL_W) + 2 * PAD, h + PAD};
    }

    private double[] regionSize(Node region) {
        double w = 0;
        double h = HEADER;
        List<Node> vpcs = containers(region);
        for (Node vpc : vpcs) {
            double[] s = size(vpc);
            w = Math.max(w, borderRoom(vpc) + s[0]);
            h += s[1] + GAP;
        }
        if (!vpcs.isEmpty()) {
            h -= GAP;
        }
        List<Node> regional = separated(services(region));
        int rows = Math.max(1, Math.min(REGIONAL_ROWS, regional.size()));
        int cols = regional.isEmpty() ? 0 : (regional.size() + rows - 1) / rows;
        double regionalH = HEADER + rows * CELL_H;
        return new double[] {2 * PAD + w + (w > 0 && cols > 0 ? GAP : 0) + cols * CELL_W,
                Math.max(h, regionalH) + PAD};
    }

    // ---- positions, top down -----------------------------------------------------------------

    void place(Node n, double x, double y) {
        double[] s = size(n);
        out.put(n.id(), new Bounds(x, y, s[0], s[1]));
        switch (n.type()) {
            case NodeTypes.SUBNET -> placeGrid(services(n), SUBNET_COLUMNS, x + PAD, y + HEADER);
            case NodeTypes.AVAILABILITY_ZONE -> placeAz(n, x, y, s);
            case NodeTypes.VPC -> VpcLayout.place(this, n, x, y);
            case NodeTypes.REGION -> placeRegion(n, x, y);
            default -> { }
        }
    }

    private void placeAz(Node az, double x, double y, double[] s) {
        double cy = y + HEADER;
        for (Node subnet : subnets(az)) {
            double[] sub = size(subnet);
            sizes.put(subnet.id(), new double[] {s[0] - 2 * PAD, sub[1]});
            place(subnet, x + PAD, cy);
            cy += sub[1] + PAD;
        }
        placeGrid(services(az), SUBNET_COLUMNS, x + PAD, cy);
    }

    private void placeRegion(Node region, double x, double y) {
        double cy = y + HEADER;
        double w = 0;
        for (Node vpc : containers(region)) {
            place(vpc, x + PAD + borderRoom(vpc), cy);
            double[] s = size(vpc);
            cy += s[1] + GAP;
            w = Math.max(w, borderRoom(vpc) + s[0]);
        }
        List<Node> regional = separated(services(region));
        int rows = Math.max(1, Math.min(REGIONAL_ROWS, regional.size()));
        double rx = x + PAD + w + (w > 0 ? GAP : 0);
        for (int i = 0; i < regional.size(); i++) {
            if (regional.get(i) != null) {
                placeService(regional.get(i), rx + (i / rows) * CELL_W, y + HEADER + (i % rows) * CELL_H);
            }
        }
    }

    /** Room left of a VPC for the gateways on its border and their labels. */
    private double borderRoom(Node vpc) {
        return services(vpc).stream().anyMatch(n -> NodeTypes.attachesToWholeVpc(n.type())) ? CELL_W / 2 - PAD : 0;
    }

    // ---- children ----------------------------------------------------------------------------

    List<Node> children(Node parent, String type) {
        return diagram.children(parent.id()).stream().filter(c -> c.type().equals(type)).toList();
    }

    /** Child containers by level (VPCs before Availability Zones before subnets), each level in the diagram's order. */
    List<Node> containers(Node parent) {
        List<Node> list = new ArrayList<>(diagram.children(parent.id()).stream()
                .filter(c -> NodeTypes.isContainer(c.type())).toList());
        list.sort(Comparator.comparingInt(c -> NodeTypes.containerLevel(c.type())));
        return list;
    }

    /** Children that are neither containers nor overlay groups, in the diagram's order. */
    List<Node> services(Node parent) {
        return diagram.children(parent.id()).stream()
                .filter(c -> !NodeTypes.isContainer(c.type()) && !NodeTypes.isOverlayGroup(c.type())).toList();
    }

    /** Public subnets above private ones, each kind in the diagram's order. */
    List<Node> subnets(Node az) {
        List<Node> list = new ArrayList<>(children(az, NodeTypes.SUBNET));
        list.sort(Comparator.comparing(s -> !Boolean.TRUE.equals(s.props().get("public"))));
        return list;
    }

    double[] sizeOf(Node n) {
        return size(n);
    }

    void resize(Node n, double[] size) {
        sizes.put(n.id(), size);
    }

    boolean isGlobal(Node n) {
        return palette.entry(n.type()).map(e -> e.placement() == Placement.GLOBAL).orElse(false);
    }

    PaletteEntry entry(Node n) {
        return palette.entry(n.type()).orElse(null);
    }
}
