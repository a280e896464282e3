package com.cloudwright.model.net;

import com.cloudwright.model.Diagram;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The calls a diagram's edges stand for, with overlay groups expanded to their members (an edge to
 * an Auto Scaling group reaches every instance in it; an edge from a security group leaves from
 * each member), indexed by caller and by callee. Immutable once built; build it again after the
 * diagram changes.
 */
public final class Links {

    private final List<Link> all;
    private final Map<String, List<Link>> from = new HashMap<>();
    private final Map<String, List<Link>> to = new HashMap<>();

    private Links(List<Link> all) {
        this.all = List.copyOf(all);
        for (Link l : this.all) {
            from.computeIfAbsent(l.caller().id(), k -> new ArrayList<>()).add(l);
            to.computeIfAbsent(l.callee().id(), k -> new ArrayList<>()).add(l);
        }
    }

    /** Every edge with both ends present, in the diagram's edge order, members in the group's order. */
    public static Links of(Diagram diagram) {
        List<Link> out = new ArrayList<>();
        for (Edge e : diagram.edges()) {
            Node caller = diagram.node(e.from()).orElse(null);
            Node callee = diagram.node(e.to()).orElse(null);
            if (caller == null || callee == null) {
                continue;
            }
            for (Node c : expand(diagram, caller, n -> true)) {
                for (Node d : expand(diagram, callee, n -> true)) {
                    out.add(new Link(c, d, e));
                }
            }
        }
        return new Links(out);
    }

    /**
     * The links among the nodes {@code keep} accepts, in a stable order (by caller id, callee id,
     * edge id), without a node calling itself and without repeats: what one template wires. An edge
     * with an end outside {@code keep} gives no link; group members outside it are left out.
     */
    public static Links among(Diagram diagram, Predicate<Node> keep) {
        List<Edge> edges = new ArrayList<>(diagram.edges());
        edges.sort(Comparator.comparing(Edge::id));
        List<Link> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (Edge e : edges) {
            Node caller = diagram.node(e.from()).orElse(null);
            Node callee = diagram.node(e.to()).orElse(null);
            if (caller == null || callee == null || !keep.test(caller) || !keep.test(callee)) {
                continue;
            }
            for (Node c : expand(diagram, caller, keep)) {
                for (Node d : expand(diagram, callee, keep)) {
                    if (!c.id().equals(d.id()) && seen.add(c.id() + "\u0000" + d.id() + "\u0000" + e.id())) {
                        out.add(new Link(c, d, e));
                    }
                }
            }
        }
        out.sort(Comparator.comparing((Link l) -> l.caller().id()).thenComparing(l -> l.callee().id())
                .thenComparing(l -> l.edge().id()));
        return new Links(out);
    }

    /** The members of an overlay group that {@code keep} accepts, by id; any other node stands for itself. */
    private static List<Node> expand(Diagram diagram, Node node, Predicate<Node> keep) {
        if (!NodeTypes.isOverlayGroup(node.type())) {
            return List.of(node);
        }
        List<Node> members = new ArrayList<>(diagram.members(node));
        members.removeIf(keep.negate());
        return members;
    }

    public List<Link> all() {
        return all;
    }

    /** Calls the node makes (through the groups it belongs to as well). */
    public List<Link> from(Node caller) {
        return from.getOrDefault(caller.id(), List.of());
    }

    /** Calls the node receives (an edge to a group it is a member of counts). */
    public List<Link> to(Node callee) {
        return to.getOrDefault(callee.id(), List.of());
    }

    /** The distinct nodes of a type the node calls. */
    public List<Node> callees(Node caller, String type) {
        return from(caller).stream().map(Link::callee).filter(n -> n.type().equals(type)).distinct().toList();
    }

    /** The distinct nodes of a type that call the node. */
    public List<Node> callers(Node callee, String type) {
        return to(callee).stream().map(Link::caller).filter(n -> n.type().equals(type)).distinct().toList();
    }

    /** The nodes joined to this one by a link in either direction, callees first. */
    public List<Node> neighbours(Node node) {
        Set<Node> out = new LinkedHashSet<>();
        from(node).forEach(l -> out.add(l.callee()));
        to(node).forEach(l -> out.add(l.caller()));
        return new ArrayList<>(out);
    }
}
