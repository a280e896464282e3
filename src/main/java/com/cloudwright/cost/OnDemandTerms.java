package com.cloudwright.cost;

import com.fasterxml.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The on-demand price of one product from its {@code terms.OnDemand} entry, which the Query API
 * and the bulk offer files share: {@code {"SKU.TERM": {"priceDimensions": {"SKU.TERM.RATE":
 * {"beginRange", "endRange", "unit", "pricePerUnit": {"USD": "0.0520000000"}}}}}}. Tiers are ordered
 * by {@code beginRange}; the first offer term is taken (a product has one on-demand term).
 */
public final class OnDemandTerms {

    private OnDemandTerms() {
    }

    /**
     * @param termsOfSku the object keyed by offer term code, or a missing node
     * @return the price, or null when there is no on-demand term
     * @throws IllegalArgumentException when a dimension has no USD price or a range is not a number
     */
    public static Price price(JsonNode termsOfSku) {
        var terms = termsOfSku.elements();
        if (!terms.hasNext()) {
            return null;
        }
        JsonNode term = terms.next();
        List<Price.Tier> tiers = new ArrayList<>();
        String unit = null;
        for (JsonNode dim : term.path("priceDimensions")) {
            JsonNode usd = dim.path("pricePerUnit").path("USD");
            if (!usd.isTextual()) {
                throw new IllegalArgumentException("price dimension without a USD price");
            }
            BigDecimal from = decimal(dim.path("beginRange").asText("0"), BigDecimal.ZERO);
            String end = dim.path("endRange").asText("Inf");
            BigDecimal to = "Inf".equals(end) ? null : decimal(end, null);
            tiers.add(new Price.Tier(from, to, decimal(usd.asText(), null)));
            unit = dim.path("unit").asText(unit);
        }
        if (tiers.isEmpty()) {
            throw new IllegalArgumentException("on-demand term without price dimensions");
        }
        tiers.sort(Comparator.comparing(Price.Tier::from));
        return new Price(unit, tiers);
    }

    private static BigDecimal decimal(String text, BigDecimal fallback) {
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            if (fallback != null) {
                return fallback;
            }
            throw new IllegalArgumentException("'" + text + "' is not a number");
        }
    }
}
