package com.cloudwright.cfn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes the resources of an imported template that the export made nothing for back unchanged,
 * under their original logical ids, so a round trip loses none of the stack: resources no palette
 * entry knows, plumbing with no generated counterpart, and services the exporter cannot place
 * (a database drawn outside a VPC). The parameters, mappings and conditions they use come back
 * with them. A resource is written back only where the stack stays sound: everything it names is
 * in the template, and no generated resource of its type is left unmatched (two default routes
 * in one route table, or a subnet in two route tables, would break the stack). A node deleted from
 * the diagram since the import takes its resources with it.
 */
final class WrittenBack {

    static final String SECTIONS = "cfnSections";

    private WrittenBack() {
    }

    static void add(Template t, com.cloudwright.model.Diagram diagram, Map<String, Map<String, Object>> originals,
                    Set<String> unmatchedTypes) {
        Map<String, Object> parameters = section(diagram, "Parameters");
        Map<String, Object> mappings = section(diagram, "Mappings");
        Map<String, Object> conditions = section(diagram, "Conditions");
        Set<String> alive = alive(diagram);
        Map<String, Map<String, Object>> pending = new TreeMap<>();
        originals.forEach((id, body) -> {
            String type = String.valueOf(body.get("Type"));
            if (alive.contains(id) && t.resource(id) == null && !t.parameters().containsKey(id)
                    && !unmatchedTypes.contains(type)) {
                pending.put(id, body);
            }
        });
        boolean changed = true;
        while (changed) {
            changed = false;
            for (var it = pending.entrySet().iterator(); it.hasNext(); ) {
                var e = it.next();
                boolean resolvable = OriginalIds.refsOfBody(e.getValue()).stream()
                        .allMatch(name -> name.startsWith("AWS::") || t.resource(name) != null
                                || t.parameters().containsKey(name) || pending.containsKey(name)
                                || (parameters.containsKey(name) && !originals.containsKey(name)));
                boolean conditionKnown = e.getValue().get("Condition") == null
                        || conditions.containsKey(String.valueOf(e.getValue().get("Condition")));
                if (!resolvable || !conditionKnown) {
                    it.remove();
                    changed = true;
                }
            }
        }
        if (pending.isEmpty()) {
            return;
        }
        Set<String> used = new java.util.LinkedHashSet<>();
        pending.values().forEach(body -> used.addAll(OriginalIds.refsOfBody(body)));
        if (pending.values().stream().anyMatch(b -> b.get("Condition") != null || uses(b, "Fn::If"))) {
            conditions.forEach((name, c) -> {
                t.conditions().put(name, intrinsics(c));
                used.addAll(References.of(c));
            });
        }
        for (Map<String, Object> body : pending.values()) {
            mapNames(body.get("Properties"), mappings, t);
        }
        for (String name : used) {
            if (parameters.get(name) instanceof Map<?, ?> p && !t.parameters().containsKey(name) && t.resource(name) == null) {
                parameter(t, name, p);
            }
        }
        pending.forEach((id, body) -> t.add(resource(id, body)));
        coerceScalars(t, pending.keySet());
    }

    private static final java.util.regex.Pattern STRING_FOR_SCALAR = java.util.regex.Pattern.compile(
            "must be (an integer|a number|a boolean)[^,]*, not the string '(.*)'");

    /**
     * CloudFormation reads "3306" where a schema wants an integer (and "true" for a boolean); the
     * bundled schema check does not, so a written-back value gets the type its schema names.
     */
    private static void coerceScalars(Template t, Set<String> written) {
        for (SchemaProblem p : SchemaChecker.bundled().check(t)) {
            java.util.regex.Matcher m = STRING_FOR_SCALAR.matcher(p.message());
            if (!written.contains(p.resource()) || !m.matches() || !p.path().startsWith("Properties.")) {
                continue;
            }
            Object typed = typed(m.group(1), m.group(2));
            if (typed != null) {
                replace(t.resource(p.resource()), p.path().substring("Properties.".length()), typed);
            }
        }
    }

