package com.cloudwright.palette;

import com.fasterxml.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Reads an entry's {@code "iam"} block strictly: unknown fields, actions or value forms are refused. */
final class IamAccessReader {

    private static final Set<String> FIELDS = Set.of("statements", "environment", "withoutResource", "throughEdges");
    private static final Set<String> STATEMENT_FIELDS = Set.of("actions", "read", "write", "resource");
    private static final Set<String> VARIABLE_FIELDS = Set.of("name", "value", "unless");
    private static final Pattern ACTION = Pattern.compile("[a-z0-9-]+:[A-Za-z*]+");
    private static final Pattern VARIABLE_NAME = Pattern.compile("[A-Z][A-Z0-9_]*");
    private static final Pattern VALUE = Pattern.compile("Ref|EventBus|GetAtt:[A-Za-z0-9.]+|Sub:.*\\$\\{self[.}].*");

    private IamAccessReader() {
    }

    static IamAccess read(JsonNode n, List<PropertySpec> properties, String entryWhere) {
        if (n.isMissingNode() || n.isNull()) {
            return IamAccess.NONE;
        }
        String at = entryWhere + ".iam";
        if (!n.isObject()) {
            throw new PaletteException(at + ": must be an object");
        }
        PaletteLoader.refuseUnknown(n, FIELDS, at);
        List<IamAccess.Statement> statements = new ArrayList<>();
        for (int i = 0; i < n.path("statements").size(); i++) {
            statements.add(statement(n.path("statements").get(i), at + ".statements[" + i + "]"));
        }
        List<IamAccess.Variable> environment = new ArrayList<>();
        for (int i = 0; i < n.path("environment").size(); i++) {
            environment.add(variable(n.path("environment").get(i), properties, at + ".environment[" + i + "]"));
        }
        return new IamAccess(statements, environment, flag(n, "withoutResource", at), flag(n, "throughEdges", at));
    }

    private static IamAccess.Statement statement(JsonNode s, String at) {
        PaletteLoader.refuseUnknown(s, STATEMENT_FIELDS, at);
        List<String> actions = actions(s, "actions", at);
        List<String> read = actions(s, "read", at);
        List<String> write = actions(s, "write", at);
        if (actions.isEmpty() && (read.isEmpty() || write.isEmpty())) {
            throw new PaletteException(at + ": needs \"actions\", or both \"read\" and \"write\"");
        }
        String resource = PaletteLoader.text(s, "resource", at, true);
        if (!resource.equals("*") && !VALUE.matcher(resource).matches()) {
            throw new PaletteException(at + ".resource: '" + resource + "' is not *, Ref, EventBus, GetAtt:<attribute> "
                    + "or Sub:<text naming ${self}>");
        }
        return new IamAccess.Statement(actions, read, write, resource);
    }

    private static List<String> actions(JsonNode s, String field, String at) {
        List<String> out = PaletteLoader.strings(s.path(field));
        for (String action : out) {
            if (!ACTION.matcher(action).matches()) {
                throw new PaletteException(at + "." + field + ": '" + action + "' is not an IAM action (service:Action)");
            }
        }
        return out;
    }

    private static IamAccess.Variable variable(JsonNode v, List<PropertySpec> properties, String at) {
        PaletteLoader.refuseUnknown(v, VARIABLE_FIELDS, at);
        String name = PaletteLoader.text(v, "name", at, true);
        if (!VARIABLE_NAME.matcher(name).matches()) {
            throw new PaletteException(at + ".name: '" + name + "' is not an environment variable suffix (A-Z, 0-9, _)");
        }
        String value = PaletteLoader.text(v, "value", at, true);
        if (!VALUE.matcher(value).matches()) {
            throw new PaletteException(at + ".value: '" + value + "' is not Ref, EventBus, GetAtt:<attribute> "
                    + "or Sub:<text naming ${self}>");
        }
        Map<String, String> unless = new LinkedHashMap<>();
        v.path("unless").fields().forEachRemaining(e -> {
            if (properties.stream().noneMatch(p -> p.name().equals(e.getKey()))) {
                throw new PaletteException(at + ".unless: the entry has no property \"" + e.getKey() + "\"");
            }
            unless.put(e.getKey(), e.getValue().asText());
        });
        return new IamAccess.Variable(name, value, unless);
    }

    private static boolean flag(JsonNode n, String field, String at) {
        JsonNode v = n.get(field);
        if (v != null && !v.isBoolean()) {
            throw new PaletteException(at + "." + field + ": must be true or false");
        }
        return v != null && v.booleanValue();
    }
}
