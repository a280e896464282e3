package com.cloudwright.cost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.util.LinkedHashMap;
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
        Price price = OnDemandTerms.price(onDemand);
        return new Product(sku, attributes, price);
    }
}
