package com.cloudwright.cost;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Descriptions and price keys already worked out in this plan, per dimension and values of the
 * properties its templates name: a diagram repeats the same few configurations many times.
 */
final class PlanMemo {
    /** What the drawing says about each node's traffic. */
    final DrawingFacts facts;

    PlanMemo(DrawingFacts facts) {
        this.facts = facts;
    }

    private static final java.util.regex.Pattern REF = java.util.regex.Pattern.compile("\\{([A-Za-z0-9_]+)");
    private final Map<ServicePricing.Dimension, List<String>> names = new java.util.IdentityHashMap<>();
    private final Map<ServicePricing.Dimension, Map<List<Object>, Resolved>> resolved = new java.util.IdentityHashMap<>();

    record Resolved(String description, PriceKey key, String missing) {
    }

    List<Object> signature(ServicePricing.Dimension d, java.util.function.Function<String, Object> values) {
        List<String> refs = names.computeIfAbsent(d, dim -> {
            java.util.Set<String> out = new java.util.LinkedHashSet<>();
            List<String> templates = new ArrayList<>(dim.filters().values());
            templates.addAll(dim.match().values());
            templates.add(dim.description());
            templates.addAll(dim.texts().all("description"));
            for (String t : templates) {
                java.util.regex.Matcher m = REF.matcher(t);
                while (m.find()) {
                    out.add(m.group(1));
                }
            }
            return List.copyOf(out);
        });
        List<Object> sig = new ArrayList<>(refs.size());
        for (String name : refs) {
            sig.add(values.apply(name));
        }
        return sig;
    }

    Map<List<Object>, Resolved> of(ServicePricing.Dimension d) {
        return resolved.computeIfAbsent(d, x -> new java.util.HashMap<>());
    }
}
