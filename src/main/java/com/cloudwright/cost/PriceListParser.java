package com.cloudwright.cost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads one element of a GetProducts {@code PriceList} (a JSON document in a string): the product
 * attributes and the on-demand price at {@code terms.OnDemand.*.priceDimensions.*.pricePerUnit.USD},
 * tiers ordered by {@code beginRange}.
 */
final class PriceListParser {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PriceListParser() {
    }

    /** @throws IllegalArgumentException when the element is not a product document */
    static Product parse(String element) {
        JsonNode root;
        try {
            root = JSON.readTree(element);
        } catch (IOException e) {
            throw new IllegalArgumentException("not JSON");
        }
        if (root == null || !root.path("product").isObject()) {
            throw new IllegalArgumentException("no product");
        }
        JsonNode product = root.get("product");
        Map<String, String> attributes = new LinkedHashMap<>();
        product.path("attributes").fields().forEachRemaining(e -> attributes.put(e.getKey(), e.getValue().asText()));
        if (product.hasNonNull("productFamily")) {
            attributes.put("productFamily", product.get("productFamily").asText());
        }
        String sku = product.path("sku").asText("");
        JsonNode onDemand = root.path("terms").path("OnDemand");
        if (!root.path("terms").isObject()) {
            throw new IllegalArgumentException("no terms");
        }
        Price price = null;
        var terms = onDemand.elements();
        if (terms.hasNext()) {
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
            price = new Price(unit, tiers);
        }
        return new Product(sku, attributes, price);
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
