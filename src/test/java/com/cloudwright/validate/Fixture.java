package com.cloudwright.validate;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.model.Props;
import com.cloudwright.palette.Palette;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds small diagrams for rule tests, readably: {@code Fixture.web().node("db2", "rds",
 * "pub-a").edge("web-a", "db2")}. Containers are laid out around their children so that
 * geometry (used by quick fixes) is sound.
 */
public final class Fixture {

    private static final double PAD = 24;
    private static final double HEADER = 32;

    private final String region;
    private final Map<String, Node> nodes = new LinkedHashMap<>();
    private final Map<String, Edge> edges = new LinkedHashMap<>();

    private Fixture(String region) {
        this.region = region;
    }

    public static Palette palette() {
        return Palette.bundled();
    }

    public static Fixture empty() {
        return new Fixture("us-east-1");
    }

    /** A diagram with no region of its own (VPCs must then sit in a Region container). */
    public static Fixture noRegion() {
        return new Fixture(null);
    }

    /**
     * The well-architected baseline: one VPC over two AZs, a public and a private subnet in
     * each, an internet gateway, a NAT gateway (with Elastic IP) per AZ, users → WAF-guarded
     * internet-facing ALB → Auto Scaling group of two instances → Multi-AZ RDS. No errors,
     * no warnings.
     */
    public static Fixture web() {
        return empty()
                .node("r1", "region", null, "region", "us-east-1")
                .node("vpc", "vpc", "r1", "cidr", "10.0.0.0/16")
                .node("aza", "availability-zone", "vpc", "zone", "a")
                .node("azb", "availability-zone", "vpc", "zone", "b")
                .node("pub-a", "subnet", "aza", "cidr", "10.0.1.0/24", "public", true)
                .node("app-a", "subnet", "aza", "cidr", "10.0.11.0/24", "public", false)
                .node("pub-b", "subnet", "azb", "cidr", "10.0.2.0/24", "public", true)
                .node("app-b", "subnet", "azb", "cidr", "10.0.12.0/24", "public", false)
                .node("igw", "internet-gateway", "vpc")
                .node("nat-a", "nat-gateway", "pub-a")
                .node("nat-b", "nat-gateway", "pub-b")
                .node("eip-a", "elastic-ip", "vpc")
                .node("eip-b", "elastic-ip", "vpc")
                .node("web-a", "ec2", "app-a")
                .node("web-b", "ec2", "app-b")
                .node("alb", "alb", "vpc")
                .node("db", "rds", "vpc", "multiAz", true)
                .node("users", "users", null)
                .node("waf", "waf", null)
                .node("asg", "auto-scaling-group", null, "members", List.of("web-a", "web-b"))
                .edge("eip-a", "nat-a")
                .edge("eip-b", "nat-b")
                .edge("users", "alb")
                .edge("waf", "alb")
                .edge("alb", "asg")
                .edge("asg", "db");
    }

    /** Adds a node; {@code props} are key, value pairs. */
    public Fixture node(String id, String type, String parent, Object... props) {
        nodes.put(id, new Node(id, type, parent, new Bounds(0, 0, 64, 64), Props.of(map(props))));
        return this;
    }

    /** Adds an edge with the id {@code from->to}; {@code props} are key, value pairs. */
    public Fixture edge(String from, String to, Object... props) {
        return edgeWithId(from + "->" + to, from, to, props);
    }

    public Fixture edgeWithId(String id, String from, String to, Object... props) {
        edges.put(id, new Edge(id, from, to, null, List.of(), Props.of(map(props)), Map.of()));
        return this;
    }

    /** Sets (a null value removes) a property of an existing node. */
    public Fixture set(String id, String key, Object value) {
        nodes.put(id, nodes.get(id).withProp(key, value));
        return this;
    }

    public Fixture parent(String id, String parent) {
        nodes.put(id, nodes.get(id).withParent(parent));
        return this;
    }

    public Fixture label(String id, String label) {
        nodes.put(id, nodes.get(id).withLabel(label));
        return this;
    }

    /** Removes a node (with its edges and group memberships) or an edge. */
    public Fixture remove(String id) {
        if (edges.remove(id) != null) {
            return this;
        }
        nodes.remove(id);
        for (Node child : children(id)) {
            remove(child.id());
        }
        edges.values().removeIf(e -> e.from().equals(id) || e.to().equals(id));
        nodes.replaceAll((k, n) -> n.props().strings(NodeTypes.MEMBERS).contains(id)
                ? n.withProp(NodeTypes.MEMBERS, n.props().strings(NodeTypes.MEMBERS).stream().filter(m -> !m.equals(id)).toList())
                : n);
        return this;
    }

    public Diagram build() {
        Map<String, Node> laidOut = new LinkedHashMap<>(nodes);
        double x = 0;
        for (Node root : children(null)) {
            Bounds b = layout(root.id(), x, 0, laidOut);
            x = b.maxX() + PAD;
        }
        List<Node> ordered = new ArrayList<>();
        for (String id : nodes.keySet()) {
            ordered.add(laidOut.get(id));
        }
        return new Diagram("fixture", region, Map.of(), ordered, edges.values());
    }

    private List<Node> children(String parent) {
        return nodes.values().stream().filter(n -> parent == null ? n.parent() == null : parent.equals(n.parent())).toList();
    }

    /** Places a node at (x, y), its children in a row inside it; returns its bounds. */
    private Bounds layout(String id, double x, double y, Map<String, Node> out) {
        Node n = nodes.get(id);
        List<Node> kids = children(id);
        Bounds b;
        if (kids.isEmpty()) {
            double size = NodeTypes.isContainer(n.type()) ? 160 : 64;
            b = new Bounds(x, y, size, size);
        } else {
            double cx = x + PAD;
            double maxH = 0;
            for (Node k : kids) {
                Bounds kb = layout(k.id(), cx, y + HEADER, out);
                cx = kb.maxX() + PAD;
                maxH = Math.max(maxH, kb.h());
            }
            // Room to spare, so quick fixes find free spots.
            b = new Bounds(x, y, cx - x + 96, HEADER + maxH + PAD + 96);
        }
        out.put(id, n.withBounds(b));
        return b;
    }

    private static Map<String, Object> map(Object[] kv) {
        if (kv.length % 2 != 0) {
            throw new IllegalArgumentException("props come in key, value pairs");
        }
        Map<String, Object> m = new LinkedHashMap<>();
        for (int i = 0; i < kv.length; i += 2) {
            m.put((String) kv[i], kv[i + 1]);
        }
        return m;
    }
}
