package com.cloudwright.cfn;

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
final class GeneratedDiagrams {

    private static final Set<String> DATA_TIER = Set.of("rds", "aurora", "elasticache", "efs", "redshift");
    private static final Set<String> CONTAINERS = Set.of(NodeTypes.REGION, NodeTypes.VPC,
            NodeTypes.AVAILABILITY_ZONE, NodeTypes.SUBNET);

    private GeneratedDiagrams() {
    }

    /**
     * One node of every palette entry, placed where the palette says it belongs (a Region, a VPC
     * with two zones of public, app and data subnets, a second VPC to peer with), and — when
     * {@code connected} — an edge from each node to every node the palette lets it call.
     */
    static Diagram everyService(Palette palette, boolean connected) {
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

    static Node node(String id, String type, String parent, double x, double y, double w, double h, Props props) {
        return new Node(id, type, parent, null, new Bounds(x, y, w, h), props, Map.of());
    }
}
