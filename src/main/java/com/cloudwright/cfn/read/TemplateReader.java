package com.cloudwright.cfn.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static com.cloudwright.cfn.read.TemplateParser.TEXT;

/**
 * Reads a CloudFormation template and checks what an import relies on: a Resources section whose
 * entries have a type, every {@code Ref}, {@code GetAtt} and {@code Sub} variable naming something
 * that exists, and no circular {@code DependsOn}. Each failure is one line naming the place.
 */
public final class TemplateReader {

    /** ${Name} or ${Name.Attribute} in a Sub string; ${!Literal} is text. */
    static final Pattern SUB_VARIABLE = Pattern.compile("\\$\\{([^!}][^}]*)}");

    private TemplateReader() {
    }

    public static CfnTemplate read(Path file) throws TemplateFormatException {
        return read(TemplateParser.parse(file), file.toString());
    }

    public static CfnTemplate read(byte[] bytes, String source) throws TemplateFormatException {
        return read(TemplateParser.parse(bytes, source), source);
    }

    static CfnTemplate read(Object root, String source) throws TemplateFormatException {
        if (!(root instanceof Map<?, ?> top) || !(top.get("Resources") instanceof Map<?, ?> resources)) {
            throw new TemplateFormatException(source, null, TEXT.get("template.notATemplate"));
        }
        if (resources.isEmpty()) {
            throw new TemplateFormatException(source, "Resources", TEXT.get("template.noResources"));
        }
        Map<String, CfnResource> out = new LinkedHashMap<>();
        for (Map.Entry<?, ?> e : resources.entrySet()) {
            String id = String.valueOf(e.getKey());
            out.put(id, resource(id, e.getValue(), source));
        }
        CfnTemplate template = new CfnTemplate(source, text(top.get("Description")), section(top, "Parameters", source),
                section(top, "Mappings", source), section(top, "Conditions", source), out,
                section(top, "Outputs", source), metadata(top));
        checkReferences(template);
        checkDependsOn(template);
        return template;
    }

