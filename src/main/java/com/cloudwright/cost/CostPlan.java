package com.cloudwright.cost;

import com.cloudwright.i18n.Bundle;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * What an estimate needs from a diagram, taken in one quick pass on the thread that owns the
 * diagram (see {@link CostEstimator#plan}): the nodes, their quantities, assumptions and the
 * prices to look up. Immutable, so {@link #price} can run on a background thread while the
 * diagram keeps changing.
 */
public final class CostPlan {

    private static final Bundle TEXT = Bundle.withRootNumbers("com.cloudwright.cost.messages");

    /** A line before pricing: the quantity in Price List units and the price to look up. */
    record PlannedLine(String nodeId, String dimension, String description, double apiQuantity, double per,
                       String unit, PriceRequest request, List<Assumption> assumptions, String missing) {
    }

    /** A node before pricing. */
    record PlannedNode(String nodeId, String label, String type, String service, String category,
                       List<PlannedLine> lines, List<Assumption> assumptions, String unpriced, NodeCost.Kind kind) {
    }

    private final String diagramName;
    private final String region;
    private final List<PlannedNode> nodes;

    CostPlan(String diagramName, String region, List<PlannedNode> nodes) {
        this.diagramName = diagramName;
        this.region = Objects.requireNonNull(region, "region");
        this.nodes = List.copyOf(nodes);
    }

    public String region() {
        return region;
    }

    /** The distinct prices the estimate needs. */
    public Set<PriceRequest> requests() {
        Set<PriceRequest> out = new LinkedHashSet<>();
        for (PlannedNode n : nodes) {
            for (PlannedLine l : n.lines()) {
                if (l.request() != null) {
                    out.add(l.request());
                }
            }
        }
        return out;
    }

    /** Looks the prices up and computes the estimate. May block on the network with a live source. */
    public CostEstimate price(PriceSource source, Cancellation cancellation) {
        Map<PriceRequest, PriceResult> prices = source.prices(requests(), cancellation);
        cancellation.check();
        List<NodeCost> out = new ArrayList<>(nodes.size());
        BigDecimal total = BigDecimal.ZERO;
        int fallbacks = 0;
        int missing = 0;
        for (PlannedNode n : nodes) {
            List<LineItem> lines = new ArrayList<>(n.lines().size());
            BigDecimal subtotal = BigDecimal.ZERO;
            for (PlannedLine l : n.lines()) {
                LineItem item = lineItem(l, l.request() == null ? null : prices.get(l.request()));
                if (item.priced()) {
                    subtotal = subtotal.add(item.monthly());
                    if (item.origin().fallback() != null) {
                        fallbacks++;
                    }
                } else {
                    missing++;
                }
                lines.add(item);
            }
            total = total.add(subtotal);
            out.add(new NodeCost(n.nodeId(), n.label(), n.type(), n.service(), n.category(), lines, n.assumptions(),
                    money(subtotal), n.unpriced(), n.kind()));
        }
        List<String> notes = new ArrayList<>();
        notes.add(TEXT.get("note.basis", CostEstimate.HOURS_PER_MONTH));
        notes.add(TEXT.get("note.freeTier"));
        if (fallbacks > 0) {
            notes.add(TEXT.get("note.fallback", fallbacks));
        }
        if (missing > 0) {
            notes.add(TEXT.get("note.missing", missing));
        }
        long noData = out.stream().filter(n -> n.kind() == NodeCost.Kind.NO_PRICE_DATA).count();
        if (noData > 0) {
            notes.add(TEXT.get("note.noData", noData));
        }
        return new CostEstimate(diagramName, region, CostEstimate.USD, source.describe(), out, money(total), notes);
    }

    private static LineItem lineItem(PlannedLine l, PriceResult result) {
        BigDecimal per = BigDecimal.valueOf(l.per());
        BigDecimal apiQuantity = BigDecimal.valueOf(l.apiQuantity());
        BigDecimal shown = quantity(apiQuantity.divide(per, 12, RoundingMode.HALF_UP));
        if (l.missing() != null || result == null) {
            return new LineItem(l.nodeId(), l.dimension(), l.description(), shown, l.unit(), null, null, l.assumptions(),
                    null, false, l.missing() != null ? l.missing() : TEXT.get("missing.noAnswer"));
        }
        if (result instanceof PriceResult.Missing m) {
            return new LineItem(l.nodeId(), l.dimension(), l.description(), shown, l.unit(), null, null, l.assumptions(),
                    null, false, m.reason());
        }
        PriceResult.Found found = (PriceResult.Found) result;
        Price price = found.price();
        BigDecimal unitPrice = price.firstRate().multiply(per).stripTrailingZeros();
        BigDecimal monthly = money(price.cost(apiQuantity));
        return new LineItem(l.nodeId(), l.dimension(), l.description(), shown, l.unit(), unitPrice, monthly,
                l.assumptions(), found.origin(), price.tiered(), null);
    }

    /** Money keeps six decimals (exact for list prices × whole quantities), trailing zeros dropped. */
    static BigDecimal money(BigDecimal v) {
        BigDecimal r = v.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
        return r.signum() == 0 ? BigDecimal.ZERO : r;
    }

    static BigDecimal quantity(BigDecimal v) {
        BigDecimal r = v.setScale(6, RoundingMode.HALF_UP).stripTrailingZeros();
        return r.signum() == 0 ? BigDecimal.ZERO : r;
    }

    int size() {
        return nodes.size();
    }
}
