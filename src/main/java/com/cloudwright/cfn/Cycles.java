package com.cloudwright.cfn;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/** Reference cycles between resources, which CloudFormation refuses ("Circular dependency"). */
final class Cycles {

    private Cycles() {
    }

    /** One cycle, as the resources along it (the first is not repeated at the end), or an empty list. */
    static List<String> find(Template t) {
        Map<String, Set<String>> edges = new HashMap<>();
        for (Resource r : t.resources().values()) {
            Set<String> out = new java.util.LinkedHashSet<>(r.dependsOn());
            collect(r.properties(), out);
            out.removeIf(id -> t.resource(id) == null);
            edges.put(r.logicalId(), out);
        }
        Map<String, Integer> state = new HashMap<>();
        for (String start : t.resources().keySet()) {
            if (state.containsKey(start)) {
                continue;
            }
            ArrayDeque<String> stack = new ArrayDeque<>();
            ArrayDeque<Iterator<String>> its = new ArrayDeque<>();
            stack.push(start);
            its.push(edges.get(start).iterator());
            state.put(start, 1);
            while (!stack.isEmpty()) {
                Iterator<String> it = its.peek();
                if (it.hasNext()) {
                    String next = it.next();
                    Integer s = state.get(next);
                    if (s == null) {
                        state.put(next, 1);
                        stack.push(next);
                        its.push(edges.get(next).iterator());
                    } else if (s == 1) {
                        List<String> loop = new ArrayList<>();
                        for (String n : stack) {
                            loop.add(0, n);
                            if (n.equals(next)) {
                                break;
                            }
                        }
                        return loop;
                    }
                } else {
                    state.put(stack.pop(), 2);
                    its.pop();
                }
            }
        }
        return List.of();
    }

    /** The logical ids (and parameters) a value refers to through Ref, GetAtt and Sub. */
    static Set<String> references(Object value) {
        Set<String> out = new TreeSet<>();
        collect(value, out);
        return out;
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

    private static void collect(Object value, Set<String> out) {
        if (value instanceof Map<?, ?> map) {
            map.values().forEach(v -> collect(v, out));
        } else if (value instanceof List<?> list) {
            list.forEach(v -> collect(v, out));
        } else if (value instanceof Fn.Ref ref) {
            out.add(ref.target());
        } else if (value instanceof Fn.GetAtt att) {
            out.add(att.resource());
        } else if (value instanceof Fn.Sub sub) {
            for (String name : placeholders(sub.text())) {
                if (!name.startsWith("!") && !sub.variables().containsKey(name)) {
                    int dot = name.indexOf('.');
                    out.add(dot > 0 ? name.substring(0, dot) : name);
                }
            }
            collect(sub.variables(), out);
        } else if (value instanceof Fn fn) {
            collect(fn.argument(), out);
        }
    }
}
