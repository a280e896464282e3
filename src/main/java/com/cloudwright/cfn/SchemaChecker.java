package com.cloudwright.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Checks every resource of a template against the CloudFormation resource-provider schema of its
 * type (bundled under {@code cfn-schemas/}), and every reference against the template.
 *
 * <p>A focused checker of the JSON-Schema subset those schemas use (type, properties,
 * additionalProperties, patternProperties, required, enum, const, pattern, lengths, bounds, items,
 * uniqueItems, $ref, allOf/anyOf/oneOf/not/if, dependencies) plus cfn-lint's keys (requiredXor,
 * requiredOr, dependentRequired, dependentExcluded, enumCaseInsensitive). An intrinsic function
 * stands for a value of any type; what it refers to is checked instead: a {@code Ref} names a
 * resource, parameter or pseudo parameter, a {@code GetAtt} an attribute the type's schema lists
 * as read-only, a {@code Sub} only such names. Read-only properties may not be set; DependsOn
 * must name resources; reference cycles are refused (CloudFormation would).
 */
final class SchemaChecker {

    static final Set<String> PSEUDO_PARAMETERS = Set.of("AWS::AccountId", "AWS::NotificationARNs", "AWS::NoValue",
            "AWS::Partition", "AWS::Region", "AWS::StackId", "AWS::StackName", "AWS::URLSuffix");
    private static final Set<String> POLICIES = Set.of("Delete", "Retain", "RetainExceptOnCreate", "Snapshot");
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SchemaChecker BUNDLED = new SchemaChecker(SchemaChecker::fromClasspath);

    private final Function<String, JsonNode> loader;
    private final Map<String, Optional<JsonNode>> schemas = new ConcurrentHashMap<>();
    private final Map<String, Optional<Pattern>> patterns = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> attributes = new ConcurrentHashMap<>();
    private final Map<String, Map<String, JsonNode>> resolved = new ConcurrentHashMap<>();

    /** @param loader the schema of a type, or null when none is bundled */
    SchemaChecker(Function<String, JsonNode> loader) {
        this.loader = loader;
    }

    static SchemaChecker bundled() {
        return BUNDLED;
    }

    /** {@code AWS::EC2::Subnet} → {@code aws-ec2-subnet.json}, the file name cfn-lint uses. */
    static String fileName(String type) {
        return type.toLowerCase(Locale.ROOT).replace("::", "-") + ".json";
    }

    private static JsonNode fromClasspath(String type) {
        try (InputStream in = SchemaChecker.class.getResourceAsStream("/cfn-schemas/" + fileName(type))) {
            return in == null ? null : JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the schema of " + type, e);
        }
    }

    Optional<JsonNode> schema(String type) {
        return schemas.computeIfAbsent(type, t -> Optional.ofNullable(loader.apply(t)));
    }

    /** The attributes {@code Fn::GetAtt} may read from a resource of the type. */
    Set<String> attributes(String type) {
        return attributes.computeIfAbsent(type, t -> {
            Set<String> out = new HashSet<>();
            schema(t).ifPresent(s -> s.path("readOnlyProperties").forEach(p ->
                    out.add(p.asText().replaceFirst("^/properties/", "").replace('/', '.'))));
            return Set.copyOf(out);
        });
    }

    List<SchemaProblem> check(Template template) {
        List<SchemaProblem> problems = new ArrayList<>();
        for (Resource r : template.resources().values()) {
            checkResource(template, r, problems);
        }
        for (Template.Parameter p : template.parameters().values()) {
            if (p.allowedPattern() != null && p.defaultValue() instanceof String d
                    && !patterns.computeIfAbsent("^(?:" + p.allowedPattern() + ")$", SchemaChecker::compile)
                    .map(x -> x.matcher(d).matches()).orElse(true)) {
                problems.add(new SchemaProblem("Parameters." + p.name(), null, "Default",
                        "'" + d + "' does not match its AllowedPattern " + p.allowedPattern()));
            }
        }
        for (Template.Output o : template.outputs().values()) {
            references(template, o.value(), "Outputs." + o.name(), null, "Value", problems);
        }
        cycles(template, problems);
        return problems;
    }

