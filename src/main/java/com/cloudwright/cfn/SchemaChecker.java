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
 * <p>The JSON-Schema part (draft-07 plus cfn-lint's keywords) is a maintained validator's, run by
 * {@link ResourceSchemas}; here is what only CloudFormation knows. An intrinsic function stands for
 * a value of any type; what it refers to is checked instead: a {@code Ref} names a resource,
 * parameter or pseudo parameter, a {@code GetAtt} an attribute the type's schema lists as
 * read-only, a {@code Sub} only such names. Read-only properties may not be set; DependsOn must
 * name resources; deletion policies are CloudFormation's; a parameter's default matches its
 * AllowedPattern; reference cycles are refused (CloudFormation would).
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
    private final ResourceSchemas compiled = new ResourceSchemas();

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
        Set<String> readOnly = attributes(r.type());
        for (String name : r.properties().keySet()) {
            if (readOnly.contains(name)) {
                problems.add(problem(r, "Properties." + name, "is read-only (set by AWS, not by the template)"));
            }
        }
        problems.addAll(compiled.check(r, schema.get()));
        for (String other : r.dependsOn()) {
            if (template.resource(other) == null) {
                problems.add(problem(r, "DependsOn", "names '" + other + "', which is not a resource of the template"));
            }
        }
        for (String policy : new String[] {r.deletionPolicy(), r.updateReplacePolicy()}) {
            if (policy != null && !POLICIES.contains(policy)) {
                problems.add(problem(r, "DeletionPolicy", "'" + policy + "' is not one of " + POLICIES));
            }
        }
        references(template, r.properties(), r.logicalId(), r.type(), "Properties", problems);
    }

    private static SchemaProblem problem(Resource r, String path, String message) {
        return new SchemaProblem(r.logicalId(), r.type(), path, message);
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
            for (String name : References.placeholders(sub.text())) {
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

    private static Optional<Pattern> compile(String regex) {
        try {
            return Optional.of(Pattern.compile(regex));
        } catch (PatternSyntaxException e) {
            return Optional.empty(); // an ECMA-only construct: the pattern is not checked
        }
    }
}
