package com.cloudwright.cfn.read;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Shows a value the way a template author wrote it: short-form intrinsics, flow-style lists and maps. */
public final class Expressions {

    private Expressions() {
    }

    public static String show(Object value) {
        StringBuilder sb = new StringBuilder();
        append(sb, value);
        return sb.toString();
    }

    private static void append(StringBuilder sb, Object value) {
        if (value instanceof Map<?, ?> map && map.size() == 1) {
            Map.Entry<?, ?> e = map.entrySet().iterator().next();
            String key = String.valueOf(e.getKey());
            if (key.equals("Ref") || key.equals("Condition") || key.startsWith("Fn::")) {
                sb.append('!').append(key.startsWith("Fn::") ? key.substring(4) : key).append(' ');
                if (key.equals("Fn::GetAtt") && e.getValue() instanceof List<?> parts && parts.size() == 2) {
                    sb.append(parts.get(0)).append('.').append(parts.get(1));
                } else {
                    append(sb, e.getValue());
                }
                return;
            }
        }
        if (value instanceof Map<?, ?> map) {
            sb.append('{');
            List<String> parts = new ArrayList<>();
            map.forEach((k, v) -> parts.add(k + ": " + show(v)));
            sb.append(String.join(", ", parts)).append('}');
        } else if (value instanceof List<?> list) {
            List<String> parts = new ArrayList<>();
            list.forEach(v -> parts.add(show(v)));
            sb.append('[').append(String.join(", ", parts)).append(']');
        } else if (value instanceof String s && (s.isEmpty() || s.contains(" ") || s.contains(","))) {
            sb.append('\'').append(s.replace("'", "''")).append('\'');
        } else {
            sb.append(value);
        }
    }
}
