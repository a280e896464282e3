package com.cloudwright.edit;

import com.cloudwright.io.DiagramFormatException;
import com.cloudwright.io.DiagramReader;
import com.cloudwright.io.DiagramWriter;
import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import com.cloudwright.palette.Palette;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * A self-contained piece of a diagram on the clipboard: nodes (with the contents of copied
 * containers), the edges between them and the overlay groups of them. Nodes whose container was
 * not copied are at the top level; {@code originalParents} remembers that container so that a
 * paste in the same diagram can fall back to it. As text it is a diagram file (file format v1,
 * the parents in a top-level {@code "clipboard"} field), so it travels through the system
 * clipboard and any diagram file's text pastes too.
 *
 * @param originalParents top-level node id → the id of the container it was copied from
 */
public record ClipboardContent(List<Node> nodes, List<Edge> edges, Map<String, String> originalParents) {

    static final String FIELD = "clipboard";
    private static final String PARENTS = "parents";

    public ClipboardContent {
        nodes = List.copyOf(nodes);
        edges = List.copyOf(edges);
        originalParents = Map.copyOf(originalParents);
    }

    public boolean isEmpty() {
        return nodes.isEmpty();
    }

    /** The nodes whose container is not part of the copy. */
    public List<Node> roots() {
        Set<String> ids = nodes.stream().map(Node::id).collect(Collectors.toSet());
        return nodes.stream().filter(n -> n.parent() == null || !ids.contains(n.parent())).toList();
    }

    /** The box around the top-level nodes (containers enclose their contents), or null when empty. */
    public Bounds bounds() {
        Bounds box = null;
        for (Node n : roots()) {
            box = box == null ? n.bounds() : box.union(n.bounds());
        }
        return box;
    }

    /** The clipboard text: a diagram file. */
    public String toText() {
        Map<String, Object> extra = new LinkedHashMap<>();
        if (!originalParents.isEmpty()) {
            extra.put(FIELD, Map.of(PARENTS, new TreeMap<>(originalParents)));
        }
        return new DiagramWriter().write(new Diagram(null, null, extra, nodes, edges));
    }

    /** Reads clipboard text (ours, or any diagram file's). */
    public static ClipboardContent fromText(Palette palette, String text) throws DiagramFormatException {
        Diagram d = new DiagramReader(palette).read(text.getBytes(StandardCharsets.UTF_8), "clipboard");
        Map<String, String> parents = new LinkedHashMap<>();
        if (d.extra().get(FIELD) instanceof Map<?, ?> clip && clip.get(PARENTS) instanceof Map<?, ?> map) {
            map.forEach((k, v) -> {
                if (v != null) {
                    parents.put(String.valueOf(k), String.valueOf(v));
                }
            });
        }
        return new ClipboardContent(List.copyOf(d.nodes()), List.copyOf(d.edges()), parents);
    }

    /** Cheap test before parsing: does the text look like a Cloudwright diagram? */
    public static boolean looksLikeDiagram(String text) {
        return text != null && text.contains("\"cloudwright-diagram\"");
    }
}
