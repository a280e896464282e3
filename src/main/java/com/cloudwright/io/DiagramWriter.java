package com.cloudwright.io;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import com.cloudwright.model.Point;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.MinimalPrettyPrinter;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes file format v1. One node or edge per line, so that a diagram kept in a repository
 * diffs line by line; the same diagram always gives the same bytes.
 */
public final class DiagramWriter {

    private final ObjectWriter inline;

    public DiagramWriter() {
        inline = new ObjectMapper().writer(new InlinePrinter());
    }

    public String write(Diagram diagram) {
        StringBuilder sb = new StringBuilder(256 + diagram.nodeCount() * 160 + diagram.edgeCount() * 80);
        sb.append("{\n");
        field(sb, "format", Diagram.FORMAT).append(",\n");
        field(sb, "version", Diagram.VERSION).append(",\n");
        if (diagram.name() != null) {
            field(sb, "name", diagram.name()).append(",\n");
        }
        if (diagram.region() != null) {
            field(sb, "region", diagram.region()).append(",\n");
        }
        for (Map.Entry<String, Object> e : diagram.extra().entrySet()) {
            field(sb, e.getKey(), e.getValue()).append(",\n");
        }
        sb.append("  \"nodes\": [");
        list(sb, diagram.nodes().stream().map(DiagramWriter::nodeFields).toList());
        sb.append("],\n  \"edges\": [");
        list(sb, diagram.edges().stream().map(DiagramWriter::edgeFields).toList());
        sb.append("]\n}\n");
        return sb.toString();
    }

    public void write(Diagram diagram, Path file) throws IOException {
        AtomicFile.write(file, write(diagram).getBytes(StandardCharsets.UTF_8));
    }

    /** One line, with a space after each colon and comma, like people write JSON. */
    private static final class InlinePrinter extends MinimalPrettyPrinter {
        @Override
        public void writeObjectFieldValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(": ");
        }

        @Override
        public void writeObjectEntrySeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }

        @Override
        public void writeArrayValueSeparator(JsonGenerator g) throws IOException {
            g.writeRaw(", ");
        }
    }

    private StringBuilder field(StringBuilder sb, String name, Object value) {
        return sb.append("  ").append(json(name)).append(": ").append(json(value));
    }

    private void list(StringBuilder sb, List<Map<String, Object>> items) {
        for (int i = 0; i < items.size(); i++) {
            sb.append(i == 0 ? "\n    " : ",\n    ").append(json(items.get(i)));
        }
        if (!items.isEmpty()) {
            sb.append("\n  ");
        }
    }

    private String json(Object value) {
        try {
            return inline.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Map<String, Object> nodeFields(Node n) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", n.id());
        m.put("type", n.type());
        if (n.parent() != null) {
            m.put("parent", n.parent());
        }
        if (n.label() != null) {
            m.put("label", n.label());
        }
        Bounds b = n.bounds();
        m.put("x", number(b.x()));
        m.put("y", number(b.y()));
        m.put("w", number(b.w()));
        m.put("h", number(b.h()));
        if (!n.props().isEmpty()) {
            m.put("props", n.props().asMap());
        }
        m.putAll(n.extra());
        return m;
    }

    static Map<String, Object> edgeFields(Edge e) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", e.id());
        m.put("from", e.from());
        m.put("to", e.to());
        if (e.label() != null) {
            m.put("label", e.label());
        }
        if (!e.bends().isEmpty()) {
            m.put("bends", e.bends().stream().map(DiagramWriter::point).toList());
        }
        if (!e.props().isEmpty()) {
            m.put("props", e.props().asMap());
        }
        m.putAll(e.extra());
        return m;
    }

    private static Map<String, Object> point(Point p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("x", number(p.x()));
        m.put("y", number(p.y()));
        return m;
    }

    /** Whole numbers without ".0", others rounded to 1/100 of a unit: enough for a canvas. */
    private static Object number(double d) {
        double rounded = Math.round(d * 100) / 100.0;
        if (rounded == Math.rint(rounded) && Math.abs(rounded) < 1e15) {
            return (long) rounded;
        }
        return rounded;
    }
}
