package com.cloudwright.cost;

import java.util.Map;

/**
 * A Price List product as far as pricing needs it: its attributes ({@code productFamily} among
 * them) and its on-demand price (null if none).
 */
public record Product(String sku, Map<String, String> attributes, Price onDemand) {

    public Product {
        attributes = Map.copyOf(attributes);
    }
}
