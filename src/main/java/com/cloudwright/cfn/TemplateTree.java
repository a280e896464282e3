package com.cloudwright.cfn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a {@link Template} into the tree both writers walk: sections and resource attributes in
 * the order engineers expect, every other object's keys sorted, numbers normalised — so the same
 * template always gives the same bytes whatever order it was built in.
 */
final class TemplateTree {

    private TemplateTree() {
    }

    static Map<String, Object> of(Template t) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("AWSTemplateFormatVersion", Template.FORMAT_VERSION);
        if (t.description() != null) {
            root.put("Description", t.description());
        }
        if (!t.metadata().isEmpty()) {
            root.put("Metadata", normalize(t.metadata()));
        }
        if (!t.parameters().isEmpty()) {
            Map<String, Object> params = new LinkedHashMap<>();
            t.parameters().forEach((name, p) -> params.put(name, parameter(p)));
            root.put("Parameters", params);
        }
        Map<String, Object> resources = new LinkedHashMap<>();
        t.resources().forEach((id, r) -> resources.put(id, resource(r)));
        root.put("Resources", resources);
        if (!t.outputs().isEmpty()) {
            Map<String, Object> outputs = new LinkedHashMap<>();
            t.outputs().forEach((name, o) -> {
                Map<String, Object> out = new LinkedHashMap<>();
                if (o.description() != null) {
                    out.put("Description", o.description());
                }
                out.put("Value", normalize(o.value()));
                outputs.put(name, out);
            });
            root.put("Outputs", outputs);
        }
        return root;
    }

    private static Map<String, Object> parameter(Template.Parameter p) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Type", p.type());
        if (p.defaultValue() != null) {
            m.put("Default", normalize(p.defaultValue()));
        }
        if (!p.allowedValues().isEmpty()) {
            m.put("AllowedValues", List.copyOf(p.allowedValues()));
        }
        if (p.allowedPattern() != null) {
            m.put("AllowedPattern", p.allowedPattern());
        }
        if (p.constraintDescription() != null) {
            m.put("ConstraintDescription", p.constraintDescription());
        }
        if (p.description() != null) {
            m.put("Description", p.description());
        }
        return m;
    }

    private static Map<String, Object> resource(Resource r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("Type", r.type());
        if (!r.dependsOn().isEmpty()) {
            m.put("DependsOn", new ArrayList<>(r.dependsOn()));
        }
        if (r.deletionPolicy() != null) {
            m.put("DeletionPolicy", r.deletionPolicy());
        }
        if (r.updateReplacePolicy() != null) {
            m.put("UpdateReplacePolicy", r.updateReplacePolicy());
        }
        if (!r.properties().isEmpty()) {
            m.put("Properties", normalize(r.properties()));
        }
        return m;
    }

    /** Sorted keys, lists in order, integral doubles as longs; {@link Fn} arguments normalised too. */
    static Object normalize(Object value) {
        if (value instanceof Map<?, ?> map) {
            List<String> keys = new ArrayList<>(map.size());
            map.keySet().forEach(k -> keys.add(String.valueOf(k)));
            if (!(map instanceof java.util.SortedMap)) {
                keys.sort(null);
            }
            Map<String, Object> sorted = new LinkedHashMap<>(Math.max(4, keys.size() * 2));
            for (String k : keys) {
                sorted.put(k, normalize(map.get(k)));
            }
            return sorted;
        }
        if (value instanceof List<?> list) {
            List<Object> out = new ArrayList<>(list.size());
            for (Object o : list) {
                out.add(normalize(o));
            }
            return out;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Float || value instanceof Double) {
            double d = ((Number) value).doubleValue();
            if (d == Math.rint(d) && Math.abs(d) < 1e15) {
                return (long) d;
            }
            return d;
        }
        if (value instanceof Fn.Sub sub && !sub.variables().isEmpty()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> vars = (Map<String, Object>) normalize(sub.variables());
            return new Fn.Sub(sub.text(), vars);
        }
        if (value instanceof Fn.Split split) {
            return new Fn.Split(split.delimiter(), normalize(split.source()));
        }
        if (value instanceof Fn.Base64 base64) {
            return new Fn.Base64(normalize(base64.value()));
        }
        if (value instanceof Fn.Select select) {
            return new Fn.Select(select.index(), normalize(select.list()));
        }
        if (value instanceof Fn.Join join) {
            return new Fn.Join(join.delimiter(), (List<?>) normalize(join.parts()));
        }
        return value;
    }
}
