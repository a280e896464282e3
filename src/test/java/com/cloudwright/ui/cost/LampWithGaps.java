package com.cloudwright.ui.cost;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * examples/05 with two nodes the bundled snapshot cannot price, so the cost views have something
 * to show in every section: an Outposts rack (billed, but not at a list price) and an RDS instance
 * of a class no source prices (its instance line has no price).
 */
final class LampWithGaps {

    static final Path LAMP = Path.of("examples/05-highly-available-lamp.cwd.json");

    private LampWithGaps() {
    }

    static Path write(Path dir) throws IOException {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = (ObjectNode) json.readTree(LAMP.toFile());
        ArrayNode nodes = (ArrayNode) root.get("nodes");
        nodes.addObject().put("id", "rack").put("type", "outposts").put("parent", "region").put("label", "Outposts rack")
                .put("x", 40).put("y", 40);
        ObjectNode legacy = nodes.addObject().put("id", "legacy-db").put("type", "rds").put("parent", "data-a")
                .put("label", "Legacy DB").put("x", 60).put("y", 60);
        legacy.putObject("props").put("engine", "mysql").put("instanceClass", "db.x9.huge");
        Path out = dir.resolve("lamp-with-gaps.cwd.json");
        json.writerWithDefaultPrettyPrinter().writeValue(out.toFile(), root);
        return out;
    }

    static Path write() {
        try {
            return write(Files.createTempDirectory("cloudwright-lamp"));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
