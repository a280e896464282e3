package com.cloudwright.model;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/** The before and after of every element one command touched; applying either side is exact. */
final class Changeset {

    private record Change<T>(T before, T after) {
    }

    private final Map<String, Change<Node>> nodes = new LinkedHashMap<>();
    private final Map<String, Change<Edge>> edges = new LinkedHashMap<>();
    private String nameBefore;
    private String nameAfter;
    private String regionBefore;
    private String regionAfter;
    private boolean fieldsTouched;

    void node(String id, Node before, Node after) {
        Change<Node> existing = nodes.get(id);
        nodes.put(id, new Change<>(existing != null ? existing.before() : before, after));
    }

    void edge(String id, Edge before, Edge after) {
        Change<Edge> existing = edges.get(id);
        edges.put(id, new Change<>(existing != null ? existing.before() : before, after));
    }

    void fields(String oldName, String newName, String oldRegion, String newRegion) {
        if (!fieldsTouched) {
            nameBefore = oldName;
            regionBefore = oldRegion;
            fieldsTouched = true;
        }
        nameAfter = newName;
        regionAfter = newRegion;
    }

    /** Appends a later changeset: befores stay ours, afters become theirs. */
    void append(Changeset later) {
        later.nodes.forEach((id, c) -> node(id, c.before(), c.after()));
        later.edges.forEach((id, c) -> edge(id, c.before(), c.after()));
        if (later.fieldsTouched) {
            fields(later.nameBefore, later.nameAfter, later.regionBefore, later.regionAfter);
        }
    }

    boolean isEmpty() {
        return !fieldsTouched
                && nodes.values().stream().allMatch(c -> Objects.equals(c.before(), c.after()))
                && edges.values().stream().allMatch(c -> Objects.equals(c.before(), c.after()));
    }

    void apply(Diagram diagram, boolean forward) {
        nodes.forEach((id, c) -> {
            Node target = forward ? c.after() : c.before();
            if (target == null) {
                diagram.removeNode(id);
            } else {
                diagram.putNode(target);
            }
        });
        edges.forEach((id, c) -> {
            Edge target = forward ? c.after() : c.before();
            if (target == null) {
                diagram.removeEdge(id);
            } else {
                diagram.putEdge(target);
            }
        });
        if (fieldsTouched) {
            diagram.setName(forward ? nameAfter : nameBefore);
            diagram.setRegion(forward ? regionAfter : regionBefore);
        }
    }

    DiagramChange describe(long revision) {
        return new DiagramChange(revision, nodes.keySet(), edges.keySet(), fieldsTouched);
    }
}
