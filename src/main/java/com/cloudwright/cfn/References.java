package com.cloudwright.cfn;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The names a value refers to through {@code Ref}, {@code Fn::GetAtt} and {@code Fn::Sub}, read
 * from the exporter's own intrinsics ({@link Fn}) and from raw maps as a template reader gives them
 * (resources written back from an imported template). A Sub's own variables and its
 * {@code ${!literal}} text name nothing.
 */
final class References {

    private References() {
    }

    /** The logical ids (and parameters) the value refers to, sorted. */
    static Set<String> of(Object value) {
        Set<String> out = new TreeSet<>();
        collect(value, out);
        return out;
    }

    static void collect(Object value, Set<String> out) {
        if (value instanceof Map<?, ?> map) {
            if (map.size() == 1) {
                raw(map, out);
            }
            map.values().forEach(v -> collect(v, out));
        } else if (value instanceof List<?> list) {
            list.forEach(v -> collect(v, out));
        } else if (value instanceof Fn.Ref ref) {
            out.add(ref.target());
        } else if (value instanceof Fn.GetAtt att) {
            out.add(att.resource());
        } else if (value instanceof Fn.Sub sub) {
            subNames(sub.text(), sub.variables(), out);
            collect(sub.variables(), out);
        } else if (value instanceof Fn fn) {
            collect(fn.argument(), out);
        }
    }

    private static void raw(Map<?, ?> map, Set<String> out) {
        if (map.get("Ref") instanceof String name) {
            out.add(name);
        } else if (map.get("Fn::GetAtt") instanceof List<?> l && !l.isEmpty()) {
            out.add(String.valueOf(l.get(0)));
        } else if (map.get("Fn::GetAtt") instanceof String s) {
            out.add(s.contains(".") ? s.substring(0, s.indexOf('.')) : s);
        } else if (map.get("Fn::Sub") instanceof List<?> l && !l.isEmpty()) {
            subNames(String.valueOf(l.get(0)), l.size() > 1 && l.get(1) instanceof Map<?, ?> vars ? vars : Map.of(), out);
        } else if (map.get("Fn::Sub") instanceof String text) {
            subNames(text, Map.of(), out);
        }
    }

    private static void subNames(String text, Map<?, ?> variables, Set<String> out) {
        for (String name : placeholders(text)) {
            String trimmed = name.strip();
            if (!trimmed.startsWith("!") && !trimmed.isEmpty() && !variables.containsKey(trimmed)) {
                int dot = trimmed.indexOf('.');
                out.add(dot > 0 ? trimmed.substring(0, dot) : trimmed);
            }
        }
    }

    /** The names inside {@code ${…}} of a Sub text, in order. */
    static List<String> placeholders(String text) {
        List<String> out = new ArrayList<>(2);
        int from = 0;
        while (true) {
            int start = text.indexOf("${", from);
            if (start < 0) {
                return out;
            }
            int end = text.indexOf('}', start + 2);
            if (end < 0) {
                return out;
            }
            out.add(text.substring(start + 2, end));
            from = end + 1;
        }
    }
}