    private void checkResource(Template template, Resource r, List<SchemaProblem> problems) {
        Optional<JsonNode> schema = schema(r.type());
        if (schema.isEmpty()) {
            problems.add(new SchemaProblem(r.logicalId(), r.type(), "", "no schema is bundled for this type"));
            return;
        }
        JsonNode root = schema.get();
        Visit visit = new Visit(r, root, problems);
        Set<String> readOnly = attributes(r.type());
        for (String name : r.properties().keySet()) {
            if (readOnly.contains(name)) {
                visit.problem("Properties." + name, "is read-only (set by AWS, not by the template)");
            }
        }
        visit.check(r.properties(), root, "Properties");
        for (String other : r.dependsOn()) {
            if (template.resource(other) == null) {
                visit.problem("DependsOn", "names '" + other + "', which is not a resource of the template");
            }
        }
        for (String policy : new String[] {r.deletionPolicy(), r.updateReplacePolicy()}) {
            if (policy != null && !POLICIES.contains(policy)) {
                visit.problem("DeletionPolicy", "'" + policy + "' is not one of " + POLICIES);
            }
        }
        references(template, r.properties(), r.logicalId(), r.type(), "Properties", problems);
    }

    // ---- references -------------------------------------------------------------------------

    private void references(Template t, Object value, String owner, String type, String path,
                            List<SchemaProblem> problems) {
        if (value instanceof Map<?, ?> map) {
            map.forEach((k, v) -> references(t, v, owner, type, path + "." + k, problems));
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                references(t, list.get(i), owner, type, path + "[" + i + "]", problems);
            }
        } else if (value instanceof Fn.Ref ref) {
            if (!PSEUDO_PARAMETERS.contains(ref.target()) && t.resource(ref.target()) == null
                    && !t.parameters().containsKey(ref.target())) {
                problems.add(new SchemaProblem(owner, type, path, "Ref '" + ref.target()
                        + "' names no resource, parameter or pseudo parameter"));
            }
        } else if (value instanceof Fn.GetAtt att) {
            getAtt(t, att.resource(), att.attribute(), owner, type, path, problems);
        } else if (value instanceof Fn.Sub sub) {
            for (String name : Cycles.placeholders(sub.text())) {
                if (name.startsWith("!") || sub.variables().containsKey(name)) {
                    continue;
                }
                int dot = name.indexOf('.');
                if (dot > 0) {
                    getAtt(t, name.substring(0, dot), name.substring(dot + 1), owner, type, path, problems);
                } else if (!PSEUDO_PARAMETERS.contains(name) && t.resource(name) == null
                        && !t.parameters().containsKey(name)) {
                    problems.add(new SchemaProblem(owner, type, path, "Sub ${" + name
                            + "} names no resource, parameter or pseudo parameter"));
                }
            }
            references(t, sub.variables(), owner, type, path, problems);
        } else if (value instanceof Fn fn) {
            references(t, fn.argument(), owner, type, path, problems);
        }
    }

    private void getAtt(Template t, String resource, String attribute, String owner, String type, String path,
                        List<SchemaProblem> problems) {
        Resource target = t.resource(resource);
        if (target == null) {
            problems.add(new SchemaProblem(owner, type, path, "GetAtt '" + resource + "." + attribute
                    + "' names no resource"));
        } else if (!attributes(target.type()).contains(attribute)) {
            problems.add(new SchemaProblem(owner, type, path, "GetAtt '" + resource + "." + attribute + "': "
                    + target.type() + " has no attribute '" + attribute + "' (it has "
                    + new java.util.TreeSet<>(attributes(target.type())) + ")"));
        }
    }

    /** CloudFormation refuses a template whose resources refer to each other in a circle. */
    private static void cycles(Template t, List<SchemaProblem> problems) {
        List<String> loop = Cycles.find(t);
        if (!loop.isEmpty()) {
            Resource first = t.resource(loop.get(0));
            problems.add(new SchemaProblem(first.logicalId(), first.type(), "", "circular dependency: "
                    + String.join(" → ", loop) + " → " + first.logicalId()));
        }
    }

    // ---- JSON-Schema subset -------------------------------------------------------------------

    /** One resource's check: its schema root (for $ref) and where problems go. */
    private final class Visit {
        private final Resource resource;
        private final JsonNode root;
        private final List<SchemaProblem> problems;

        Visit(Resource resource, JsonNode root, List<SchemaProblem> problems) {
            this.resource = resource;
            this.root = root;
            this.problems = problems;
        }

        void problem(String path, String message) {
            problems.add(new SchemaProblem(resource.logicalId(), resource.type(), path, message));
        }

        /** Whether the value matches, without reporting (for anyOf/oneOf/not/if). */
        boolean matches(Object value, JsonNode schema, String path) {
            Visit quiet = new Visit(resource, root, new ArrayList<>());
            quiet.check(value, schema, path);
            return quiet.problems.isEmpty();
        }

        void check(Object value, JsonNode schema, String path) {
            if (schema == null || schema.isMissingNode() || (schema.isBoolean() && schema.asBoolean())) {
                return;
            }
            if (schema.isBoolean()) {
                problem(path, "is not allowed here");
                return;
            }
            if (value instanceof Fn) {
                return; // an intrinsic stands for any value; its references are checked apart
            }
            if (schema.has("$ref")) {
                check(value, resolve(schema.get("$ref").asText(), path), path);
            }
            JsonNode type = schema.get("type");
            if (type != null && !typeMatches(value, type)) {
                problem(path, "must be " + typeText(type) + ", not " + describe(value));
                return;
            }
            enums(value, schema, path);
            if (value instanceof String s) {
                string(s, schema, path);
            } else if (value instanceof Number n) {
                number(n, schema, path);
            } else if (value instanceof Map<?, ?> map) {
                object(map, schema, path);
            } else if (value instanceof List<?> list) {
                array(list, schema, path);
            }
            combinators(value, schema, path);
        }

        private JsonNode resolve(String ref, String path) {
            if (!ref.startsWith("#")) {
                problem(path, "schema $ref '" + ref + "' is not local");
                return null;
            }
            JsonNode target = resolved.computeIfAbsent(resource.type(), k -> new ConcurrentHashMap<>())
                    .computeIfAbsent(ref, k -> root.at(k.substring(1)));
            if (target.isMissingNode()) {
                problem(path, "schema $ref '" + ref + "' resolves to nothing");
                return null;
            }
            return target;
        }

        private void enums(Object value, JsonNode schema, String path) {
            JsonNode en = schema.get("enum");
            if (en != null && en.isArray() && !inEnum(value, en, false)) {
                problem(path, "'" + value + "' is not one of " + en);
            }
            JsonNode ci = schema.get("enumCaseInsensitive");
            if (ci != null && ci.isArray() && !inEnum(value, ci, true)) {
                problem(path, "'" + value + "' is not one of " + ci + " (any case)");
            }
            JsonNode c = schema.get("const");
            if (c != null && !sameValue(value, c, false)) {
                problem(path, "must be " + c);
            }
        }

        private void string(String s, JsonNode schema, String path) {
            JsonNode p = schema.get("pattern");
            if (p != null && p.isTextual()) {
                Optional<Pattern> pattern = patterns.computeIfAbsent(p.asText(), SchemaChecker::compile);
                if (pattern.isPresent() && !pattern.get().matcher(s).find()) {
                    problem(path, "'" + s + "' does not match the pattern " + p.asText());
                }
            }
            int length = s.codePointCount(0, s.length());
            if (schema.has("minLength") && length < schema.get("minLength").asInt()) {
                problem(path, "'" + s + "' is shorter than " + schema.get("minLength").asInt() + " characters");
            }
            if (schema.has("maxLength") && length > schema.get("maxLength").asInt()) {
                problem(path, "is longer than " + schema.get("maxLength").asInt() + " characters");
            }
        }

        private void number(Number n, JsonNode schema, String path) {
            double d = n.doubleValue();
            if (schema.has("minimum") && d < schema.get("minimum").asDouble()) {
                problem(path, n + " is below the minimum " + schema.get("minimum").asText());
            }
            if (schema.has("maximum") && d > schema.get("maximum").asDouble()) {
                problem(path, n + " is above the maximum " + schema.get("maximum").asText());
            }
            if (schema.has("exclusiveMinimum") && schema.get("exclusiveMinimum").isNumber()
                    && d <= schema.get("exclusiveMinimum").asDouble()) {
                problem(path, n + " must be above " + schema.get("exclusiveMinimum").asText());
            }
            if (schema.has("exclusiveMaximum") && schema.get("exclusiveMaximum").isNumber()
                    && d >= schema.get("exclusiveMaximum").asDouble()) {
                problem(path, n + " must be below " + schema.get("exclusiveMaximum").asText());
            }
            if (schema.has("multipleOf")) {
                double m = schema.get("multipleOf").asDouble();
                if (m > 0 && Math.abs(d / m - Math.rint(d / m)) > 1e-9) {
                    problem(path, n + " is not a multiple of " + schema.get("multipleOf").asText());
                }
            }
        }

        private void object(Map<?, ?> map, JsonNode schema, String path) {
            JsonNode props = schema.get("properties");
            JsonNode patternProps = schema.get("patternProperties");
            JsonNode additional = schema.get("additionalProperties");
            for (Map.Entry<?, ?> e : map.entrySet()) {
                String key = String.valueOf(e.getKey());
                String at = path + "." + key;
                boolean known = false;
                if (props != null && props.has(key)) {
                    known = true;
                    check(e.getValue(), props.get(key), at);
                }
                if (patternProps != null) {
                    for (var f : patternProps.properties()) {
                        Optional<Pattern> p = patterns.computeIfAbsent(f.getKey(), SchemaChecker::compile);
                        if (p.isEmpty() || p.get().matcher(key).find()) {
                            known = true;
                            check(e.getValue(), f.getValue(), at);
                        }
                    }
                }
                if (!known && additional != null) {
                    if (additional.isBoolean() && !additional.asBoolean()) {
                        problem(at, "is not a property of " + (path.equals("Properties") ? resource.type()
                                : "this object") + allowed(props));
                    } else if (additional.isObject()) {
                        check(e.getValue(), additional, at);
                    }
                }
            }
            for (JsonNode req : schema.path("required")) {
                if (!map.containsKey(req.asText())) {
                    problem(path, "required property '" + req.asText() + "' is missing");
                }
            }
            JsonNode xor = schema.get("requiredXor");
            if (xor != null && xor.isArray()) {
                int present = countPresent(map, xor);
                if (present != 1) {
                    problem(path, "needs exactly one of " + xor + " (has " + present + ")");
                }
            }
            JsonNode or = schema.get("requiredOr");
            if (or != null && or.isArray() && countPresent(map, or) == 0) {
                problem(path, "needs at least one of " + or);
            }
            dependent(map, schema.get("dependentRequired"), path, true);
            dependent(map, schema.get("dependentExcluded"), path, false);
            JsonNode deps = schema.get("dependencies");
            if (deps != null) {
                deps.properties().forEach(d -> {
                    if (map.containsKey(d.getKey())) {
                        if (d.getValue().isArray()) {
                            for (JsonNode needed : d.getValue()) {
                                if (!map.containsKey(needed.asText())) {
                                    problem(path, "'" + d.getKey() + "' needs '" + needed.asText() + "'");
                                }
                            }
                        } else {
                            check(map, d.getValue(), path);
                        }
                    }
                });
            }
            if (schema.has("minProperties") && map.size() < schema.get("minProperties").asInt()) {
                problem(path, "needs at least " + schema.get("minProperties").asInt() + " properties");
            }
            if (schema.has("maxProperties") && map.size() > schema.get("maxProperties").asInt()) {
                problem(path, "allows at most " + schema.get("maxProperties").asInt() + " properties");
            }
        }

        private void dependent(Map<?, ?> map, JsonNode spec, String path, boolean required) {
            if (spec == null || !spec.isObject()) {
                return;
            }
            spec.properties().forEach(d -> {
                if (!map.containsKey(d.getKey())) {
                    return;
                }
                for (JsonNode other : d.getValue()) {
                    boolean present = map.containsKey(other.asText());
                    if (required && !present) {
                        problem(path, "'" + d.getKey() + "' needs '" + other.asText() + "'");
                    } else if (!required && present) {
                        problem(path, "'" + d.getKey() + "' and '" + other.asText() + "' exclude each other");
                    }
                }
            });
        }

        private void array(List<?> list, JsonNode schema, String path) {
            if (schema.has("minItems") && list.size() < schema.get("minItems").asInt()) {
                problem(path, "needs at least " + schema.get("minItems").asInt() + " items, has " + list.size());
            }
            if (schema.has("maxItems") && list.size() > schema.get("maxItems").asInt()) {
                problem(path, "allows at most " + schema.get("maxItems").asInt() + " items, has " + list.size());
            }
            JsonNode prefix = schema.get("prefixItems");
            JsonNode items = schema.get("items");
            for (int i = 0; i < list.size(); i++) {
                String at = path + "[" + i + "]";
                if (prefix != null && prefix.isArray() && i < prefix.size()) {
                    check(list.get(i), prefix.get(i), at);
                } else if (items != null && items.isObject()) {
                    check(list.get(i), items, at);
                } else if (items != null && items.isArray() && i < items.size()) {
                    check(list.get(i), items.get(i), at);
                }
            }
            if (schema.path("uniqueItems").asBoolean(false) && !hasIntrinsic(list)
                    && new HashSet<>(list).size() != list.size()) {
                problem(path, "holds the same item twice");
            }
        }

        private void combinators(Object value, JsonNode schema, String path) {
            for (JsonNode sub : schema.path("allOf")) {
                check(value, sub, path);
            }
            JsonNode anyOf = schema.get("anyOf");
            if (anyOf != null && anyOf.isArray()) {
                boolean any = false;
                for (JsonNode sub : anyOf) {
                    if (matches(value, sub, path)) {
                        any = true;
                        break;
                    }
                }
                if (!any) {
                    problem(path, "matches none of the allowed shapes (anyOf)" + firstReason(value, anyOf, path));
                }
            }
            JsonNode oneOf = schema.get("oneOf");
            if (oneOf != null && oneOf.isArray()) {
                int count = 0;
                for (JsonNode sub : oneOf) {
                    if (matches(value, sub, path)) {
                        count++;
                    }
                }
                // with intrinsics inside, which branch applies is only known at deploy time
                if (count == 0 || (count > 1 && !hasIntrinsic(value))) {
                    problem(path, "must match exactly one of the allowed shapes (oneOf), matches " + count
                            + (count == 0 ? firstReason(value, oneOf, path) : ""));
                }
            }
            JsonNode not = schema.get("not");
            if (not != null && !hasIntrinsic(value) && matches(value, not, path)) {
                problem(path, "has a value the schema forbids (" + not + ")");
            }
            JsonNode condition = schema.get("if");
            if (condition != null) {
                if (matches(value, condition, path)) {
                    check(value, schema.get("then"), path);
                } else {
                    check(value, schema.get("else"), path);
                }
            }
        }

        private String firstReason(Object value, JsonNode alternatives, String path) {
            Visit quiet = new Visit(resource, root, new ArrayList<>());
            quiet.check(value, alternatives.get(0), path);
            return quiet.problems.isEmpty() ? "" : "; e.g. " + quiet.problems.get(0).path() + " "
                    + quiet.problems.get(0).message();
        }
    }

    private static String allowed(JsonNode props) {
        if (props == null) {
            return "";
        }
        List<String> names = new ArrayList<>();
        props.fieldNames().forEachRemaining(names::add);
        if (names.size() > 12) {
            return "";
        }
        return " (known: " + String.join(", ", names) + ")";
    }

    private static int countPresent(Map<?, ?> map, JsonNode names) {
        int n = 0;
        for (JsonNode name : names) {
            if (map.containsKey(name.asText())) {
                n++;
            }
        }
        return n;
    }

    static boolean hasIntrinsic(Object value) {
        if (value instanceof Fn) {
            return true;
        }
        if (value instanceof Map<?, ?> map) {
            for (Object v : map.values()) {
                if (hasIntrinsic(v)) {
                    return true;
                }
            }
        }
        if (value instanceof List<?> list) {
            for (Object v : list) {
                if (hasIntrinsic(v)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Optional<Pattern> compile(String regex) {
        try {
            return Optional.of(Pattern.compile(regex));
        } catch (PatternSyntaxException e) {
            return Optional.empty(); // an ECMA-only construct: the pattern is not checked
        }
    }

    private static boolean typeMatches(Object value, JsonNode type) {
        if (type.isArray()) {
            for (JsonNode t : type) {
                if (typeMatches(value, t.asText())) {
                    return true;
                }
            }
            return false;
        }
        return typeMatches(value, type.asText());
    }

    private static boolean typeMatches(Object value, String type) {
        return switch (type) {
            case "string" -> value instanceof String;
            case "integer" -> value instanceof Long || value instanceof Integer || value instanceof Short
                    || (value instanceof Double d && d == Math.rint(d));
            case "number" -> value instanceof Number;
            case "boolean" -> value instanceof Boolean;
            case "object" -> value instanceof Map;
            case "array" -> value instanceof List;
            case "null" -> value == null;
            default -> true;
        };
    }

    private static String typeText(JsonNode type) {
        if (type.isArray()) {
            List<String> names = new ArrayList<>();
            type.forEach(t -> names.add(t.asText()));
            return "one of " + names;
        }
        return "a" + ("integer".equals(type.asText()) || "array".equals(type.asText())
                || "object".equals(type.asText()) ? "n " : " ") + type.asText();
    }

    private static String describe(Object value) {
        if (value instanceof String s) {
            return "the string '" + s + "'";
        }
        if (value instanceof Map) {
            return "an object";
        }
        if (value instanceof List) {
            return "a list";
        }
        if (value == null) {
            return "null";
        }
        return (value instanceof Boolean ? "the boolean " : "the number ") + value;
    }

    private static boolean inEnum(Object value, JsonNode options, boolean ignoreCase) {
        for (JsonNode o : options) {
            if (sameValue(value, o, ignoreCase)) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameValue(Object value, JsonNode expected, boolean ignoreCase) {
        if (value instanceof String s && expected.isTextual()) {
            return ignoreCase ? s.equalsIgnoreCase(expected.asText()) : s.equals(expected.asText());
        }
        if (value instanceof Number n && expected.isNumber()) {
            return n.doubleValue() == expected.asDouble();
        }
        if (value instanceof Boolean b && expected.isBoolean()) {
            return b == expected.asBoolean();
        }
        if (value instanceof Map || value instanceof List) {
            return JSON.valueToTree(value).equals(expected);
        }
        return false;
    }
}
