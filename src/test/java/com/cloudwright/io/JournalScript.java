package com.cloudwright.io;

import com.cloudwright.model.AddEdge;
import com.cloudwright.model.AddNode;
import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Edge;
import com.cloudwright.model.MoveNodes;
import com.cloudwright.model.Node;
import com.cloudwright.model.Props;
import com.cloudwright.model.RemoveElements;
import com.cloudwright.model.SetDiagramFields;
import com.cloudwright.model.SetLabel;
import com.cloudwright.model.SetNodeProperty;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * A seeded sequence of edits of every kind the model has (add, move, relabel, set a property,
 * connect, remove, undo, redo, rename the diagram): the crash test's child applies it, and the
 * test recomputes the state after any step from the same seed.
 */
final class JournalScript {

    private final Random random;
    private int counter;

    JournalScript(long seed) {
        this.random = new Random(seed);
    }

    static Diagram start() {
        Diagram d = new Diagram("Journal", "us-east-1");
        d.history().execute(new AddNode(new Node("vpc", "vpc", null, new Bounds(0, 0, 2000, 1400), Props.of("cidr", "10.0.0.0/16"))));
        d.history().markSaved();
        return d;
    }

    /** Applies the next edit. */
    void step(Diagram d) {
        List<Node> services = new ArrayList<>(d.nodesOfType("ec2"));
        services.sort(Comparator.comparing(Node::id));
        int op = random.nextInt(10);
        String id = services.isEmpty() ? null : services.get(random.nextInt(services.size())).id();
        if (id == null || op <= 2) {
            String fresh = "n" + (++counter);
            d.history().execute(new AddNode(new Node(fresh, "ec2", "vpc",
                    new Bounds(20 + random.nextInt(1800), 20 + random.nextInt(1200), 48, 48), Props.EMPTY)));
        } else if (op == 3) {
            d.history().execute(new MoveNodes(Set.of(id), random.nextInt(41) - 20, random.nextInt(41) - 20, null));
        } else if (op == 4) {
            d.history().execute(new SetLabel(id, "웹 서버 " + random.nextInt(1000)));
        } else if (op == 5) {
            d.history().execute(new SetNodeProperty(id, "instanceType", random.nextBoolean() ? "t3.micro" : "m5.large"));
        } else if (op == 6 && services.size() >= 2) {
            String other = services.get(random.nextInt(services.size())).id();
            if (!other.equals(id)) {
                d.history().execute(new AddEdge(new Edge("e" + (++counter), id, other).withLabel("443")));
            }
        } else if (op == 7) {
            d.history().execute(new RemoveElements(Set.of(id)));
        } else if (op == 8 && d.history().canUndo()) {
            d.history().undo();
        } else if (op == 9 && d.history().canRedo()) {
            d.history().redo();
        } else {
            d.history().execute(new SetDiagramFields("Journal " + random.nextInt(100), d.region()));
        }
    }

    /** The diagram as text with its nodes and edges in id order: equal for equal diagrams, whatever order they were added in. */
    static String canonical(Diagram d) {
        List<String> lines = new ArrayList<>(List.of(new DiagramWriter().write(d).split("\n")));
        List<String> elements = new ArrayList<>(lines.stream().filter(l -> l.startsWith("    {")).map(l -> l.replaceAll(",$", "")).toList());
        elements.sort(Comparator.naturalOrder());
        List<String> head = lines.stream().filter(l -> !l.startsWith("    {")).toList();
        return String.join("\n", head) + "\n" + String.join("\n", elements);
    }
}
