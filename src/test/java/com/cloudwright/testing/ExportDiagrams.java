package com.cloudwright.testing;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.model.Props;
import com.cloudwright.palette.EntryKind;
import com.cloudwright.palette.Palette;
import com.cloudwright.palette.PaletteEntry;
import com.cloudwright.palette.Placement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Diagrams built in code: every palette service at once, and large repeated architectures. */
public final class ExportDiagrams {

    private static final Set<String> DATA_TIER = Set.of("rds", "aurora", "elasticache", "efs", "redshift", "dax",
            "documentdb", "fsx", "fsx-lustre", "opensearch", "mq");
    private static final Set<String> CONTAINERS = Set.of(NodeTypes.REGION, NodeTypes.VPC,
            NodeTypes.AVAILABILITY_ZONE, NodeTypes.SUBNET);

    private ExportDiagrams() {
    }

    /**
     * One node of every palette entry, placed where the palette says it belongs (a Region, a VPC
     * with two zones of public, app and data subnets, a second VPC to peer with), and — when
     * {@code connected} — an edge from each node to every node the palette lets it call.
     */
    public static Diagram everyService(Palette palette, boolean connected) {
        List<Node> nodes = new ArrayList<>();
        nodes.add(node("r1", "region", null, 0, 0, 4000, 3000, Props.of("region", "us-east-1")));
        nodes.add(node("vpc", "vpc", "r1", 40, 40, 3000, 2000, Props.of("cidr", "10.0.0.0/16")));
        nodes.add(node("vpc-2", "vpc", "r1", 40, 2200, 1000, 600, Props.of("cidr", "10.1.0.0/16")));
        nodes.add(node("aza", "availability-zone", "vpc", 60, 100, 1400, 1800, Props.of("zone", "a")));
        nodes.add(node("azb", "availability-zone", "vpc", 1500, 100, 1400, 1800, Props.of("zone", "b")));
        nodes.add(node("az2", "availability-zone", "vpc-2", 60, 2250, 900, 500, Props.of("zone", "a")));
        int y = 140;
        for (String tier : List.of("pub", "app", "data")) {
            nodes.add(node(tier + "-a", "subnet", "aza", 80, y, 1360, 500, Props.of("public", tier.equals("pub"))));
            nodes.add(node(tier + "-b", "subnet", "azb", 1520, y, 1360, 500, Props.of("public", tier.equals("pub"))));
            y += 560;
        }
        nodes.add(node("peer-a", "subnet", "az2", 80, 2300, 800, 400, Props.of("cidr", "10.1.1.0/24")));
        List<Node> services = new ArrayList<>();
        int x = 100;
        for (PaletteEntry e : palette.entries()) {
            if (CONTAINERS.contains(e.id())) {
                continue;
            }
            String parent = parentFor(e);
            Props props = Props.EMPTY;
            if (e.id().equals(NodeTypes.AUTO_SCALING_GROUP)) {
                nodes.add(node("asg-a", "ec2", "app-a", 300, 800, 64, 64, Props.EMPTY));
                nodes.add(node("asg-b", "ec2", "app-b", 1700, 800, 64, 64, Props.EMPTY));
                props = Props.of("members", List.of("asg-a", "asg-b"));
            } else if (e.id().equals(NodeTypes.SECURITY_GROUP)) {
                props = Props.of("members", List.of("fargate"));
            } else if (e.id().equals("placement-group")) {
                props = Props.of("members", List.of("ec2"));
            } else if (e.id().equals("network-acl")) {
                props = Props.of("subnets", List.of("data-a", "data-b"), "denyCidrs", "192.0.2.0/24");
            }
            Node n = node(e.id(), e.id(), parent, x, 200, e.width(), e.height(), props);
            x += 80;
            nodes.add(n);
            services.add(n);
        }
        Node vpcLambda = node("lambda-vpc", "lambda", "app-b", 1800, 900, 64, 64, Props.EMPTY);
        nodes.add(vpcLambda);
        services.add(vpcLambda);
        List<Edge> edges = new ArrayList<>();
        if (connected) {
            List<Node> targets = new ArrayList<>(services);
            targets.add(nodes.get(1));
            targets.add(nodes.get(2));
            for (Node from : services) {
                PaletteEntry fe = palette.require(from.type());
                for (Node to : targets) {
                    if (from != to && fe.mayCall(palette.require(to.type()))) {
                        edges.add(new Edge("e-" + from.id() + "-" + to.id(), from.id(), to.id()));
                    }
                }
            }
        }
        return new Diagram("Every service", "us-east-1", Map.of(), nodes, edges);
    }

