package com.cloudwright.cfn;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Tags on every resource that takes them: a Name (the one a mapper gave, else the stack's name and
 * the resource's) and the diagram the stack was drawn as, so cost reports and the console group a
 * stack's resources by the drawing. The shape of a type's Tags (a list of Key/Value pairs, with
 * PropagateAtLaunch for Auto Scaling groups, or a plain map) comes from its bundled schema.
 */
final class StackTags {

    static final String DIAGRAM_KEY = "cloudwright:diagram";

    /** Characters every service accepts in a tag value (EC2 accepts more, S3 and IAM do not). */
    private static final Pattern NOT_ALLOWED = Pattern.compile("[^\\p{L}\\p{Z}\\p{N}_.:/=+\\-@]");
    private static final int MAX_VALUE = 256;

    private enum Shape { LIST, LIST_PROPAGATED, MAP, NONE }

    private static final Map<String, Shape> SHAPES = new ConcurrentHashMap<>();

    private StackTags() {
    }

    /** Tags every taggable resource of the template; what a mapper wrote stays as it is. */
    static void apply(Build b) {
        String diagram = tagValue(b.diagram.name());
        for (Resource r : b.template.resources().values()) {
            Shape shape = SHAPES.computeIfAbsent(r.type(), StackTags::shapeOf);
            if (shape == Shape.NONE) {
                continue;
            }
            Object name = Fn.sub("${AWS::StackName}-" + LogicalIds.kebab(r.logicalId()));
            Object tags = r.get("Tags");
            if (shape == Shape.MAP) {
                Map<String, Object> map = new LinkedHashMap<>();
                if (tags instanceof Map<?, ?> m) {
                    m.forEach((k, v) -> map.put(String.valueOf(k), v));
                } else if (tags != null) {
                    continue; // an intrinsic the mapper chose: leave it alone
                }
                map.putIfAbsent("Name", name);
                if (!diagram.isEmpty()) {
                    map.putIfAbsent(DIAGRAM_KEY, diagram);
                }
                r.set("Tags", map);
            } else {
                List<Object> list = new ArrayList<>();
                if (tags instanceof List<?> l) {
                    list.addAll(l);
                } else if (tags != null) {
                    continue;
                }
                boolean propagate = shape == Shape.LIST_PROPAGATED;
                addIfAbsent(list, "Name", name, propagate);
                if (!diagram.isEmpty()) {
                    addIfAbsent(list, DIAGRAM_KEY, diagram, propagate);
                }
                r.set("Tags", list);
            }
        }
    }

    private static void addIfAbsent(List<Object> tags, String key, Object value, boolean propagate) {
        boolean present = tags.stream().anyMatch(t -> t instanceof Map<?, ?> m && key.equals(m.get("Key")));
        if (!present) {
            tags.add(propagate ? Json.obj("Key", key, "Value", value, "PropagateAtLaunch", true)
                    : Json.obj("Key", key, "Value", value));
        }
    }

    /** The diagram's name as a value every service takes: "10,000" loses its comma, other characters become spaces. */
    static String tagValue(String text) {
        String grouped = (text == null ? "" : text).replaceAll("(?<=\\d),(?=\\d{3})", "");
        String clean = NOT_ALLOWED.matcher(grouped).replaceAll(" ").replaceAll("\\s+", " ").trim();
        return clean.length() > MAX_VALUE ? clean.substring(0, MAX_VALUE).trim() : clean;
    }

    private static Shape shapeOf(String type) {
        Optional<JsonNode> schema = SchemaChecker.bundled().schema(type);
        if (schema.isEmpty()) {
            return Shape.NONE;
        }
        JsonNode tags = resolve(schema.get(), schema.get().path("properties").path("Tags"));
        if (tags.isMissingNode()) {
            return Shape.NONE;
        }
        JsonNode kind = tags.path("type");
        boolean list = kind.asText().equals("array") || tags.has("items");
        if (!list) {
            return kind.isArray() || kind.asText().equals("object") ? Shape.MAP : Shape.NONE;
        }
        JsonNode item = resolve(schema.get(), tags.path("items"));
        if (!item.path("properties").has("Key") || !item.path("properties").has("Value")) {
            return Shape.NONE;
        }
        for (JsonNode required : item.path("required")) {
            if (required.asText().equals("PropagateAtLaunch")) {
                return Shape.LIST_PROPAGATED;
            }
        }
        return Shape.LIST;
    }

    /** Follows a local {@code $ref} ("#/definitions/Tag") to what it names. */
    private static JsonNode resolve(JsonNode schema, JsonNode node) {
        JsonNode at = node;
        for (int hops = 0; hops < 4 && at.has("$ref"); hops++) {
            String ref = at.get("$ref").asText();
            if (!ref.startsWith("#/")) {
                break;
            }
            at = schema.at(ref.substring(1));
        }
        return at;
    }
}
