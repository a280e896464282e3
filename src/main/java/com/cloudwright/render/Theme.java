package com.cloudwright.render;

import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.Map;

/** The picture's colours, read from {@code palettes/styles.json}. */
public record Theme(Map<String, GroupStyle> groups, int edgeStroke, double edgeWidth, int edgeLabel,
                    int edgeLabelBackground, int labelColor, double labelSize, double groupLabelSize, int background) {

    private static volatile Theme bundled;

    public static Theme bundled() {
        Theme t = bundled;
        if (t == null) {
            try (InputStream in = Theme.class.getResourceAsStream("/palettes/styles.json")) {
                if (in == null) {
                    throw new IOException("palettes/styles.json is not on the classpath");
                }
                t = parse(new ObjectMapper().readTree(in));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read palettes/styles.json: " + e.getMessage(), e);
            }
            bundled = t;
        }
        return t;
    }

    static Theme parse(JsonNode root) {
        Map<String, GroupStyle> groups = new HashMap<>();
        root.path("groups").fields().forEachRemaining(f -> {
            JsonNode g = f.getValue();
            double[] dash = null;
            if (g.has("dash")) {
                dash = new double[g.get("dash").size()];
                for (int i = 0; i < dash.length; i++) {
                    dash[i] = g.get("dash").get(i).asDouble();
                }
            }
            groups.put(f.getKey(), new GroupStyle(Rgba.parse(g.get("stroke").asText()),
                    g.has("fill") ? Rgba.parse(g.get("fill").asText()) : null, dash,
                    Rgba.parse(g.path("text").asText(g.get("stroke").asText())),
                    g.has("icon") ? g.get("icon").asText() : null,
                    "center".equals(g.path("labelAlign").asText())));
        });
        JsonNode edge = root.path("edge");
        JsonNode label = root.path("label");
        return new Theme(Map.copyOf(groups), Rgba.parse(edge.path("stroke").asText("#545B64")),
                edge.path("width").asDouble(1.5), Rgba.parse(edge.path("label").asText("#16191F")),
                Rgba.parse(edge.path("labelBackground").asText("#FFFFFF")),
                Rgba.parse(label.path("color").asText("#16191F")), label.path("size").asDouble(12),
                root.path("groupLabel").path("size").asDouble(12), Rgba.parse(root.path("background").asText("#FFFFFF")));
    }

    /** The style of a container or group node; subnets by their {@code public} flag. */
    public GroupStyle styleOf(Node node) {
        String key = node.type();
        if (NodeTypes.SUBNET.equals(key)) {
            key = node.props().bool("public", false) ? "subnet-public" : "subnet-private";
        }
        GroupStyle style = groups.get(key);
        return style != null ? style : groups.getOrDefault("region",
                new GroupStyle(0xFF7D8998, null, null, 0xFF7D8998, null, false));
    }
}
