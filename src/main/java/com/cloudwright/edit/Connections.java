package com.cloudwright.edit;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.model.AddEdge;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.palette.Palette;
import com.cloudwright.palette.PaletteEntry;
import com.cloudwright.render.Labels;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Drawing an edge from the caller to the callee: whether the palette lets them talk that way, the
 * label it starts with (the callee's port: "3306" for MySQL) and its id.
 */
public final class Connections {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.edit.messages");

    private static final String CATEGORY = "category:";

    private Connections() {
    }

    /**
     * Why {@code fromId} may not call {@code toId}, or empty when it may: a node calling itself, an
     * edge that already exists, or a pair the palette's {@code targets} rule out. An edge to an
     * overlay group reaches every member, so it is allowed when the group or all its members are
     * allowed targets.
     */
    public static Optional<String> connectProblem(Palette palette, Diagram diagram, String fromId, String toId) {
        Node from = diagram.node(fromId).orElse(null);
        Node to = diagram.node(toId).orElse(null);
        if (from == null || to == null) {
            return Optional.of(TEXT.get("connect.missing", from == null ? fromId : toId));
        }
        if (fromId.equals(toId)) {
            return Optional.of(TEXT.get("connect.self", name(palette, diagram, from)));
        }
        for (Edge e : diagram.edgesFrom(fromId)) {
            if (e.to().equals(toId)) {
                return Optional.of(TEXT.get("connect.duplicate", name(palette, diagram, from), name(palette, diagram, to)));
            }
        }
        PaletteEntry caller = palette.entryOf(from).orElse(null);
        PaletteEntry callee = palette.entryOf(to).orElse(null);
        if (caller == null || callee == null || caller.mayCall(callee)) {
            return Optional.empty();
        }
        if (NodeTypes.isOverlayGroup(to.type())) {
            List<Node> members = diagram.members(to);
            if (!members.isEmpty() && members.stream().allMatch(m -> palette.entryOf(m).map(caller::mayCall).orElse(true))) {
                return Optional.empty();
            }
        }
        return Optional.of(refusal(palette, caller, callee));
    }

    /** A node as the canvas titles it, on one line: its label, else what its type and properties say. */
    public static String name(Palette palette, Diagram diagram, Node node) {
        return Labels.title(diagram, palette, node).replaceAll("\\s+", " ");
    }

    /** A refusal names this many of the caller's targets, then counts the rest: it must fit a status bar. */
    private static final int MAX_NAMED = 8;

    private static String refusal(Palette palette, PaletteEntry caller, PaletteEntry callee) {
        if (caller.targets() == null || caller.targets().isEmpty()) {
            return TEXT.get("connect.noTargets", caller.displayLabel(), callee.displayLabel());
        }
        List<String> names = new ArrayList<>();
        for (String t : caller.targets()) {
            names.add(t.startsWith(CATEGORY)
                    ? TEXT.get("connect.anyIn", palette.displayCategory(t.substring(CATEGORY.length())))
                    : palette.entry(t).map(Connections::shortName).orElse(t));
        }
        String list = String.join(", ", names.subList(0, Math.min(names.size(), MAX_NAMED)));
        if (names.size() > MAX_NAMED) {
            list = TEXT.get("connect.andMore", list, names.size() - MAX_NAMED);
        }
        String key = TEXT.has("connect.refused." + caller.id()) ? "connect.refused." + caller.id() : "connect.refused";
        return TEXT.get(key, caller.displayLabel(), callee.displayLabel(), list);
    }

    /** "Amazon S3" → "S3", "AWS Lambda" → "Lambda"; load balancers by their usual initials. */
    static String shortName(PaletteEntry e) {
        String key = "name.short." + e.id();
        if (TEXT.has(key)) {
            return TEXT.get(key);
        }
        String label = e.displayLabel();
        for (String prefix : List.of("Amazon ", "AWS ")) {
            if (label.startsWith(prefix)) {
                return label.substring(prefix.length());
            }
        }
        return label;
    }

    /**
     * The label a new edge to {@code toId} starts with: the port the callee listens on (by its
     * properties, e.g. a PostgreSQL RDS gives "5432"); for an overlay group, the port its members
     * share.
     */
    public static Optional<String> defaultLabel(Palette palette, Diagram diagram, String toId) {
        Node to = diagram.node(toId).orElse(null);
        if (to == null) {
            return Optional.empty();
        }
        Optional<Integer> port = palette.portOf(to);
        if (port.isEmpty() && NodeTypes.isOverlayGroup(to.type())) {
            Set<Integer> ports = new HashSet<>();
            for (Node m : diagram.members(to)) {
                ports.add(palette.portOf(m).orElse(null));
            }
            if (ports.size() == 1 && !ports.contains(null)) {
                port = Optional.of(ports.iterator().next());
            }
        }
        return port.map(String::valueOf);
    }

    /** A fresh edge id: {@code e1}, {@code e2} … the first not used (nor in {@code reserved}, which it joins). */
    static String freshEdgeId(Diagram diagram, Set<String> reserved) {
        for (int i = Math.max(1, diagram.edgeCount() + 1 - reserved.size()); ; i++) {
            String id = "e" + i;
            if (!diagram.contains(id) && !reserved.contains(id)) {
                reserved.add(id);
                return id;
            }
        }
    }

    /**
     * A new edge from the caller to the callee, with a fresh id and the default label: the callee's
     * port, or none when the caller only attaches to it (WAF on CloudFront, an alarm). Not yet added.
     */
    public static Edge newEdge(Palette palette, Diagram diagram, String fromId, String toId) {
        String id = freshEdgeId(diagram, new HashSet<>());
        boolean attaches = diagram.node(fromId).flatMap(palette::entryOf)
                .map(e -> e.hasRole(com.cloudwright.palette.ServiceRole.ATTACHES)).orElse(false);
        String label = attaches ? null : defaultLabel(palette, diagram, toId).orElse(null);
        return new Edge(id, fromId, toId, label, List.of(), null, Map.of());
    }

    /**
     * The command that connects two nodes: a new edge with the default label. Throws
     * {@link EditRefusedException} with the reason when {@link #connectProblem} has one.
     */
    public static AddEdge connect(Palette palette, Diagram diagram, String fromId, String toId) {
        connectProblem(palette, diagram, fromId, toId).ifPresent(reason -> {
            throw new EditRefusedException(reason);
        });
        return new AddEdge(newEdge(palette, diagram, fromId, toId), name(palette, diagram, diagram.requireNode(fromId)),
                name(palette, diagram, diagram.requireNode(toId)));
    }
}
