package com.cloudwright.model;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * The free-form properties of a node or edge: JSON values (string, boolean, number, list, map),
 * deeply immutable, in insertion order so that files round-trip as written.
 */
public final class Props {

    public static final Props EMPTY = new Props(Map.of());

    private final Map<String, Object> values;

    private Props(Map<String, Object> values) {
        this.values = values;
    }

    public static Props of(Map<String, ?> values) {
        if (values == null || values.isEmpty()) {
            return EMPTY;
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        values.forEach((k, v) -> copy.put(Objects.requireNonNull(k, "property name"), freeze(v)));
        return new Props(Collections.unmodifiableMap(copy));
    }

    public static Props of(String key, Object value, Object... more) {
        Map<String, Object> map = new LinkedHashMap<>();
        map.put(key, value);
        for (int i = 0; i + 1 < more.length; i += 2) {
            map.put((String) more[i], more[i + 1]);
        }
        return of(map);
    }

    /** A copy with one property set; a null value removes it. */
    public Props with(String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(values);
        if (value == null) {
            copy.remove(key);
        } else {
            copy.put(key, value);
        }
        return of(copy);
    }

    public Props without(String key) {
        return with(key, null);
    }

    public Map<String, Object> asMap() {
        return values;
    }

    public Set<String> names() {
        return values.keySet();
    }

    public boolean has(String key) {
        return values.containsKey(key);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    public Object get(String key) {
        return values.get(key);
    }

    public Optional<String> string(String key) {
        Object v = values.get(key);
        if (v == null || v instanceof Map || v instanceof List) {
            return Optional.empty();
        }
        if (v instanceof Number n) {
            return Optional.of(formatNumber(n));
        }
        return Optional.of(v.toString());
    }

    public String string(String key, String fallback) {
        return string(key).orElse(fallback);
    }

    public boolean bool(String key, boolean fallback) {
        return asBoolean(values.get(key), fallback);
    }

    /** A JSON value read as a boolean: true/false, or the strings "true"/"false" in any case. */
    public static boolean asBoolean(Object v, boolean fallback) {
        if (v instanceof Boolean b) {
            return b;
        }
        if (v instanceof String s) {
            if (s.equalsIgnoreCase("true")) {
                return true;
            }
            if (s.equalsIgnoreCase("false")) {
                return false;
            }
        }
        return fallback;
    }

    public Optional<Double> number(String key) {
        return asNumber(values.get(key));
    }

    /** A JSON value read as a number: a number, or a string holding one (spaces around it allowed). */
    public static Optional<Double> asNumber(Object v) {
        if (v instanceof Number n) {
            return Optional.of(n.doubleValue());
        }
        if (v instanceof String s) {
            try {
                return Optional.of(Double.parseDouble(s.trim()));
            } catch (NumberFormatException e) {
                return Optional.empty();
            }
        }
        return Optional.empty();
    }

    public double number(String key, double fallback) {
        return number(key).orElse(fallback);
    }

    public long integer(String key, long fallback) {
        return number(key).map(Math::round).orElse(fallback);
    }

    /** A list of strings (e.g. {@code members}); a single string counts as a one-element list. */
    public List<String> strings(String key) {
        Object v = values.get(key);
        if (v instanceof List<?> list) {
            List<String> out = new ArrayList<>(list.size());
            for (Object o : list) {
                if (o != null) {
                    out.add(o.toString());
                }
            }
            return List.copyOf(out);
        }
        if (v instanceof String s && !s.isBlank()) {
            return List.of(s);
        }
        return List.of();
    }

    static String formatNumber(Number n) {
        if (n instanceof Double || n instanceof Float) {
            double d = n.doubleValue();
            if (d == Math.rint(d) && !Double.isInfinite(d) && Math.abs(d) < 1e15) {
                return Long.toString((long) d);
            }
            return BigDecimal.valueOf(d).stripTrailingZeros().toPlainString();
        }
        if (n instanceof BigDecimal b) {
            return b.stripTrailingZeros().toPlainString();
        }
        return n.toString();
    }

    /** A deeply immutable copy of a JSON object, in its order, nulls kept. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> frozenMap(Map<String, ?> map) {
        if (map == null || map.isEmpty()) {
            return Map.of();
        }
        return (Map<String, Object>) freeze(map);
    }

    private static Object freeze(Object v) {
        if (v instanceof Map<?, ?> map) {
            Map<String, Object> copy = new LinkedHashMap<>();
            map.forEach((k, val) -> copy.put(String.valueOf(k), freeze(val)));
            return Collections.unmodifiableMap(copy);
        }
        if (v instanceof List<?> list) {
            List<Object> copy = new ArrayList<>(list.size());
            for (Object o : list) {
                copy.add(freeze(o));
            }
            return Collections.unmodifiableList(copy);
        }
        if (v instanceof Integer || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        if (v instanceof Float f) {
            return f.doubleValue();
        }
        if (v == null || v instanceof String || v instanceof Boolean || v instanceof Number) {
            return v;
        }
        return v.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Props p && p.values.equals(values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}
