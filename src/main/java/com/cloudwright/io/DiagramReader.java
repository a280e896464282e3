package com.cloudwright.io;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.model.Point;
import com.cloudwright.model.Props;
import com.cloudwright.palette.EntryKind;
import com.cloudwright.palette.Palette;
import com.cloudwright.palette.PaletteEntry;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads file format v1 ({@code .cwd.json}). Everything the model relies on is checked here, so a
 * diagram that loads is structurally sound: ids unique, types known, parents and edge ends
 * present, no parent cycles, containers nested the right way round. Whether the architecture is
 * right is the validator's business, not the reader's.
 */
public final class DiagramReader {

    /** The package's messages: what is wrong with a file, for a dialog or stderr. */
    static final Bundle TEXT = Bundle.named("com.cloudwright.io.messages");

    private static final Set<String> TOP_FIELDS = Set.of("format", "version", "name", "region", "nodes", "edges");
    private static final Set<String> NODE_FIELDS = Set.of("id", "type", "parent", "label", "x", "y", "w", "h", "props");
    private static final Set<String> EDGE_FIELDS = Set.of("id", "from", "to", "label", "bends", "props");

    private final ObjectMapper json = new ObjectMapper()
            .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY);
    private final Palette palette;

    public DiagramReader(Palette palette) {
        this.palette = Objects.requireNonNull(palette, "palette");
    }

    public Diagram read(Path file) throws DiagramFormatException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new DiagramFormatException(file.toString(), null, TEXT.get("reader.noSuchFile"));
        } catch (IOException e) {
            throw new DiagramFormatException(file.toString(), null, TEXT.get("reader.cannotRead", e.getMessage()));
        }
        return read(bytes, file.toString());
    }

    /** @param source names what is read in messages (a file name), may be null */
    public Diagram read(byte[] bytes, String source) throws DiagramFormatException {
        return new Pass(source).diagram(parse(bytes, source));
    }

    private JsonNode parse(byte[] bytes, String source) throws DiagramFormatException {
        if (bytes.length == 0) {
            throw new DiagramFormatException(source, null, TEXT.get("reader.empty"));
        }
        try {
            JsonNode root = json.readTree(bytes);
            if (root == null || root.isMissingNode()) {
                throw new DiagramFormatException(source, null, TEXT.get("reader.empty"));
            }
            return root;
        } catch (JsonEOFException e) {
            throw new DiagramFormatException(source, where(e.getLocation()),
                    TEXT.get("reader.truncated", e.getOriginalMessage()));
        } catch (JsonProcessingException e) {
            throw new DiagramFormatException(source, where(e.getLocation()), TEXT.get("reader.notJson", e.getOriginalMessage()));
        } catch (IOException e) {
            throw new DiagramFormatException(source, null, TEXT.get("reader.cannotRead", e.getMessage()));
        }
    }

    private static String where(JsonLocation loc) {
        return loc == null ? null : TEXT.get("reader.where", String.valueOf(loc.getLineNr()), String.valueOf(loc.getColumnNr()));
    }

    /** One read: the source name and the index of ids seen. */
    private final class Pass {
        private final String source;
        private final Map<String, String> pathOfId = new HashMap<>();

        Pass(String source) {
            this.source = source;
        }

        private DiagramFormatException fail(String path, String reason) {
            return new DiagramFormatException(source, path, reason);
        }

        Diagram diagram(JsonNode root) throws DiagramFormatException {
            if (!root.isObject()) {
                throw fail("$", TEXT.get("reader.notAnObject", Diagram.FORMAT));
            }
            JsonNode format = root.get("format");
            if (format == null || !Diagram.FORMAT.equals(format.asText())) {
                throw fail("$.format", TEXT.get("reader.notADiagram", Diagram.FORMAT));
            }
            JsonNode version = root.get("version");
            if (version == null || !version.canConvertToInt()) {
                throw fail("$.version", TEXT.get("reader.versionNotANumber"));
            }
            if (version.asInt() > Diagram.VERSION) {
                throw fail("$.version", TEXT.get("reader.newerVersion", String.valueOf(version.asInt()),
                        String.valueOf(Diagram.VERSION)));
            }
            if (version.asInt() < 1) {
                throw fail("$.version", TEXT.get("reader.unknownVersion", String.valueOf(version.asInt())));
            }
            String name = optionalText(root, "name", "$.name");
            String region = optionalText(root, "region", "$.region");

            List<Node> nodes = nodes(root.get("nodes"));
            List<Edge> edges = edges(root.get("edges"));
            checkTree(nodes);
            checkMembers(nodes);
            Map<String, Object> extra = extra(root, TOP_FIELDS);
            return new Diagram(name, region, extra, nodes, edges);
        }

        private List<Node> nodes(JsonNode array) throws DiagramFormatException {
            List<Node> out = new ArrayList<>();
            if (array == null || array.isNull()) {
                return out;
            }
            if (!array.isArray()) {
                throw fail("$.nodes", TEXT.get("reader.mustBeArray"));
            }
            for (int i = 0; i < array.size(); i++) {
                out.add(node(array.get(i), "$.nodes[" + i + "]"));
            }
            return out;
        }

        private Node node(JsonNode n, String at) throws DiagramFormatException {
            if (!n.isObject()) {
                throw fail(at, TEXT.get("reader.nodeNotObject"));
            }
            String id = id(n, at);
            String type = requiredText(n, "type", at);
            PaletteEntry entry = palette.entry(type).orElseThrow(() -> fail(at + ".type",
                    TEXT.get("reader.unknownType", id, type)));
            String parent = optionalText(n, "parent", at + ".parent");
            String label = optionalText(n, "label", at + ".label");
            double x = number(n, "x", at, null);
            double y = number(n, "y", at, null);
            double w = number(n, "w", at, entry.width());
            double h = number(n, "h", at, entry.height());
            if (w < 0 || h < 0) {
                throw fail(at, TEXT.get("reader.negativeSize", id));
            }
            return new Node(id, type, parent, label, new Bounds(x, y, w, h), props(n, at), extra(n, NODE_FIELDS));
        }

        private List<Edge> edges(JsonNode array) throws DiagramFormatException {
            List<Edge> out = new ArrayList<>();
            if (array == null || array.isNull()) {
                return out;
            }
            if (!array.isArray()) {
                throw fail("$.edges", TEXT.get("reader.mustBeArray"));
            }
            for (int i = 0; i < array.size(); i++) {
                String at = "$.edges[" + i + "]";
                JsonNode e = array.get(i);
                if (!e.isObject()) {
                    throw fail(at, TEXT.get("reader.edgeNotObject"));
                }
                String id = id(e, at);
                String from = requiredText(e, "from", at);
                String to = requiredText(e, "to", at);
                for (String end : List.of(from, to)) {
                    String endPath = pathOfId.get(end);
                    if (endPath == null || !endPath.startsWith("$.nodes")) {
                        throw fail(at + (end.equals(from) ? ".from" : ".to"),
                                TEXT.get("reader.edgeEndMissing", id, end));
                    }
                }
                out.add(new Edge(id, from, to, optionalText(e, "label", at + ".label"), bends(e.get("bends"), at),
                        props(e, at), extra(e, EDGE_FIELDS)));
            }
            return out;
        }

        private List<Point> bends(JsonNode array, String at) throws DiagramFormatException {
            List<Point> out = new ArrayList<>();
            if (array == null || array.isNull()) {
                return out;
            }
            for (int i = 0; i < array.size(); i++) {
                JsonNode p = array.get(i);
                String pAt = at + ".bends[" + i + "]";
                if (!p.isObject()) {
                    throw fail(pAt, TEXT.get("reader.bendNotObject", "{\"x\": …, \"y\": …}"));
                }
                out.add(new Point(number(p, "x", pAt, null), number(p, "y", pAt, null)));
            }
            return out;
        }

        private void checkTree(List<Node> nodes) throws DiagramFormatException {
            Map<String, Node> byId = new LinkedHashMap<>();
            nodes.forEach(n -> byId.put(n.id(), n));
            for (Node n : nodes) {
                String at = pathOfId.get(n.id());
                if (n.parent() == null) {
                    continue;
                }
                Node parent = byId.get(n.parent());
                if (parent == null) {
                    throw fail(at + ".parent", TEXT.get("reader.parentMissing", n.id(), n.parent()));
                }
                PaletteEntry parentEntry = palette.require(parent.type());
                if (parentEntry.kind() != EntryKind.CONTAINER) {
                    throw fail(at + ".parent", TEXT.get("reader.parentNotContainer", n.id(), parent.id(),
                            parentEntry.label()));
                }
                int childLevel = NodeTypes.containerLevel(n.type());
                int parentLevel = NodeTypes.containerLevel(parent.type());
                if (childLevel >= 0 && childLevel <= parentLevel) {
                    throw fail(at + ".parent", TEXT.get("reader.wrongNesting", palette.require(n.type()).label(), n.id(),
                            parentEntry.label(), parent.id()));
                }
            }
            for (Node n : nodes) {
                Set<String> seen = new HashSet<>();
                Node current = n;
                while (current != null && current.parent() != null) {
                    if (!seen.add(current.id())) {
                        throw fail(pathOfId.get(n.id()) + ".parent", TEXT.get("reader.parentCycle", n.id(),
                                String.join(" → ", seen)));
                    }
                    current = byId.get(current.parent());
                }
            }
        }

        private void checkMembers(List<Node> nodes) throws DiagramFormatException {
            for (Node n : nodes) {
                Object members = n.props().get(NodeTypes.MEMBERS);
                if (members == null) {
                    continue;
                }
                String at = pathOfId.get(n.id()) + ".props.members";
                if (!(members instanceof List<?> list)) {
                    throw fail(at, TEXT.get("reader.membersNotList"));
                }
                for (int i = 0; i < list.size(); i++) {
                    String member = String.valueOf(list.get(i));
                    String memberPath = pathOfId.get(member);
                    if (memberPath == null || !memberPath.startsWith("$.nodes")) {
                        throw fail(at + "[" + i + "]", TEXT.get("reader.memberMissing", n.id(), member));
                    }
                }
            }
        }

        private String id(JsonNode n, String at) throws DiagramFormatException {
            String id = requiredText(n, "id", at);
            if (id.isBlank()) {
                throw fail(at + ".id", TEXT.get("reader.blankId"));
            }
            String first = pathOfId.putIfAbsent(id, at);
            if (first != null) {
                throw fail(at + ".id", TEXT.get("reader.duplicateId", id, first));
            }
            return id;
        }

        private String requiredText(JsonNode n, String field, String at) throws DiagramFormatException {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) {
                throw fail(at, TEXT.get("reader.missingField", field));
            }
            if (!v.isTextual()) {
                throw fail(at + "." + field, TEXT.get("reader.notString"));
            }
            return v.asText();
        }

        private String optionalText(JsonNode n, String field, String at) throws DiagramFormatException {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) {
                return null;
            }
            if (!v.isTextual()) {
                throw fail(at, TEXT.get("reader.notString"));
            }
            return v.asText();
        }

        private double number(JsonNode n, String field, String at, Double fallback) throws DiagramFormatException {
            JsonNode v = n.get(field);
            if (v == null || v.isNull()) {
                if (fallback == null) {
                    throw fail(at, TEXT.get("reader.missingField", field));
                }
                return fallback;
            }
            if (!v.isNumber() || !Double.isFinite(v.asDouble())) {
                throw fail(at + "." + field, TEXT.get("reader.notNumber"));
            }
            return v.asDouble();
        }

        @SuppressWarnings("unchecked")
        private Props props(JsonNode n, String at) throws DiagramFormatException {
            JsonNode props = n.get("props");
            if (props == null || props.isNull()) {
                return Props.EMPTY;
            }
            if (!props.isObject()) {
                throw fail(at + ".props", TEXT.get("reader.notObject"));
            }
            return Props.of(json.convertValue(props, LinkedHashMap.class));
        }

        private Map<String, Object> extra(JsonNode n, Set<String> known) {
            Map<String, Object> out = new LinkedHashMap<>();
            n.fields().forEachRemaining(f -> {
                if (!known.contains(f.getKey())) {
                    out.put(f.getKey(), json.convertValue(f.getValue(), Object.class));
                }
            });
            return out;
        }
    }
}
