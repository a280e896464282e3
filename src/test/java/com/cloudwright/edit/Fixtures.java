package com.cloudwright.edit;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import com.cloudwright.model.Props;
import com.cloudwright.palette.Palette;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A small two-AZ web architecture on the shipped palette, and undo/redo checks. */
final class Fixtures {

    static final Palette PALETTE = Palette.bundled();

    private Fixtures() {
    }

    static Node node(String id, String type, String parent, double x, double y, double w, double h, Props props) {
        return new Node(id, type, parent, null, new Bounds(x, y, w, h), props, Map.of());
    }

    static Node icon(String id, String type, String parent, double x, double y) {
        return node(id, type, parent, x, y, 64, 64, Props.EMPTY);
    }

    /**
     * r1 (Region 0,0 1400x900) ⊃ vpc (10.0.0.0/16) ⊃ aza, azb ⊃ pub-a, priv-a, pub-b, priv-b;
     * web (EC2, pub-a), web2 (EC2, pub-b), db (RDS, priv-a); s3, queue → dlq (SQS) in the Region
     * outside the VPC; users at the top level; asg around web and web2; edges users→web,
     * web→db (3306), queue→dlq.
     */
    static Diagram sample() {
        List<Node> nodes = new ArrayList<>();
        nodes.add(node("r1", "region", null, 0, 0, 1400, 900, Props.of("region", "us-east-1")));
        nodes.add(node("vpc", "vpc", "r1", 40, 60, 1100, 780, Props.of("cidr", "10.0.0.0/16")));
        nodes.add(node("aza", "availability-zone", "vpc", 60, 100, 500, 700, Props.of("zone", "a")));
        nodes.add(node("azb", "availability-zone", "vpc", 600, 100, 500, 700, Props.of("zone", "b")));
        nodes.add(node("pub-a", "subnet", "aza", 80, 140, 460, 200, Props.of("cidr", "10.0.1.0/24", "public", true)));
        nodes.add(node("priv-a", "subnet", "aza", 80, 400, 460, 300, Props.of("cidr", "10.0.2.0/24", "public", false)));
        nodes.add(node("pub-b", "subnet", "azb", 620, 140, 460, 200, Props.of("cidr", "10.0.3.0/24", "public", true)));
        nodes.add(node("priv-b", "subnet", "azb", 620, 400, 460, 300, Props.of("cidr", "10.0.4.0/24", "public", false)));
        nodes.add(icon("web", "ec2", "pub-a", 120, 200));
        nodes.add(icon("web2", "ec2", "pub-b", 660, 200));
        nodes.add(icon("db", "rds", "priv-a", 120, 460));
        nodes.add(icon("s3", "s3", "r1", 1200, 100));
        nodes.add(node("queue", "sqs", "r1", 1200, 300, 64, 64, Props.of("deadLetterQueue", "dlq")));
        nodes.add(icon("dlq", "sqs", "r1", 1200, 500));
        nodes.add(icon("users", "users", null, 1500, 100));
        nodes.add(node("asg", "auto-scaling-group", null, 0, 0, 320, 180,
                Props.of("members", List.of("web", "web2"), "min", 2, "max", 4, "desired", 2)));
        List<Edge> edges = List.of(new Edge("e1", "users", "web"), new Edge("e2", "web", "db").withLabel("3306"),
                new Edge("e3", "queue", "dlq"));
        return new Diagram("Sample", "us-east-1", Map.of(), nodes, edges);
    }

    /** Every node and edge by id: equal states compare equal whatever the map order. */
    static Map<String, Object> state(Diagram d) {
        Map<String, Object> out = new HashMap<>();
        d.nodes().forEach(n -> out.put("node:" + n.id(), n));
        d.edges().forEach(e -> out.put("edge:" + e.id(), e));
        out.put("name", String.valueOf(d.name()));
        return out;
    }

    /**
     * Runs the edit and checks it made exactly one undo step: undo restores the state before
     * exactly, redo the state after.
     */
    static void oneStep(Diagram d, Runnable edit) {
        Map<String, Object> before = state(d);
        edit.run();
        Map<String, Object> after = state(d);
        assertThat(after).as("the edit changed something").isNotEqualTo(before);
        d.history().undo();
        assertThat(state(d)).as("undo restores exactly").isEqualTo(before);
        d.history().redo();
        assertThat(state(d)).as("redo re-applies").isEqualTo(after);
    }

    static Bounds bounds(Diagram d, String id) {
        return d.requireNode(id).bounds();
    }
}
