package com.cloudwright.cfn;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Small builders for the JSON-like values of a template (maps, lists, scalars, {@link Fn}). */
final class Json {

    private Json() {
    }

    /** An object from key/value pairs; null values are left out. */
    static Map<String, Object> obj(Object... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("odd number of arguments");
        }
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            Object value = keysAndValues[i + 1];
            if (!isEmpty(value)) {
                map.put((String) keysAndValues[i], value);
            }
        }
        return map;
    }

    static List<Object> list(Object... values) {
        return new ArrayList<>(Arrays.asList(values));
    }

    static List<Object> listOf(Collection<?> values) {
        return new ArrayList<>(values);
    }

    /** An empty object that is written ({@code {}}), where AWS wants one: {@code DefaultAction: {Allow: {}}}. */
    static Map<String, Object> empty() {
        return new EmptyObject();
    }

    /** Marks an empty object as meant, not as "nothing to set". */
    private static final class EmptyObject extends LinkedHashMap<String, Object> {
    }

    static boolean isEmpty(Object value) {
        return value == null
                || (value instanceof Collection<?> c && c.isEmpty())
                || (value instanceof Map<?, ?> m && m.isEmpty() && !(m instanceof EmptyObject));
    }

    /** A Name tag list. */
    static List<Object> nameTag(Object name) {
        return list(obj("Key", "Name", "Value", name));
    }

    /** The items of a comma-separated property ("m5.large, m6g.large"), blanks dropped. */
    static List<String> commaSeparated(String text) {
        return Arrays.stream(text.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
