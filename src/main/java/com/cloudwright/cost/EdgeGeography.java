package com.cloudwright.cost;

import java.util.List;
import java.util.Map;

/**
 * Where a CloudFront distribution's viewers are served from, as one of the Price List's edge
 * geographies (US, EU, JP …): the one its {@code viewerLocation} names, or for {@code auto} the
 * geography of the Region the diagram is drawn in (table {@code regionEdge}); a geography its price
 * class does not serve is served, and priced, at the first one the class lists (table
 * {@code priceClassEdges}: "US|EU" for PriceClass_100).
 */
final class EdgeGeography {

    static final String AUTO = "auto";
    static final String PROPERTY = "viewerEdge";
    private static final String FALLBACK = "US";

    private EdgeGeography() {
    }

    static String of(ServicePricing pricing, Object viewerLocation, Object priceClass, String region) {
        Map<String, String> byRegion = pricing.values().getOrDefault("regionEdge", Map.of());
        String wanted = viewerLocation == null || AUTO.equals(String.valueOf(viewerLocation))
                ? byRegion.getOrDefault(region, FALLBACK) : String.valueOf(viewerLocation);
        String served = priceClass == null ? null
                : pricing.values().getOrDefault("priceClassEdges", Map.of()).get(String.valueOf(priceClass));
        if (served == null || served.isBlank()) {
            return wanted;
        }
        List<String> edges = List.of(served.split("\\|"));
        return edges.contains(wanted) ? wanted : edges.get(0);
    }
}
