package com.cloudwright.cost;

import java.util.Map;

/** A Price List product as far as pricing needs it: its attributes and its on-demand price (null if none). */
record Product(String sku, Map<String, String> attributes, Price onDemand) {

    Product {
        attributes = Map.copyOf(attributes);
    }
}
