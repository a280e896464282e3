package com.cloudwright.cost;

import com.cloudwright.palette.Localized;
import com.cloudwright.palette.PaletteEntry;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How one palette service is priced, read from its entry's {@code pricing} map (which
 * {@code palettes/pricing.json} fills): its dimensions, the translation tables of its templates,
 * or why it is free, or that it is priced through its members (an Auto Scaling group), or why
 * Cloudwright cannot price it ({@code unpriced}: billed, but not at an on-demand list price).
 */
public record ServicePricing(String paletteId, List<Dimension> dimensions, Map<String, Map<String, String>> values,
                             String free, Members members, List<String> usage, String note, Localized texts,
                             String unpriced) {

    /** By identity: a record's hashCode would walk the whole pricing map on every look-up. */
    private static final Map<PaletteEntry, ServicePricing> CACHE =
            java.util.Collections.synchronizedMap(new java.util.IdentityHashMap<>());

    /** An overlay group priced as {@code count} × its members (of the given types). */
    public record Members(String count, List<String> types) {
    }

    /**
     * One priced dimension of a service.
     *
     * @param per    how many Price List units make one shown unit (1M requests: 1000000)
     * @param onlyIf the dimension applies only when these properties have these values
     * @param skipIf the dimension does not apply when any of these properties has its value
     * @param texts  translations of the description (a template with the same placeholders) and unit
     */
    public record Dimension(String id, String description, String service, Map<String, String> filters,
                            Map<String, String> match, String unit, double per, Expr quantity, Expr when,
                            boolean global, String regionField, Map<String, String> onlyIf,
                            Map<String, String> skipIf, Localized texts) {

        /** The description template in the current language. */
        public String displayDescription() {
            return texts.display("description", description);
        }

        /** The unit shown, in the current language ("GB-month" → "GB-월"). */
        public String displayUnit() {
            return texts.display("unit", unit);
        }
    }

    /** Why the service costs nothing, in the current language, or null when it is not free. */
    public String displayFree() {
        return free == null ? null : texts.display("free", free);
    }

    /** Why Cloudwright cannot price the service, in the current language, or null. */
    public String displayUnpriced() {
        return unpriced == null ? null : texts.display("unpriced", unpriced);
    }

    /** The pricing note in the current language, or null. */
    public String displayNote() {
        return note == null ? null : texts.display("note", note);
    }

    /** The pricing of an entry, or null when the palette says nothing about its price. */
    public static ServicePricing of(PaletteEntry entry) {
        if (entry.pricing().isEmpty()) {
            return null;
        }
        ServicePricing cached = CACHE.get(entry);
        if (cached == null) {
            cached = parse(entry);
            CACHE.put(entry, cached);
        }
        return cached;
    }

    public boolean priced() {
        return !dimensions.isEmpty() || members != null;
    }

    @SuppressWarnings("unchecked")
    private static ServicePricing parse(PaletteEntry entry) {
        Map<String, Object> p = entry.pricing();
        List<Dimension> dims = new ArrayList<>();
        for (Object o : list(p.get("dimensions"))) {
            Map<String, Object> d = (Map<String, Object>) o;
            String at = "pricing of '" + entry.id() + "', dimension '" + d.get("id") + "'";
            dims.add(new Dimension((String) d.get("id"), (String) d.get("description"), (String) d.get("service"),
                    strings(d.get("filters")), strings(d.get("match")), (String) d.get("unit"),
                    d.get("per") instanceof Number n ? n.doubleValue() : 1.0,
                    expr((String) d.get("quantity"), at), d.get("when") == null ? null : expr((String) d.get("when"), at),
                    Boolean.TRUE.equals(d.get("global")), (String) d.get("regionField"), strings(d.get("onlyIf")),
                    strings(d.get("skipIf")), Localized.of(d)));
        }
        Map<String, Map<String, String>> values = new LinkedHashMap<>();
        if (p.get("values") instanceof Map<?, ?> v) {
            v.forEach((k, table) -> values.put(k.toString(), strings(table)));
        }
        Members members = null;
        if (p.get("members") instanceof Map<?, ?> m) {
            members = new Members(String.valueOf(m.get("count")),
                    list(m.get("types")).stream().map(Object::toString).toList());
        }
        List<String> usage = list(p.get("usage")).stream().map(Object::toString).toList();
        return new ServicePricing(entry.id(), List.copyOf(dims), Map.copyOf(values), (String) p.get("free"), members,
                usage, (String) p.get("note"), Localized.of(p), (String) p.get("unpriced"));
    }

    private static Expr expr(String text, String at) {
        try {
            return Expr.parse(text);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(at + ": " + e.getMessage(), e);
        }
    }

    private static List<?> list(Object o) {
        return o instanceof List<?> l ? l : List.of();
    }

    private static Map<String, String> strings(Object o) {
        Map<String, String> out = new LinkedHashMap<>();
        if (o instanceof Map<?, ?> m) {
            m.forEach((k, v) -> out.put(k.toString(), String.valueOf(v)));
        }
        return out;
    }
}
