package com.cloudwright.cost;

import java.math.BigDecimal;
import java.util.List;

/**
 * One priced dimension of one node: quantity × unit price = monthly, in the unit shown (one shown
 * unit may be many Price List units: "1M requests"). When no price could be found,
 * {@code unitPrice} and {@code monthly} are null and {@code missing} says why — such a line is
 * never counted as zero.
 *
 * @param dimension   the dimension id in the palette's pricing data ("instance", "storage" …)
 * @param origin      where the price came from (null when missing)
 * @param tiered      the monthly figure walks volume tiers; unitPrice is the first tier's rate
 */
public record LineItem(String nodeId, String dimension, String description, BigDecimal quantity, String unit,
                       BigDecimal unitPrice, BigDecimal monthly, List<Assumption> assumptions, PriceOrigin origin,
                       boolean tiered, String missing) {

    public LineItem {
        assumptions = List.copyOf(assumptions);
    }

    public boolean priced() {
        return monthly != null;
    }
}
