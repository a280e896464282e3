package com.cloudwright.cost;

import java.math.BigDecimal;
import java.util.List;
import java.util.Objects;

/**
 * An on-demand price in USD per Price List unit ({@code apiUnit}: "Hrs", "GB-Mo", "Requests" …),
 * flat or tiered. A free first tier (price 0 from 0) is dropped when the price is built: the free
 * tier is ignored, as the estimate says.
 */
public record Price(String apiUnit, List<Tier> tiers) {

    /** Usage from {@code from} up to {@code to} (null: no end) costs {@code usd} per unit. */
    public record Tier(BigDecimal from, BigDecimal to, BigDecimal usd) {
        public Tier {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(usd, "usd");
        }
    }

    public Price {
        Objects.requireNonNull(tiers, "tiers");
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("a price needs at least one tier");
        }
        tiers = withoutFreeTier(List.copyOf(tiers));
    }

    public static Price flat(BigDecimal usd, String apiUnit) {
        return new Price(apiUnit, List.of(new Tier(BigDecimal.ZERO, null, usd)));
    }

    /** The rate of the first tier: the unit price shown on a line. */
    public BigDecimal firstRate() {
        return tiers.get(0).usd();
    }

    public boolean tiered() {
        return tiers.size() > 1;
    }

    /** The cost of {@code quantity} units, walking the tiers. */
    public BigDecimal cost(BigDecimal quantity) {
        BigDecimal total = BigDecimal.ZERO;
        for (Tier t : tiers) {
            if (quantity.compareTo(t.from()) <= 0) {
                break;
            }
            BigDecimal upper = t.to() == null ? quantity : quantity.min(t.to());
            total = total.add(upper.subtract(t.from()).multiply(t.usd()));
        }
        return total;
    }

    private static List<Tier> withoutFreeTier(List<Tier> tiers) {
        if (tiers.size() > 1 && tiers.get(0).usd().signum() == 0 && tiers.get(0).from().signum() == 0) {
            List<Tier> rest = new java.util.ArrayList<>(tiers.subList(1, tiers.size()));
            Tier first = rest.get(0);
            rest.set(0, new Tier(BigDecimal.ZERO, first.to(), first.usd()));
            return List.copyOf(rest);
        }
        return tiers;
    }
}
