package com.cloudwright.cfn;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link Template} into the tree both writers walk: sections and resource attributes in
 * the order engineers expect ({@link Ordered}); the writers sort every other object's keys and
 * write integral numbers as integers ({@link #entries}, {@link #number}) — so the same template
 * always gives the same bytes whatever order it was built in, without copying it first.
 */
final class TemplateTree {

    private TemplateTree() {
    }

    static Map<String, Object> of(Template t) {
        Map<String, Object> root = new Ordered();
        root.put("AWSTemplateFormatVersion", Template.FORMAT_VERSION);
        if (t.description() != null) {
            root.put("Description", t.description());
        }
        if (!t.metadata().isEmpty()) {
            root.put("Metadata", t.metadata());
        }
        if (!t.parameters().isEmpty()) {
            Map<String, Object> params = new Ordered();
            t.parameters().forEach((name, p) -> {
                Map<String, Object> written = parameter(p);
                written.putAll(t.parameterExtras(name));
                params.put(name, written);
            });
            root.put("Parameters", params);
        }
        if (!t.mappings().isEmpty()) {
            root.put("Mappings", t.mappings());
        }
        if (!t.conditions().isEmpty()) {
            root.put("Conditions", t.conditions());
        }
        Map<String, Object> resources = new Ordered();
        t.resources().forEach((id, r) -> resources.put(id, resource(r)));
        root.put("Resources", resources);
        if (!t.outputs().isEmpty()) {
            Map<String, Object> outputs = new Ordered();
            t.outputs().forEach((name, o) -> {
                Map<String, Object> out = new Ordered();
                if (o.description() != null) {
                    out.put("Description", o.description());
                }
                out.put("Value", o.value());
                if (o.export() == null) {
                    out.put("Export", StackExports.exportOf(name));
                } else if (!Json.isEmpty(o.export())) {
                    out.put("Export", o.export());
                }
                if (o.condition() != null) {
                    out.put("Condition", o.condition());
                }
                outputs.put(name, out);
            });
            root.put("Outputs", outputs);
        }
        return root;
    }

    private static Map<String, Object> parameter(Template.Parameter p) {
        Map<String, Object> m = new Ordered();
        m.put("Type", p.type());
        if (p.defaultValue() != null) {
            m.put("Default", p.defaultValue());
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
        Map<String, Object> m = new Ordered();
        m.put("Type", r.type());
        if (r.condition() != null) {
            m.put("Condition", r.condition());
        }
        if (!r.dependsOn().isEmpty()) {
            m.put("DependsOn", new ArrayList<>(r.dependsOn()));
        }
        if (r.deletionPolicy() != null) {
            m.put("DeletionPolicy", r.deletionPolicy());
        }
        if (r.updateReplacePolicy() != null) {
            m.put("UpdateReplacePolicy", r.updateReplacePolicy());
        }
        if (r.creationPolicy() != null) {
            m.put("CreationPolicy", r.creationPolicy());
        }
        if (r.updatePolicy() != null) {
            m.put("UpdatePolicy", r.updatePolicy());
        }
        if (r.metadata() != null) {
            m.put("Metadata", r.metadata());
        }
        if (!r.properties().isEmpty()) {
            m.put("Properties", r.properties());
        }
        return m;
    }

    /** A map written in its own order (sections, resource attributes); every other map is written sorted. */
    static final class Ordered extends LinkedHashMap<String, Object> {
    }

    /** A map's entries in the order they are written: as built for {@link Ordered} and sorted maps, else by key. */
    static List<Map.Entry<String, Object>> entries(Map<?, ?> map) {
        List<Map.Entry<String, Object>> out = new ArrayList<>(map.size());
        for (Map.Entry<?, ?> e : map.entrySet()) {
            out.add(Map.entry(String.valueOf(e.getKey()), e.getValue() == null ? NULL : e.getValue()));
        }
        if (!(map instanceof Ordered) && !(map instanceof java.util.SortedMap)) {
            out.sort(Map.Entry.comparingByKey());
        }
        return out;
    }

    /** Stands for a null value in {@link #entries} (map entries cannot hold null). */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "null";
        }
    };

    /** Integral numbers as longs (40.0 is written 40), others as doubles. */
    static Object number(Number n) {
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) d : (Object) d;
        }
        return n.longValue();
    }
}
