package com.cloudwright.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.path.NodePath;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Words the validator's errors as the checker always has: the resource's logical id, the JSON path
 * from {@code Properties} ({@code Properties.SecurityGroupIngress[0].Port}) and a short sentence
 * with the offending value, e.g. {@code must be an integer, not the string 'thirty'}.
 */
final class SchemaErrorWording {

    private final Resource resource;
    private final JsonNode document;

    /** @param document the schema the errors refer to (for the properties an object knows) */
    SchemaErrorWording(Resource resource, JsonNode document) {
        this.resource = resource;
        this.document = document;
    }

    /** One problem each, in the validator's order, without repeats. */
    List<SchemaProblem> problems(List<Error> errors) {
        Set<SchemaProblem> out = new LinkedHashSet<>();
        for (Error e : withoutFollowUps(errors)) {
            out.addAll(word(e));
        }
        return List.copyOf(out);
    }

    /**
     * A value of the wrong type is reported for that alone: the other keywords of the same schema
     * (its enum, pattern, bounds) say nothing more.
     */
    private static List<Error> withoutFollowUps(List<Error> errors) {
        List<Error> kept = new ArrayList<>();
        for (Error e : errors) {
            boolean followUp = !"type".equals(e.getKeyword()) && errors.stream().anyMatch(t ->
                    "type".equals(t.getKeyword()) && t.getInstanceLocation().equals(e.getInstanceLocation())
                            && sameSchema(t.getEvaluationPath(), e.getEvaluationPath()));
            if (!followUp) {
                kept.add(e);
            }
        }
        return kept;
    }

    private static boolean sameSchema(NodePath a, NodePath b) {
        return a != null && b != null && a.getParent() != null && a.getParent().equals(b.getParent());
    }

    private List<SchemaProblem> word(Error e) {
        String path = path(e.getInstanceLocation());
        JsonNode value = e.getInstanceNode();
        JsonNode spec = e.getSchemaNode();
        Object[] args = e.getArguments() == null ? new Object[0] : e.getArguments();
        String message = switch (e.getKeyword()) {
            case "type" -> "must be " + typeText(spec) + ", not " + describe(value);
            case "enum" -> "'" + text(value) + "' is not one of " + spec;
            case "enumCaseInsensitive" -> "'" + args[0] + "' is not one of " + args[1] + " (any case)";
            case "const" -> "must be " + spec;
            case "pattern" -> "'" + text(value) + "' does not match the pattern " + spec.asText();
            case "minLength" -> "'" + text(value) + "' is shorter than " + spec.asInt() + " characters";
            case "maxLength" -> "is longer than " + spec.asInt() + " characters";
            case "minimum" -> value.numberValue() + " is below the minimum " + spec.asText();
            case "maximum" -> value.numberValue() + " is above the maximum " + spec.asText();
            case "exclusiveMinimum" -> value.numberValue() + " must be above " + spec.asText();
            case "exclusiveMaximum" -> value.numberValue() + " must be below " + spec.asText();
            case "multipleOf" -> value.numberValue() + " is not a multiple of " + spec.asText();
            case "required" -> "required property '" + args[0] + "' is missing";
            case "requiredXor" -> "needs exactly one of " + args[0] + " (has " + args[1] + ")";
            case "requiredOr" -> "needs at least one of " + args[0];
            case "dependentRequired" -> "'" + args[0] + "' needs '" + args[1] + "'";
            case "dependentExcluded" -> "'" + args[0] + "' and '" + args[1] + "' exclude each other";
            case "minProperties" -> "needs at least " + spec.asInt() + " properties";
            case "maxProperties" -> "allows at most " + spec.asInt() + " properties";
            case "minItems" -> "needs at least " + spec.asInt() + " items, has " + value.size();
            case "maxItems" -> "allows at most " + spec.asInt() + " items, has " + value.size();
            case "uniqueItems" -> "holds the same item twice";
            case "not" -> "has a value the schema forbids (" + spec + ")";
            case "false" -> "is not allowed here";
            case "anyOf" -> "matches none of the allowed shapes (anyOf)" + firstReason(e);
            case "oneOf" -> "must match exactly one of the allowed shapes (oneOf), matches " + args[0]
                    + ("0".equals(String.valueOf(args[0])) ? firstReason(e) : "");
            case "additionalProperties" -> null;
            case "dependencies" -> null;
            default -> e.getMessage();
        };
        if ("additionalProperties".equals(e.getKeyword())) {
            return List.of(problem(path + "." + e.getProperty(), "is not a property of "
                    + (e.getInstanceLocation().getNameCount() == 0 ? resource.type() : "this object")
                    + known(e)));
        }
        if ("dependencies".equals(e.getKeyword())) {
            List<SchemaProblem> missing = new ArrayList<>();
            for (JsonNode needed : spec.path(e.getProperty())) {
                if (!value.has(needed.asText())) {
                    missing.add(problem(path, "'" + e.getProperty() + "' needs '" + needed.asText() + "'"));
                }
            }
            return missing;
        }
        return List.of(problem(path, message));
    }

