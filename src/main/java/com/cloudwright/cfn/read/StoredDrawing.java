package com.cloudwright.cfn.read;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import com.cloudwright.model.Point;
import com.cloudwright.model.Props;
import com.cloudwright.palette.Palette;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The drawing Cloudwright stored in a template it exported ({@code Metadata.Cloudwright}: every
 * node with its type, label, parent, position, properties and resources, and the edges). Opening
 * that template again gives back the drawing as it was, not a fresh layout — as long as the
 * template still has what the drawing was made from. When a resource a node stands for is gone,
 * or the template has gained a resource that would be drawn, the stored drawing no longer
 * describes the stack and the import lays it out afresh (the reason says which resource).
 */
final class StoredDrawing {

    /** The stored drawing, or why it was not used (null when the template has none). */
    record Outcome(Diagram diagram, String reason) {
    }

    private StoredDrawing() {
    }

    /**
     * @param drawn the nodes a fresh import draws for resources (logical id of each), to tell
     *              whether the template gained one since the drawing was stored
     */
    static Optional<Outcome> restore(CfnTemplate template, Set<String> drawn, Palette palette, String region) {
        if (!(template.metadata().get("Cloudwright") instanceof Map<?, ?> stored)
                || !(stored.get("Nodes") instanceof Map<?, ?> nodeMap) || nodeMap.isEmpty()) {
            return Optional.empty();
        }
        Set<String> claimed = new HashSet<>();
        Map<String, Node> nodes = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : nodeMap.entrySet()) {
            String id = String.valueOf(e.getKey());
            if (!(e.getValue() instanceof Map<?, ?> n) || !(n.get("Type") instanceof String type)
                    || palette.entry(type).isEmpty()) {
                return Optional.of(new Outcome(null, "Metadata.Cloudwright.Nodes." + id));
            }
            for (Object r : list(n.get("Resources"))) {
                String logicalId = String.valueOf(r);
                if (!template.resources().containsKey(logicalId)) {
                    return Optional.of(new Outcome(null, "Resources." + logicalId));
                }
                claimed.add(logicalId);
            }
            nodes.put(id, node(id, type, n));
        }
        list(stored.get("Shared")).forEach(r -> claimed.add(String.valueOf(r)));
        for (String logicalId : drawn) {
            if (!claimed.contains(logicalId)) {
                return Optional.of(new Outcome(null, "Resources." + logicalId));
            }
        }
        for (Node n : nodes.values()) {
            if (n.parent() != null && !nodes.containsKey(n.parent())) {
                return Optional.of(new Outcome(null, "Metadata.Cloudwright.Nodes." + n.id() + ".Parent"));
            }
        }
        List<Edge> edges = new ArrayList<>();
        if (stored.get("Edges") instanceof Map<?, ?> edgeMap) {
            for (Map.Entry<?, ?> e : edgeMap.entrySet()) {
                if (e.getValue() instanceof Map<?, ?> m && nodes.containsKey(text(m.get("From")))
                        && nodes.containsKey(text(m.get("To")))) {
                    edges.add(new Edge(String.valueOf(e.getKey()), text(m.get("From")), text(m.get("To")),
                            text(m.get("Label")), bends(m.get("Bends")), props(m.get("Props")), Map.of()));
                }
            }
        }
        String name = stored.get("Diagram") instanceof String s && !s.isBlank() ? s : null;
        String r = stored.get("Region") instanceof String s && !s.isBlank() && region == null ? s : region;
        return Optional.of(new Outcome(new Diagram(name, r, Map.of(), parentsFirst(nodes), edges), null));
    }

    private static Node node(String id, String type, Map<?, ?> n) {
        Map<?, ?> p = n.get("Position") instanceof Map<?, ?> m ? m : Map.of();
        Bounds b = new Bounds(number(p.get("X")), number(p.get("Y")), number(p.get("W")), number(p.get("H")));
        return new Node(id, type, text(n.get("Parent")), text(n.get("Label")), b, props(n.get("Props")), Map.of());
    }

    /** Containers before what they hold, so that the diagram draws and validates them in order. */
    private static List<Node> parentsFirst(Map<String, Node> nodes) {
        List<Node> out = new ArrayList<>();
        Set<String> placed = new HashSet<>();
        while (out.size() < nodes.size()) {
            int before = out.size();
            for (Node n : nodes.values()) {
                if (!placed.contains(n.id()) && (n.parent() == null || placed.contains(n.parent()))) {
                    out.add(n);
                    placed.add(n.id());
                }
            }
            if (out.size() == before) {
                // a parent cycle: what is left keeps the stored order
                nodes.values().stream().filter(n -> !placed.contains(n.id())).forEach(out::add);
                break;
            }
        }
        return out;
    }

    private static List<Point> bends(Object value) {
        List<Point> out = new ArrayList<>();
        for (Object o : list(value)) {
            if (o instanceof Map<?, ?> m) {
                out.add(new Point(number(m.get("X")), number(m.get("Y"))));
            }
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private static Props props(Object value) {
        return value instanceof Map<?, ?> m ? Props.of((Map<String, ?>) m) : Props.EMPTY;
    }

    private static List<?> list(Object value) {
        return value instanceof List<?> l ? l : List.of();
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    private static double number(Object value) {
        if (value instanceof Number n) {
            return n.doubleValue();
        }
        try {
            return value == null ? 0 : Double.parseDouble(String.valueOf(value));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
