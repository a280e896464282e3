package com.cloudwright.palette;

import com.cloudwright.model.Node;
import com.cloudwright.model.Props;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Typed reading of node properties with the palette's defaults filled in: what a node "has" when
 * the drawing leaves a property unset. Defaults are looked up once per type and property name.
 * Not thread-safe: one per validation run or export.
 */
public final class NodeValues {

    private final Palette palette;
    private final Map<String, Map<String, Object>> defaults = new HashMap<>();
    private final Map<String, Map<String, Boolean>> declared = new HashMap<>();

    public NodeValues(Palette palette) {
        this.palette = Objects.requireNonNull(palette, "palette");
    }

    /** A property's value, or the palette default. */
    public Object value(Node node, String name) {
        Object v = node.props().get(name);
        if (v != null) {
            return v;
        }
        Map<String, Object> byName = defaults.computeIfAbsent(node.type(), k -> new HashMap<>());
        if (byName.containsKey(name)) {
            return byName.get(name);
        }
        Object d = palette.propertyValue(node.withProps(Props.EMPTY), name);
        byName.put(name, d);
        return d;
    }

    /** A property's value (palette default applied) as trimmed text; empty for lists, maps and blanks. */
    public Optional<String> string(Node node, String name) {
        Object v = value(node, name);
        if (v == null || v instanceof Map || v instanceof List) {
            return Optional.empty();
        }
        String s = v.toString().trim();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /** A boolean property (palette default applied); "true"/"false" strings count. */
    public boolean bool(Node node, String name, boolean fallback) {
        return Props.asBoolean(value(node, name), fallback);
    }

    /** A numeric property (palette default applied); numeric strings count. */
    public Optional<Double> number(Node node, String name) {
        return Props.asNumber(value(node, name));
    }

    /** True when the palette entry of the node's type declares the property. */
    public boolean declares(Node node, String name) {
        return declared.computeIfAbsent(node.type(), k -> new HashMap<>())
                .computeIfAbsent(name, k -> palette.entryOf(node).flatMap(e -> e.property(name)).isPresent());
    }
}
