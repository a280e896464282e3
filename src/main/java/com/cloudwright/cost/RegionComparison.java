package com.cloudwright.cost;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The same diagram priced in several regions, side by side, in the order given; {@link #rankedByTotal()}
 * ranks them to help choose.
 */
public record RegionComparison(List<String> regions, Map<String, CostEstimate> byRegion) {

    public RegionComparison {
        regions = List.copyOf(regions);
        byRegion = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(byRegion));
    }

    public CostEstimate estimate(String region) {
        return byRegion.get(region);
    }

    public Map<String, BigDecimal> totals() {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        regions.forEach(r -> out.put(r, byRegion.get(r).total()));
        return out;
    }

    /** Lines that have no price in a region (their cost is not in its total). */
    public int unpricedLines(String region) {
        return byRegion.get(region).missingLines().size();
    }

    /**
     * The same comparison ranked to help choose: by the number of lines without a price (a total with
     * unpriced lines is a lower bound, so it cannot rank among totals that price more), then by
     * total, cheapest first; ties by Region code.
     */
    public RegionComparison rankedByTotal() {
        List<String> order = new java.util.ArrayList<>(regions);
        order.sort(java.util.Comparator.comparingInt(this::unpricedLines)
                .thenComparing(r -> byRegion.get(r).total()).thenComparing(r -> r));
        return new RegionComparison(order, byRegion);
    }

    /** The node's subtotal in a region (null when none of its lines has a price there). */
    public BigDecimal subtotal(String region, String nodeId) {
        NodeCost n = byRegion.get(region).node(nodeId);
        if (n == null || n.kind() != NodeCost.Kind.PRICED || n.lines().stream().noneMatch(LineItem::priced)) {
            return null;
        }
        return n.subtotal();
    }
}
