package com.cloudwright.io;

import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a {@link Journal} back: its base diagram with every whole edit line after it applied in
 * order. A last line cut short by a crash, and anything after a damaged line, is left out; the
 * result goes through {@link DiagramReader}, so a replayed diagram is as sound as an opened one.
 */
public final class JournalReplay {

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * A replayed journal.
     *
     * @param edits    the edit lines applied after the base
     * @param lastEdit when the last applied line (or the base) was written
     */
    public record Replayed(Diagram diagram, int edits, Instant lastEdit, Optional<Path> originalPath, String name) {
    }

    private record Header(Instant at, Optional<Path> originalPath, String name) {
    }

    /** What a journal holds, without replaying it: for the list of documents to restore. */
    public record Summary(int edits, Instant lastEdit, Optional<Path> originalPath, String name) {
    }

    private JournalReplay() {
    }

    /** The journal's edits and the time of its last one; empty when it has no whole, valid first line. */
    public static Optional<Summary> summary(Path file) throws IOException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        if (end < 0) {
            return Optional.empty();
        }
        Optional<ObjectNode> first = parse(text.substring(0, end));
        if (first.isEmpty() || !Journal.FORMAT.equals(first.get().path("format").asText())) {
            return Optional.empty();
        }
        Header h = header(first.get());
        Instant last = h.at();
        int edits = 0;
        int start = end + 1;
        for (int next = text.indexOf('\n', start); next >= 0; start = next + 1, next = text.indexOf('\n', start)) {
            Optional<ObjectNode> line = parse(text.substring(start, next));
            if (line.isEmpty() || !line.get().path("nodes").isObject()) {
                break;
            }
            last = instant(line.get()).orElse(last);
            edits++;
        }
        return Optional.of(new Summary(edits, last, h.originalPath(), h.name()));
    }

    /** Replays the journal; empty when it has no whole, valid base line. */
    public static Optional<Replayed> replay(Path file, Palette palette) throws IOException, DiagramFormatException {
        String text = new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        int end = text.indexOf('\n');
        if (end < 0) {
            return Optional.empty();
        }
        Optional<ObjectNode> header = parse(text.substring(0, end));
        if (header.isEmpty() || !Journal.FORMAT.equals(header.get().path("format").asText())
                || !header.get().path("base").isTextual()) {
            return Optional.empty();
        }
        Optional<ObjectNode> base = parse(header.get().get("base").asText());
        if (base.isEmpty()) {
            return Optional.empty();
        }
        ObjectNode diagram = base.get();
        Map<String, JsonNode> nodes = byId(diagram.path("nodes"));
        Map<String, JsonNode> edges = byId(diagram.path("edges"));
        Instant last = instant(header.get()).orElse(Instant.EPOCH);
        int edits = 0;
        int start = end + 1;
        for (int next = text.indexOf('\n', start); next >= 0; start = next + 1, next = text.indexOf('\n', start)) {
            Optional<ObjectNode> line = parse(text.substring(start, next));
            if (line.isEmpty() || !line.get().path("nodes").isObject() || !line.get().path("edges").isObject()) {
                break;
            }
            apply(line.get().get("nodes"), nodes);
            apply(line.get().get("edges"), edges);
            JsonNode fields = line.get().get("fields");
            if (fields != null && fields.isObject()) {
                fields.fields().forEachRemaining(f -> {
                    if (f.getValue().isNull()) {
                        diagram.remove(f.getKey());
                    } else {
                        diagram.set(f.getKey(), f.getValue());
                    }
                });
            }
            last = instant(line.get()).orElse(last);
            edits++;
        }
        diagram.set("nodes", array(nodes));
        diagram.set("edges", array(edges));
        Header h = header(header.get());
        Diagram replayed = new DiagramReader(palette).read(JSON.writeValueAsBytes(diagram),
                h.originalPath().map(Path::toString).orElse(file.toString()));
        return Optional.of(new Replayed(replayed, edits, last, h.originalPath(), h.name()));
    }

    private static Header header(ObjectNode h) {
        JsonNode original = h.get("originalPath");
        JsonNode name = h.get("name");
        return new Header(instant(h).orElse(Instant.EPOCH),
                original == null || !original.isTextual() ? Optional.empty() : Optional.of(Path.of(original.asText())),
                name == null || !name.isTextual() ? null : name.asText());
    }

    private static void apply(JsonNode changes, Map<String, JsonNode> elements) {
        Iterator<Map.Entry<String, JsonNode>> it = changes.fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> change = it.next();
            if (change.getValue().isNull()) {
                elements.remove(change.getKey());
            } else {
                elements.put(change.getKey(), change.getValue());
            }
        }
    }

    private static Map<String, JsonNode> byId(JsonNode array) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        for (JsonNode element : array) {
            out.put(element.path("id").asText(), element);
        }
        return out;
    }

    private static ArrayNode array(Map<String, JsonNode> elements) {
        ArrayNode out = JSON.createArrayNode();
        elements.values().forEach(out::add);
        return out;
    }

    private static Optional<Instant> instant(JsonNode line) {
        try {
            return line.path("at").isTextual() ? Optional.of(Instant.parse(line.get("at").asText())) : Optional.empty();
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<ObjectNode> parse(String line) {
        try {
            JsonNode node = JSON.readTree(line);
            return node instanceof ObjectNode object ? Optional.of(object) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
