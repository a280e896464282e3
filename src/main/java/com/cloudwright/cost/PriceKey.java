package com.cloudwright.cost;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Which Price List product a price comes from, independent of the region: the service code, the
 * TERM_MATCH filters sent to the Price List Query API, and the patterns the returned products
 * must match ({@code *X}: ends with X, {@code X*}: starts with X, else equal).
 *
 * @param regionField the product attribute that names the region ({@code regionCode}, or
 *                    {@code fromRegionCode} for data transfer)
 * @param global      priced the same everywhere (CloudFront, Route 53): no region filter
 */
public record PriceKey(String service, Map<String, String> filters, Map<String, String> match, String regionField,
                       boolean global) {

    public static final String REGION_CODE = "regionCode";

    public PriceKey {
        Objects.requireNonNull(service, "service");
        filters = Collections.unmodifiableMap(new TreeMap<>(filters == null ? Map.of() : filters));
        match = Collections.unmodifiableMap(new TreeMap<>(match == null ? Map.of() : match));
        regionField = regionField == null ? REGION_CODE : regionField;
    }

    /** One stable line naming the product, used as the key in snapshots and caches. */
    public String canonical() {
        StringBuilder sb = new StringBuilder(service);
        filters.forEach((k, v) -> sb.append('|').append(k).append('=').append(v));
        match.forEach((k, v) -> sb.append("|~").append(k).append('=').append(v));
        if (global) {
            sb.append("|global");
        } else if (!REGION_CODE.equals(regionField)) {
            sb.append("|@").append(regionField);
        }
        return sb.toString();
    }

    /** Whether a product's attributes satisfy the match patterns. */
    public boolean matches(Map<String, String> attributes) {
        for (Map.Entry<String, String> m : match.entrySet()) {
            if (!patternMatches(m.getValue(), attributes.get(m.getKey()))) {
                return false;
            }
        }
        return true;
    }

    static boolean patternMatches(String pattern, String value) {
        if (value == null) {
            return false;
        }
        if (pattern.length() > 1 && pattern.startsWith("*")) {
            return value.endsWith(pattern.substring(1));
        }
        if (pattern.length() > 1 && pattern.endsWith("*")) {
            return value.startsWith(pattern.substring(0, pattern.length() - 1));
        }
        return value.equals(pattern);
    }

    @Override
    public String toString() {
        return canonical();
    }
}
