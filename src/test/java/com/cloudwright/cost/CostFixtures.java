package com.cloudwright.cost;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.model.Props;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small diagrams for cost tests: a Region with a VPC, one AZ, a public and a private subnet. */
final class CostFixtures {

    private final List<Node> nodes = new ArrayList<>();
    private final List<com.cloudwright.model.Edge> edges = new ArrayList<>();
    private final String region;

    CostFixtures(String region) {
        this.region = region;
        add("r1", "region", null, Map.of("region", region));
        add("vpc", "vpc", "r1", Map.of("cidr", "10.0.0.0/16"));
        add("aza", "availability-zone", "vpc", Map.of("zone", "a"));
        add("pub", "subnet", "aza", Map.of("cidr", "10.0.1.0/24", "public", true));
        add("priv", "subnet", "aza", Map.of("cidr", "10.0.2.0/24", "public", false));
    }

    CostFixtures add(String id, String type, String parent, Map<String, ?> props) {
        nodes.add(new Node(id, type, parent, new Bounds(0, 0, 64, 64), Props.of(props)));
        return this;
    }

    CostFixtures edge(String from, String to) {
        edges.add(new com.cloudwright.model.Edge("e" + edges.size(), from, to));
        return this;
    }

    Diagram diagram() {
        return new Diagram("test", region, Map.of(), nodes, edges);
    }
}
