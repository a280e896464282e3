package com.cloudwright.ui.problems;

import com.cloudwright.io.DiagramFormatException;
import com.cloudwright.io.DiagramReader;
import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Small diagrams for the problems panel tests: one VPC, one AZ, a public and a private subnet, a server, maybe an RDS. */
final class ProblemFixtures {

    private ProblemFixtures() {
    }

    /** The database "db" (which "web" calls) drawn in the subnet {@code dbSubnet} ("pub-a" or "priv-a"), or none when null. */
    static Diagram twoSubnets(String dbSubnet) {
        List<String> nodes = new ArrayList<>(List.of(
                """
                {"id": "region", "type": "region", "x": 20, "y": 20, "w": 900, "h": 620, "props": {"region": "us-east-1"}}""",
                """
                {"id": "vpc", "type": "vpc", "parent": "region", "label": "VPC", "x": 60, "y": 70, "w": 820, "h": 540, "props": {"cidr": "10.0.0.0/16"}}""",
                """
                {"id": "az-a", "type": "availability-zone", "parent": "vpc", "x": 100, "y": 120, "w": 740, "h": 460, "props": {"zone": "a"}}""",
                """
                {"id": "pub-a", "type": "subnet", "parent": "az-a", "label": "Public subnet", "x": 130, "y": 160, "w": 320, "h": 380, "props": {"cidr": "10.0.0.0/24", "public": true}}""",
                """
                {"id": "priv-a", "type": "subnet", "parent": "az-a", "label": "Private subnet", "x": 490, "y": 160, "w": 320, "h": 380, "props": {"cidr": "10.0.1.0/24", "public": false}}""",
                """
                {"id": "web", "type": "ec2", "parent": "priv-a", "label": "Web", "x": 680, "y": 420, "w": 64, "h": 64}"""));
        String edges = "";
        if (dbSubnet != null) {
            nodes.add("""
                    {"id": "db", "type": "rds", "parent": "%s", "label": "Orders DB", "x": %d, "y": 260, "w": 64, "h": 64}"""
                    .formatted(dbSubnet, dbSubnet.equals("pub-a") ? 250 : 560));
            edges = """
                    {"id": "e1", "from": "web", "to": "db"}""";
        }
        String json = """
                {"format": "cloudwright-diagram", "version": 1, "name": "Two subnets", "region": "us-east-1",
                 "nodes": [%s],
                 "edges": [%s]}
                """.formatted(String.join(",\n", nodes), edges);
        try {
            return new DiagramReader(Palette.bundled()).read(json.getBytes(StandardCharsets.UTF_8), "fixture");
        } catch (DiagramFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
