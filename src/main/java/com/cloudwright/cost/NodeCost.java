package com.cloudwright.cost;

import java.math.BigDecimal;
import java.util.List;

/**
 * A node's part of the estimate: its line items and the usage assumptions a user may edit, or,
 * when it is not priced, why ({@code unpriced}: "free: IAM is free", "no price data for AWS Glue",
 * "priced with Auto Scaling group web-asg").
 *
 * @param service     the palette label ("Amazon EC2")
 * @param category    the palette category, for grouping by service kind
 * @param assumptions every usage property of the node (and, for a group, of the member it is priced from)
 * @param subtotal    the sum of the priced lines
 */
public record NodeCost(String nodeId, String label, String type, String service, String category,
                       List<LineItem> lines, List<Assumption> assumptions, BigDecimal subtotal, String unpriced,
                       Kind kind) {

    /** Why a node is, or is not, in the total. */
    public enum Kind {
        /** Has line items (some may still lack a price). */
        PRICED,
        /** Free, or not a billed resource. */
        FREE,
        /** Priced as part of another node (an Auto Scaling group's member). */
        INCLUDED,
        /** Costs money, but Cloudwright has no price data for it. */
        NO_PRICE_DATA
    }

    public NodeCost {
        lines = List.copyOf(lines);
        assumptions = List.copyOf(assumptions);
    }

    /** Lines without a price: the total leaves them out. */
    public boolean incomplete() {
        return lines.stream().anyMatch(l -> !l.priced());
    }
}