    private static CfnResource resource(String id, Object value, String source) throws TemplateFormatException {
        String at = "Resources." + id;
        if (!(value instanceof Map<?, ?> body)) {
            throw new TemplateFormatException(source, at, TEXT.get("template.resourceNotObject"));
        }
        if (!(body.get("Type") instanceof String type) || type.isBlank()) {
            throw new TemplateFormatException(source, at + ".Type", TEXT.get("template.noType"));
        }
        Object props = body.get("Properties");
        if (props != null && !(props instanceof Map)) {
            throw new TemplateFormatException(source, at + ".Properties", TEXT.get("template.propertiesNotObject"));
        }
        List<String> dependsOn = new ArrayList<>();
        Object deps = body.get("DependsOn");
        if (deps instanceof String one) {
            dependsOn.add(one);
        } else if (deps instanceof List<?> many) {
            many.forEach(d -> dependsOn.add(String.valueOf(d)));
        } else if (deps != null) {
            throw new TemplateFormatException(source, at + ".DependsOn", TEXT.get("template.dependsOnNotList"));
        }
        @SuppressWarnings("unchecked")
        Map<String, Object> properties = props == null ? Map.of() : (Map<String, Object>) props;
        Map<String, Object> attributes = new java.util.LinkedHashMap<>();
        for (String name : CfnResource.ATTRIBUTES) {
            if (body.get(name) != null) {
                attributes.put(name, body.get(name));
            }
        }
        return new CfnResource(id, type, properties, dependsOn, text(body.get("Condition")), attributes);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> section(Map<?, ?> top, String name, String source)
            throws TemplateFormatException {
        Object value = top.get(name);
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map)) {
            throw new TemplateFormatException(source, name, TEXT.get("template.sectionNotObject"));
        }
        return (Map<String, Object>) value;
    }

    /** Metadata is free-form: one that is not an object is ignored rather than refused. */
    @SuppressWarnings("unchecked")
    private static Map<String, Object> metadata(Map<?, ?> top) {
        return top.get("Metadata") instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    }

    private static String text(Object value) {
        return value instanceof String s ? s : null;
    }

    // ---- references ---------------------------------------------------------------------------

    private static void checkReferences(CfnTemplate t) throws TemplateFormatException {
        for (CfnResource r : t.resources().values()) {
            walk(t, r.properties(), "Resources." + r.logicalId() + ".Properties", Set.of());
            for (String dep : r.dependsOn()) {
                if (!t.resources().containsKey(dep)) {
                    throw new TemplateFormatException(t.source(), "Resources." + r.logicalId() + ".DependsOn",
                            TEXT.get("template.danglingDependsOn", dep));
                }
            }
        }
        walk(t, t.outputs(), "Outputs", Set.of());
    }

    private static void walk(CfnTemplate t, Object node, String at, Set<String> locals) throws TemplateFormatException {
        if (node instanceof Map<?, ?> map) {
            if (map.size() == 1 && map.get("Ref") instanceof String ref) {
                requireKnown(t, ref, at, locals);
                return;
            }
            if (map.size() == 1 && map.get("Fn::GetAtt") instanceof List<?> att && !att.isEmpty()
                    && att.get(0) instanceof String target && !t.resources().containsKey(target)) {
                throw new TemplateFormatException(t.source(), at, TEXT.get("template.danglingGetAtt", target));
            }
            if (map.size() == 1 && map.containsKey("Fn::Sub")) {
                checkSub(t, map.get("Fn::Sub"), at, locals);
            }
            for (Map.Entry<?, ?> e : map.entrySet()) {
                walk(t, e.getValue(), at + "." + e.getKey(), locals);
            }
        } else if (node instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                walk(t, list.get(i), at + "[" + i + "]", locals);
            }
        }
    }

    private static void checkSub(CfnTemplate t, Object sub, String at, Set<String> locals) throws TemplateFormatException {
        String text = sub instanceof String s ? s : sub instanceof List<?> l && !l.isEmpty() && l.get(0) instanceof String s
                ? s : null;
        if (text == null) {
            return;
        }
        Set<String> vars = sub instanceof List<?> l && l.size() > 1 && l.get(1) instanceof Map<?, ?> m
                ? keys(m) : Set.of();
        Matcher m = SUB_VARIABLE.matcher(text);
        while (m.find()) {
            String name = m.group(1).strip();
            if (vars.contains(name)) {
                continue;
            }
            int dot = name.indexOf('.');
            if (dot > 0 && !name.startsWith("AWS::")) {
                String target = name.substring(0, dot);
                if (!t.resources().containsKey(target) && !vars.contains(target)) {
                    throw new TemplateFormatException(t.source(), at, TEXT.get("template.danglingGetAtt", target));
                }
            } else {
                requireKnown(t, name, at, vars);
            }
        }
    }

    private static Set<String> keys(Map<?, ?> map) {
        Set<String> out = new java.util.HashSet<>();
        map.keySet().forEach(k -> out.add(String.valueOf(k)));
        return out;
    }

    private static void requireKnown(CfnTemplate t, String name, String at, Set<String> locals)
            throws TemplateFormatException {
        if (name.startsWith("AWS::") || locals.contains(name) || t.parameters().containsKey(name)
                || t.resources().containsKey(name)) {
            return;
        }
        throw new TemplateFormatException(t.source(), at, TEXT.get("template.danglingRef", name));
    }

    // ---- DependsOn cycles ---------------------------------------------------------------------

    private static void checkDependsOn(CfnTemplate t) throws TemplateFormatException {
        Map<String, Integer> state = new HashMap<>();
        for (String id : t.resources().keySet()) {
            List<String> cycle = cycleFrom(t, id, state, new ArrayList<>());
            if (cycle != null) {
                throw new TemplateFormatException(t.source(), "Resources." + cycle.get(0) + ".DependsOn",
                        TEXT.get("template.dependsOnCycle", String.join(" → ", cycle)));
            }
        }
    }

    /** Depth-first with white (absent), grey (1) and black (2) marks; the recursion is as deep as the longest chain of resources. */
    private static List<String> cycleFrom(CfnTemplate t, String id, Map<String, Integer> state, List<String> path) {
        Integer mark = state.get(id);
        if (mark != null) {
            if (mark == 1) {
                List<String> cycle = new ArrayList<>(path.subList(path.indexOf(id), path.size()));
                cycle.add(id);
                return cycle;
            }
            return null;
        }
        state.put(id, 1);
        path.add(id);
        for (String dep : t.resources().get(id).dependsOn()) {
            List<String> cycle = cycleFrom(t, dep, state, path);
            if (cycle != null) {
                return cycle;
            }
        }
        path.remove(path.size() - 1);
        state.put(id, 2);
        return null;
    }
}