    private static Object typed(String kind, String text) {
        try {
            return switch (kind) {
                case "an integer" -> Long.parseLong(text.strip());
                case "a number" -> new java.math.BigDecimal(text.strip());
                default -> text.equalsIgnoreCase("true") ? Boolean.TRUE : text.equalsIgnoreCase("false") ? Boolean.FALSE : null;
            };
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** Sets the value at a path such as {@code SecurityGroupIngress[0].FromPort} in the resource's properties. */
    @SuppressWarnings("unchecked")
    private static void replace(Resource r, String path, Object value) {
        List<Object> steps = new ArrayList<>();
        for (String part : path.split("\\.")) {
            int bracket = part.indexOf('[');
            steps.add(bracket < 0 ? part : part.substring(0, bracket));
            java.util.regex.Matcher idx = java.util.regex.Pattern.compile("\\[(\\d+)]").matcher(part);
            while (idx.find()) {
                steps.add(Integer.parseInt(idx.group(1)));
            }
        }
        if (steps.size() == 1) {
            r.set(String.valueOf(steps.get(0)), value);
            return;
        }
        Object at = r.get(String.valueOf(steps.get(0)));
        for (int i = 1; i < steps.size() - 1 && at != null; i++) {
            Object step = steps.get(i);
            at = step instanceof Integer n ? (at instanceof List<?> l && n < l.size() ? l.get(n) : null)
                    : (at instanceof Map<?, ?> m ? m.get(step) : null);
        }
        Object last = steps.get(steps.size() - 1);
        if (last instanceof Integer n && at instanceof List<?> l && n < l.size()) {
            ((List<Object>) l).set(n, value);
        } else if (at instanceof Map<?, ?> m && m.containsKey(last)) {
            ((Map<Object, Object>) m).put(last, value);
        }
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> section(com.cloudwright.model.Diagram d, String name) {
        return d.extra().get(SECTIONS) instanceof Map<?, ?> s && s.get(name) instanceof Map<?, ?> m
                ? (Map<String, Object>) m : Map.of();
    }

    /** Logical ids something in the diagram still stands for: kept-aside resources, nodes and their parts. */
    private static Set<String> alive(com.cloudwright.model.Diagram d) {
        Set<String> out = new java.util.HashSet<>();
        if (d.extra().get("cfnNotCreated") instanceof List<?> conditionedOut) {
            conditionedOut.forEach(id -> out.add(String.valueOf(id)));
        }
        if (d.extra().get("cfnUnmapped") instanceof Map<?, ?> aside) {
            aside.keySet().forEach(k -> out.add(String.valueOf(k)));
        }
        for (com.cloudwright.model.Node n : d.nodes()) {
            if (n.extra().get("cfn") instanceof Map<?, ?> cfn) {
                out.add(String.valueOf(cfn.get("logicalId")));
                if (cfn.get("parts") instanceof List<?> parts) {
                    parts.forEach(p -> out.add(String.valueOf(p)));
                }
            }
        }
        return out;
    }

    private static boolean uses(Object value, String function) {
        if (value instanceof Map<?, ?> m) {
            return m.containsKey(function) || m.values().stream().anyMatch(v -> uses(v, function));
        }
        return value instanceof List<?> l && l.stream().anyMatch(v -> uses(v, function));
    }

    private static void mapNames(Object value, Map<String, Object> mappings, Template t) {
        if (value instanceof Map<?, ?> m) {
            if (m.get("Fn::FindInMap") instanceof List<?> args && !args.isEmpty() && args.get(0) instanceof String name
                    && mappings.containsKey(name)) {
                t.mappings().put(name, mappings.get(name));
            }
            m.values().forEach(v -> mapNames(v, mappings, t));
        } else if (value instanceof List<?> l) {
            l.forEach(v -> mapNames(v, mappings, t));
        }
    }

    private static final Set<String> PARAMETER_FIELDS = Set.of("Type", "Default", "Description", "AllowedPattern",
            "AllowedValues", "ConstraintDescription");

    static void parameter(Template t, String name, Map<?, ?> p) {
        Object allowed = p.get("AllowedValues");
        t.parameter(new Template.Parameter(name, String.valueOf(p.get("Type")),
                p.get("Description") == null ? null : String.valueOf(p.get("Description")), p.get("Default"),
                p.get("AllowedPattern") == null ? null : String.valueOf(p.get("AllowedPattern")),
                allowed instanceof List<?> l ? l.stream().map(String::valueOf).toList() : List.of(),
                p.get("ConstraintDescription") == null ? null : String.valueOf(p.get("ConstraintDescription"))));
        Map<String, Object> extras = new TreeMap<>();
        p.forEach((k, v) -> {
            if (!PARAMETER_FIELDS.contains(String.valueOf(k))) {
                extras.put(String.valueOf(k), v);
            }
        });
        if (!extras.isEmpty()) {
            t.parameterExtras(name, extras);
        }
    }

    private static Resource resource(String id, Map<String, Object> body) {
        Resource r = new Resource(id, String.valueOf(body.get("Type")), null);
        if (body.get("Properties") instanceof Map<?, ?> props) {
            props.forEach((k, v) -> r.set(String.valueOf(k), intrinsics(v)));
        }
        if (body.get("Condition") instanceof String c) {
            r.condition(c);
        }
        if (body.get("Metadata") instanceof Map<?, ?> m && !m.isEmpty()) {
            r.originalMetadata(castMap(intrinsics(m)));
        }
        r.policies(text(body.get("DeletionPolicy")), text(body.get("UpdateReplacePolicy")));
        if (body.get("CreationPolicy") instanceof Map<?, ?> m) {
            r.creationPolicy(castMap(intrinsics(m)));
        }
        if (body.get("UpdatePolicy") instanceof Map<?, ?> m) {
            r.updatePolicy(castMap(intrinsics(m)));
        }
        Object depends = body.get("DependsOn");
        if (depends instanceof String s) {
            r.dependsOn(s);
        } else if (depends instanceof List<?> l) {
            l.forEach(x -> r.dependsOn(String.valueOf(x)));
        }
        return r;
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Object value) {
        return (Map<String, Object>) value;
    }

    /** A value as the template reader gave it, with its intrinsics as the writers know them. */
    static Object intrinsics(Object value) {
        if (value instanceof Map<?, ?> m) {
            if (m.size() == 1) {
                Map.Entry<?, ?> only = m.entrySet().iterator().next();
                String key = String.valueOf(only.getKey());
                Object arg = only.getValue();
                if (key.equals("Ref") && arg instanceof String name) {
                    return Fn.ref(name);
                }
                if (key.equals("Fn::GetAtt") && arg instanceof List<?> l && l.size() == 2) {
                    return Fn.getAtt(String.valueOf(l.get(0)), String.valueOf(l.get(1)));
                }
                if (key.equals("Fn::GetAtt") && arg instanceof String s && s.indexOf('.') > 0) {
                    return Fn.getAtt(s.substring(0, s.indexOf('.')), s.substring(s.indexOf('.') + 1));
                }
                if (key.equals("Fn::Sub") && arg instanceof String s) {
                    return Fn.sub(s);
                }
                if (key.equals("Fn::Sub") && arg instanceof List<?> l && l.size() == 2 && l.get(1) instanceof Map<?, ?> vars) {
                    Map<String, Object> v = new LinkedHashMap<>();
                    vars.forEach((k, x) -> v.put(String.valueOf(k), intrinsics(x)));
                    return new Fn.Sub(String.valueOf(l.get(0)), v);
                }
                if (key.startsWith("Fn::") && arg != null) {
                    return new Fn.Call(key, intrinsics(arg));
                }
            }
            Map<String, Object> out = new TreeMap<>();
            m.forEach((k, v) -> out.put(String.valueOf(k), intrinsics(v)));
            return out;
        }
        if (value instanceof List<?> l) {
            List<Object> out = new ArrayList<>();
            l.forEach(v -> out.add(intrinsics(v)));
            return out;
        }
        return value;
    }
}
