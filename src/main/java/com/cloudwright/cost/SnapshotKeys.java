package com.cloudwright.cost;

import com.cloudwright.palette.Palette;
import com.cloudwright.palette.PaletteEntry;
import com.cloudwright.palette.PropertySpec;
import com.cloudwright.palette.PropertyType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every product a snapshot should price: each dimension of each priced palette service, for
 * every value of the choice and boolean properties its filters name (each EC2 instance type of
 * the palette, Single-AZ and Multi-AZ …).
 */
public final class SnapshotKeys {

    private static final Pattern REF = Pattern.compile("\\{([A-Za-z0-9_]+)(?::([A-Za-z0-9_]+))?}");
    private static final int MAX_COMBINATIONS = 1000;

    private SnapshotKeys() {
    }

    /** One product a palette service can ask for: a dimension with values for the properties its key names. */
    public record PricedProduct(PaletteEntry entry, ServicePricing.Dimension dimension, Map<String, Object> properties,
                                PriceKey key) {
    }

    public static List<PriceKey> enumerate(Palette palette) {
        Set<PriceKey> out = new LinkedHashSet<>();
        products(palette).forEach(p -> out.add(p.key()));
        return List.copyOf(out);
    }

    /** Every product of every priced palette service, in palette and dimension order. */
    public static List<PricedProduct> products(Palette palette) {
        CostEstimator estimator = new CostEstimator(palette);
        List<PricedProduct> out = new ArrayList<>();
        for (PaletteEntry entry : palette.entries()) {
            ServicePricing pricing = ServicePricing.of(entry);
            if (pricing == null) {
                continue;
            }
            for (ServicePricing.Dimension d : pricing.dimensions()) {
                Map<String, String> names = referenced(d);
                for (Map<String, Object> combination : combinations(entry, pricing, names)) {
                    if (!applies(d, combination)) {
                        continue;
                    }
                    estimator.key(entry.id(), d.id(), combination)
                            .ifPresent(k -> out.add(new PricedProduct(entry, d, Map.copyOf(nonNull(combination)), k)));
                }
            }
        }
        return out;
    }

    /** A dimension's onlyIf and skipIf, for the properties the combination sets (others may take any value). */
    private static boolean applies(ServicePricing.Dimension d, Map<String, Object> combination) {
        for (Map.Entry<String, String> c : d.onlyIf().entrySet()) {
            if (combination.containsKey(c.getKey())
                    && !List.of(c.getValue().split("\\|", -1)).contains(CostFormat.value(combination.get(c.getKey())))) {
                return false;
            }
        }
        for (Map.Entry<String, String> c : d.skipIf().entrySet()) {
            if (combination.containsKey(c.getKey())
                    && List.of(c.getValue().split("\\|", -1)).contains(CostFormat.value(combination.get(c.getKey())))) {
                return false;
            }
        }
        return true;
    }

    private static Map<String, Object> nonNull(Map<String, Object> m) {
        Map<String, Object> out = new HashMap<>();
        m.forEach((k, v) -> {
            if (v != null) {
                out.put(k, v);
            }
        });
        return out;
    }

    /** The names the dimension's key templates refer to, each with the table it is read through (or null). */
    private static Map<String, String> referenced(ServicePricing.Dimension d) {
        Map<String, String> names = new java.util.LinkedHashMap<>();
        for (Map<String, String> templates : List.of(d.filters(), d.match())) {
            for (String t : templates.values()) {
                Matcher m = REF.matcher(t);
                while (m.find()) {
                    names.merge(m.group(1), m.group(2) == null ? "" : m.group(2), (a, b) -> a.isEmpty() ? b : a);
                }
            }
        }
        return names;
    }

    private static List<Map<String, Object>> combinations(PaletteEntry entry, ServicePricing pricing, Map<String, String> names) {
        List<Map<String, Object>> out = new ArrayList<>();
        out.add(new HashMap<>());
        for (Map.Entry<String, String> name : names.entrySet()) {
            PropertySpec spec = entry.property(name.getKey()).orElse(null);
            // a name the estimator works out (the edge geography) takes every value its table knows
            List<Object> candidates = spec == null && pricing.values().containsKey(name.getValue())
                    ? List.copyOf(pricing.values().get(name.getValue()).keySet()) : candidates(spec);
            List<Map<String, Object>> next = new ArrayList<>();
            for (Map<String, Object> partial : out) {
                for (Object c : candidates) {
                    if (next.size() >= MAX_COMBINATIONS) {
                        break;
                    }
                    Map<String, Object> m = new HashMap<>(partial);
                    m.put(name.getKey(), c);
                    next.add(m);
                }
            }
            out = next;
        }
        return out;
    }

    private static List<Object> candidates(PropertySpec spec) {
        if (spec == null) {
            return java.util.Collections.singletonList(null);
        }
        if (spec.type() == PropertyType.CHOICE && !spec.values().isEmpty()) {
            return List.copyOf(spec.values());
        }
        if (spec.type() == PropertyType.BOOLEAN) {
            return List.of(true, false);
        }
        return java.util.Collections.singletonList(spec.defaultValue());
    }
}
