package com.cloudwright.cost;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Which Price List product a price comes from, independent of the region: the service code, the
 * TERM_MATCH filters sent to the Price List Query API, and the patterns the returned products
 * must match ({@code *X}: ends with X, {@code X*}: starts with X, else equal). Equal keys have
 * equal {@link #canonical()} lines (computed once: estimates look keys up per line).
 */
public final class PriceKey {

    public static final String REGION_CODE = "regionCode";

    private final String service;
    private final Map<String, String> filters;
    private final Map<String, String> match;
    private final String regionField;
    private final boolean global;
    private final String canonical;

    /**
     * @param regionField the product attribute that names the region ({@code regionCode}, or
     *                    {@code fromRegionCode} for data transfer)
     * @param global      priced the same everywhere (CloudFront, Route 53): no region filter
     */
    public PriceKey(String service, Map<String, String> filters, Map<String, String> match, String regionField,
                    boolean global) {
        this.service = Objects.requireNonNull(service, "service");
        this.filters = Collections.unmodifiableMap(new TreeMap<>(filters == null ? Map.of() : filters));
        this.match = Collections.unmodifiableMap(new TreeMap<>(match == null ? Map.of() : match));
        this.regionField = regionField == null ? REGION_CODE : regionField;
        this.global = global;
        StringBuilder sb = new StringBuilder(service);
        this.filters.forEach((k, v) -> sb.append('|').append(k).append('=').append(v));
        this.match.forEach((k, v) -> sb.append("|~").append(k).append('=').append(v));
        if (global) {
            sb.append("|global");
        } else if (!REGION_CODE.equals(this.regionField)) {
            sb.append("|@").append(this.regionField);
        }
        this.canonical = sb.toString();
    }

    public String service() {
        return service;
    }

    public Map<String, String> filters() {
        return filters;
    }

    public Map<String, String> match() {
        return match;
    }

    public String regionField() {
        return regionField;
    }

    public boolean global() {
        return global;
    }

    /** One stable line naming the product, used as the key in snapshots and caches. */
    public String canonical() {
        return canonical;
    }

    /**
     * Whether a product's attributes satisfy the match patterns in a region. {@code *X} accepts X
     * itself or X after the region's usage-type prefix ({@code EU-X}, {@code APN2-X},
     * {@code USE1-X}) — not any text ending in X, which would also take {@code EU-Outposts-X} or
     * {@code RegionalNatGateway-Hours} for {@code NatGateway-Hours}. {@code X*} starts with X;
     * anything else must be equal.
     */
    public boolean matches(Map<String, String> attributes, String region) {
        for (Map.Entry<String, String> m : match.entrySet()) {
            if (!patternMatches(m.getValue(), attributes.get(m.getKey()), region)) {
                return false;
            }
        }
        return true;
    }

    static boolean patternMatches(String pattern, String value, String region) {
        if (value == null) {
            return false;
        }
        if (pattern.length() > 1 && pattern.startsWith("*")) {
            String tail = pattern.substring(1);
            if (value.equals(tail)) {
                return true;
            }
            if (!value.endsWith("-" + tail)) {
                return false;
            }
            String prefix = value.substring(0, value.length() - tail.length() - 1);
            String known = UsageTypePrefixes.of(region);
            return known != null ? prefix.equals(known) : prefix.matches("[A-Z]{2,4}[0-9]?");
        }
        if (pattern.length() > 1 && pattern.endsWith("*")) {
            return value.startsWith(pattern.substring(0, pattern.length() - 1));
        }
        return value.equals(pattern);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PriceKey k && k.canonical.equals(canonical);
    }

    @Override
    public int hashCode() {
        return canonical.hashCode();
    }

    @Override
    public String toString() {
        return canonical;
    }
}
