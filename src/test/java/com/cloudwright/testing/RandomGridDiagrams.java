package com.cloudwright.testing;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import com.cloudwright.model.Props;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Large, realistic diagrams for benchmarks: VPCs of two AZs with a public and a private subnet
 * each, services in the subnets, and edges between services, laid out on a grid.
 */
public final class RandomGridDiagrams {

    private static final String[] SERVICES = {"ec2", "ec2", "rds", "elasticache", "lambda", "ec2", "nat-gateway", "efs"};

    private RandomGridDiagrams() {
    }

    /** About {@code nodeCount} nodes and exactly {@code edgeCount} edges, the same for the same arguments. */
    public static Diagram generate(int nodeCount, int edgeCount) {
        Random random = new Random(42);
        List<Node> nodes = new ArrayList<>();
        List<String> services = new ArrayList<>();
        nodes.add(new Node("r1", "region", null, null, new Bounds(0, 0, 100, 100), Props.of("region", "us-east-1"), Map.of()));
        int perSubnet = 8;
        int vpcIndex = 0;
        double regionW = 0;
        double regionH = 0;
        while (nodes.size() < nodeCount) {
            int vx = vpcIndex % 6;
            int vy = vpcIndex / 6;
            double ox = 40 + vx * 1400;
            double oy = 60 + vy * 1000;
            String vpc = "vpc" + vpcIndex;
            int secondOctet = vpcIndex % 250;
            nodes.add(new Node(vpc, "vpc", "r1", null, new Bounds(ox, oy, 1360, 960),
                    Props.of("cidr", "10." + secondOctet + ".0.0/16"), Map.of()));
            for (int az = 0; az < 2 && nodes.size() < nodeCount; az++) {
                String azId = vpc + "-az" + az;
                double ax = ox + 20 + az * 670;
                nodes.add(new Node(azId, "availability-zone", vpc, null, new Bounds(ax, oy + 40, 650, 900),
                        Props.of("zone", az == 0 ? "a" : "b"), Map.of()));
                for (int sn = 0; sn < 2 && nodes.size() < nodeCount; sn++) {
                    String subnet = azId + "-s" + sn;
                    double sy = oy + 80 + sn * 420;
                    nodes.add(new Node(subnet, "subnet", azId, null, new Bounds(ax + 15, sy, 620, 400),
                            Props.of("cidr", "10." + secondOctet + "." + (az * 2 + sn) + ".0/24", "public", sn == 0), Map.of()));
                    for (int i = 0; i < perSubnet && nodes.size() < nodeCount; i++) {
                        String id = subnet + "-n" + i;
                        String type = sn == 0 && i == 0 ? "nat-gateway" : SERVICES[(i + az) % SERVICES.length];
                        if (sn == 0 && (type.equals("rds") || type.equals("elasticache"))) {
                            type = "ec2";
                        }
                        double x = ax + 40 + (i % 4) * 150;
                        double y = sy + 50 + (i / 4) * 170;
                        nodes.add(new Node(id, type, subnet, null, new Bounds(x, y, 64, 64), Props.EMPTY, Map.of()));
                        services.add(id);
                    }
                }
            }
            regionW = Math.max(regionW, ox + 1400);
            regionH = Math.max(regionH, oy + 1000);
            vpcIndex++;
        }
        nodes.set(0, nodes.get(0).withBounds(new Bounds(0, 0, regionW + 40, regionH + 40)));
        List<Edge> edges = new ArrayList<>();
        for (int i = 0; i < edgeCount; i++) {
            String from = services.get(random.nextInt(services.size()));
            String to = services.get(Math.min(services.size() - 1, services.indexOf(from) + 1 + random.nextInt(12)));
            if (from.equals(to)) {
                to = services.get(random.nextInt(services.size()));
            }
            edges.add(new Edge("e" + i, from, to));
        }
        return new Diagram("Generated " + nodeCount, "us-east-1", Map.of(), nodes, edges);
    }
}
