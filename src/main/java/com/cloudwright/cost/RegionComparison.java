package com.cloudwright.cost;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The same diagram priced in several regions, side by side. */
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

    /** The node's subtotal in a region (null when none of its lines has a price there). */
    public BigDecimal subtotal(String region, String nodeId) {
        NodeCost n = byRegion.get(region).node(nodeId);
        if (n == null || n.kind() != NodeCost.Kind.PRICED || n.lines().stream().noneMatch(LineItem::priced)) {
            return null;
        }
        return n.subtotal();
    }
}