    private static String parentFor(PaletteEntry e) {
        if (e.id().equals("nat-gateway")) {
            return "pub-a";
        }
        if (e.id().equals("lambda") || e.id().equals("vpc-peering")) {
            return "r1";
        }
        if (e.id().equals("ebs")) {
            return "app-a";
        }
        if (e.kind() == EntryKind.GROUP) {
            return null;
        }
        if (e.placement() == Placement.SUBNET) {
            if (e.multiSubnet() && (e.id().equals("alb") || e.id().equals("nlb"))) {
                return "vpc";
            }
            return DATA_TIER.contains(e.id()) ? "data-a" : "app-a";
        }
        return switch (e.placement()) {
            case VPC -> "vpc";
            case REGIONAL -> "r1";
            default -> null;
        };
    }

    /**
     * A large diagram for benchmarks: one Region holding as many copies as fit in {@code nodes} of
     * a 21-node cell — a VPC (10.k.0.0/16) with two zones of public and private subnets, an internet
     * gateway, a NAT gateway per zone, an internet-facing ALB in front of a two-instance Auto Scaling
     * group that uses an RDS database, a Redis cache and a bucket, and a function in the VPC fed by a
     * queue that a topic fans out to, writing to a table — all edges drawn as an architect would.
     */
    public static Diagram cells(int nodes) {
        List<Node> out = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        out.add(node("r", "region", null, 0, 0, 100000, 100000, Props.of("region", "us-east-1")));
        out.add(node("users", "users", null, -200, 0, 64, 64, Props.EMPTY));
        int cells = Math.max(1, (nodes - 2) / 21);
        for (int k = 0; k < cells; k++) {
            String c = "c" + k + "-";
            double x = (k % 16) * 1200.0;
            double y = (k / 16) * 1000.0;
            String cidr = (10 + k / 250) + "." + (k % 250) + ".";
            out.add(node(c + "vpc", "vpc", "r", x, y, 1100, 900, Props.of("cidr", cidr + "0.0/16")).withLabel("Vpc " + k));
            out.add(node(c + "igw", "internet-gateway", c + "vpc", x + 500, y, 64, 64, Props.EMPTY));
            for (String z : List.of("a", "b")) {
                double zx = x + (z.equals("a") ? 20 : 560);
                int n = z.equals("a") ? 0 : 1;
                out.add(node(c + "az" + z, "availability-zone", c + "vpc", zx, y + 40, 520, 840, Props.of("zone", z)));
                out.add(node(c + "pub" + z, "subnet", c + "az" + z, zx + 10, y + 80, 500, 200,
                        Props.of("cidr", cidr + (1 + n) + ".0/24", "public", true)));
                out.add(node(c + "priv" + z, "subnet", c + "az" + z, zx + 10, y + 320, 500, 500,
                        Props.of("cidr", cidr + (11 + n) + ".0/24")));
                out.add(node(c + "nat" + z, "nat-gateway", c + "pub" + z, zx + 30, y + 120, 64, 64, Props.EMPTY));
                out.add(node(c + "web" + z, "ec2", c + "priv" + z, zx + 30, y + 360, 64, 64, Props.EMPTY));
            }
            out.add(node(c + "alb", "alb", c + "vpc", x + 500, y + 200, 64, 64, Props.EMPTY));
            out.add(node(c + "asg", "auto-scaling-group", null, x + 40, y + 350, 1000, 120,
                    Props.of("members", List.of(c + "weba", c + "webb"))));
            out.add(node(c + "db", "rds", c + "priva", x + 130, y + 600, 64, 64, Props.of("multiAz", true)));
            out.add(node(c + "cache", "elasticache", c + "privb", x + 670, y + 600, 64, 64, Props.EMPTY));
            out.add(node(c + "fn", "lambda", c + "privb", x + 770, y + 600, 64, 64, Props.EMPTY));
            out.add(node(c + "bucket", "s3", "r", x + 1120, y, 64, 64, Props.EMPTY));
            out.add(node(c + "queue", "sqs", "r", x + 1120, y + 100, 64, 64, Props.EMPTY));
            out.add(node(c + "topic", "sns", "r", x + 1120, y + 200, 64, 64, Props.EMPTY));
            out.add(node(c + "table", "dynamodb", "r", x + 1120, y + 300, 64, 64, Props.EMPTY));
            String[][] links = {{"users", c + "alb"}, {c + "alb", c + "asg"}, {c + "asg", c + "db"},
                {c + "asg", c + "cache"}, {c + "asg", c + "bucket"}, {c + "asg", c + "topic"},
                {c + "topic", c + "queue"}, {c + "queue", c + "fn"}, {c + "fn", c + "table"}, {c + "fn", c + "db"}};
            for (int i = 0; i < links.length; i++) {
                edges.add(new Edge(c + "e" + i, links[i][0], links[i][1]));
            }
        }
        return new Diagram("Generated " + out.size() + " nodes", "us-east-1", Map.of(), out, edges);
    }

    public static Node node(String id, String type, String parent, double x, double y, double w, double h, Props props) {
        return new Node(id, type, parent, null, new Bounds(x, y, w, h), props, Map.of());
    }
}