    private SchemaProblem problem(String path, String message) {
        return new SchemaProblem(resource.logicalId(), resource.type(), path, message);
    }

    /** {@code Properties}, then {@code .Name} for a key and {@code [i]} for an index. */
    static String path(NodePath at) {
        StringBuilder out = new StringBuilder("Properties");
        for (int i = 0; i < at.getNameCount(); i++) {
            Object element = at.getElement(i);
            if (element instanceof Integer index) {
                out.append('[').append(index).append(']');
            } else {
                out.append('.').append(element);
            }
        }
        return out.toString();
    }

    /** The first thing wrong with the value in the first of the alternatives. */
    private String firstReason(Error e) {
        Object branches = e.getDetails() == null ? null : e.getDetails().get(IntrinsicTolerantKeyword.BRANCHES);
        if (!(branches instanceof List<?> list) || list.isEmpty()) {
            return "";
        }
        List<Error> errors = new ArrayList<>();
        list.forEach(b -> errors.add((Error) b));
        List<SchemaProblem> reasons = problems(errors);
        return reasons.isEmpty() ? "" : "; e.g. " + reasons.get(0).path() + " " + reasons.get(0).message();
    }

    /** The properties the object's schema knows, when few enough to list. */
    private String known(Error e) {
        NodePath keyword = e.getSchemaLocation().getFragment();
        JsonNode props = document.at(pointer(keyword.getParent())).get("properties");
        if (props == null || props.size() > 12) {
            return "";
        }
        List<String> names = new ArrayList<>();
        props.fieldNames().forEachRemaining(names::add);
        return " (known: " + String.join(", ", names) + ")";
    }

    private static String pointer(NodePath at) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; at != null && i < at.getNameCount(); i++) {
            out.append('/').append(at.getName(i).replace("~", "~0").replace("/", "~1"));
        }
        return out.toString();
    }

    private static String text(JsonNode value) {
        return value.isTextual() ? value.asText() : value.toString();
    }

    private static String typeText(JsonNode type) {
        if (type.isArray()) {
            List<String> names = new ArrayList<>();
            type.forEach(t -> names.add(t.asText()));
            return "one of " + names;
        }
        String name = type.asText();
        return "a" + ("integer".equals(name) || "array".equals(name) || "object".equals(name) ? "n " : " ") + name;
    }

    private static String describe(JsonNode value) {
        if (value.isTextual()) {
            return "the string '" + value.asText() + "'";
        }
        if (value.isObject()) {
            return "an object";
        }
        if (value.isArray()) {
            return "a list";
        }
        if (value.isNull()) {
            return "null";
        }
        return (value.isBoolean() ? "the boolean " : "the number ") + value;
    }
}
