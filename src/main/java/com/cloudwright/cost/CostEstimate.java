package com.cloudwright.cost;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The monthly estimate of a diagram in one region: nodes with their line items, nodes that are
 * not priced and why, the total of the priced lines, and notes (free tier ignored, prices that
 * fell back to the snapshot …).
 *
 * @param priceSource how the prices were obtained ("bundled snapshot, as of 2026-08-20")
 * @param nodes       every node of the diagram, in diagram order
 */
public record CostEstimate(String diagramName, String region, String currency, String priceSource,
                           List<NodeCost> nodes, BigDecimal total, List<String> notes) {

    public static final String USD = "USD";
    public static final int HOURS_PER_MONTH = 730;

    public CostEstimate {
        nodes = List.copyOf(nodes);
        notes = List.copyOf(notes);
    }

    /** Every line item, priced or not, in node order. */
    public List<LineItem> lines() {
        List<LineItem> out = new ArrayList<>();
        nodes.forEach(n -> out.addAll(n.lines()));
        return out;
    }

    public List<LineItem> pricedLines() {
        return lines().stream().filter(LineItem::priced).toList();
    }

    /** Lines that could not be priced (their cost is not in the total). */
    public List<LineItem> missingLines() {
        return lines().stream().filter(l -> !l.priced()).toList();
    }

    public List<NodeCost> pricedNodes() {
        return nodes.stream().filter(n -> n.kind() == NodeCost.Kind.PRICED).toList();
    }

    /** Nodes outside the total: free, included in another node, or without price data. */
    public List<NodeCost> unpricedNodes() {
        return nodes.stream().filter(n -> n.kind() != NodeCost.Kind.PRICED).toList();
    }

    public NodeCost node(String id) {
        return nodes.stream().filter(n -> n.nodeId().equals(id)).findFirst().orElse(null);
    }

    /** True when some line has no price, so the total is a lower bound. */
    public boolean incomplete() {
        return nodes.stream().anyMatch(n -> n.incomplete() || n.kind() == NodeCost.Kind.NO_PRICE_DATA);
    }

    /** Monthly totals per palette service label, largest first (for a "by service" view). */
    public Map<String, BigDecimal> totalsByService() {
        Map<String, BigDecimal> out = new LinkedHashMap<>();
        for (NodeCost n : pricedNodes()) {
            out.merge(n.service(), n.subtotal(), BigDecimal::add);
        }
        List<Map.Entry<String, BigDecimal>> sorted = new ArrayList<>(out.entrySet());
        sorted.sort((a, b) -> b.getValue().compareTo(a.getValue()));
        Map<String, BigDecimal> ordered = new LinkedHashMap<>();
        sorted.forEach(e -> ordered.put(e.getKey(), e.getValue()));
        return ordered;
    }
}
