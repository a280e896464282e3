package com.cloudwright.testing;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import com.cloudwright.model.Props;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Large, realistic diagrams for benchmarks: repeated 50-node cells, each a well-architected VPC
 * (two AZs, public and private subnets, internet gateway, a NAT gateway with Elastic IP per AZ,
 * an ALB in front of an Auto Scaling group of 30 instances, a Multi-AZ RDS, a Redis cache, a
 * bucket and a queue the instances call), five VPCs to a Region.
 */
public final class WellArchitectedCells {

    public static final int NODES_PER_CELL = 50;
    private static final int INSTANCES_PER_CELL = 30;

    private WellArchitectedCells() {
    }

    /** A diagram of exactly {@code nodes} nodes (a multiple of 50), plus one Region per five cells. */
    public static Diagram cells(int nodes) {
        if (nodes % NODES_PER_CELL != 0) {
            throw new IllegalArgumentException("nodes must be a multiple of " + NODES_PER_CELL);
        }
        int cells = nodes / NODES_PER_CELL;
        List<Node> out = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        String region = null;
        for (int c = 0; c < cells; c++) {
            if (c % 5 == 0) {
                // The Region containers count towards the cells' 50 (the users node is left out instead).
                region = "r" + c / 5;
                out.add(node(region, "region", null, Props.of("region", "us-east-1")));
            }
            cell(c, region, c % 5 == 0, out, edges);
        }
        return new Diagram("generated " + nodes, "us-east-1", Map.of(), out, edges);
    }

    private static void cell(int c, String region, boolean regionCountedHere, List<Node> out, List<Edge> edges) {
        String p = "c" + c + "-";
        int start = out.size();
        out.add(node(p + "vpc", "vpc", region, Props.of("cidr", "10." + (c % 256) + ".0.0/16")));
        String[] azs = {"a", "b"};
        for (int z = 0; z < 2; z++) {
            String az = p + "az" + azs[z];
            out.add(node(az, "availability-zone", p + "vpc", Props.of("zone", azs[z])));
            out.add(node(p + "pub-" + azs[z], "subnet", az, Props.of("cidr", "10." + (c % 256) + "." + (z + 1) + ".0/24", "public", true)));
            out.add(node(p + "app-" + azs[z], "subnet", az, Props.of("cidr", "10." + (c % 256) + "." + (z + 11) + ".0/24")));
            out.add(node(p + "nat-" + azs[z], "nat-gateway", p + "pub-" + azs[z], Props.EMPTY));
            out.add(node(p + "eip-" + azs[z], "elastic-ip", p + "vpc", Props.EMPTY));
            edges.add(new Edge(p + "e-eip-" + azs[z], p + "eip-" + azs[z], p + "nat-" + azs[z]));
        }
        out.add(node(p + "igw", "internet-gateway", p + "vpc", Props.EMPTY));
        out.add(node(p + "alb", "alb", p + "vpc", Props.EMPTY));
        out.add(node(p + "waf", "waf", null, Props.EMPTY));
        out.add(node(p + "db", "rds", p + "vpc", Props.of("multiAz", true)));
        out.add(node(p + "cache", "elasticache", p + "vpc", Props.EMPTY));
        out.add(node(p + "bucket", "s3", region, Props.EMPTY));
        out.add(node(p + "queue", "sqs", region, Props.EMPTY));
        List<String> members = new ArrayList<>();
        for (int i = 0; i < INSTANCES_PER_CELL; i++) {
            String id = p + "web-" + i;
            out.add(node(id, "ec2", p + "app-" + azs[i % 2], Props.EMPTY));
            members.add(id);
        }
        out.add(node(p + "asg", "auto-scaling-group", null, Props.of("members", members)));
        if (!regionCountedHere) {
            out.add(node(p + "users", "users", null, Props.EMPTY));
            edges.add(new Edge(p + "e-users", p + "users", p + "alb"));
        }
        edges.add(new Edge(p + "e-waf", p + "waf", p + "alb"));
        edges.add(new Edge(p + "e-alb", p + "alb", p + "asg"));
        edges.add(new Edge(p + "e-db", p + "asg", p + "db"));
        edges.add(new Edge(p + "e-cache", p + "asg", p + "cache"));
        edges.add(new Edge(p + "e-bucket", p + "asg", p + "bucket"));
        edges.add(new Edge(p + "e-queue", p + "asg", p + "queue"));
        int made = out.size() - start + (regionCountedHere ? 1 : 0);
        if (made != NODES_PER_CELL) {
            throw new IllegalStateException("a cell has " + made + " nodes, not " + NODES_PER_CELL);
        }
    }

    private static Node node(String id, String type, String parent, Props props) {
        return new Node(id, type, parent, new Bounds(0, 0, 64, 64), props);
    }
}
