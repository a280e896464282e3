package com.cloudwright.cost.offers;

import com.cloudwright.cost.PriceKey;
import com.cloudwright.cost.ProductChoice;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Which products of one offer file to keep: those that some price key accepts in the Region (its
 * filters equal, its patterns match, its region attribute the Region's). Everything else in the
 * file is read past and forgotten. Keys that name an instance type are looked up by the product's
 * instance type, so that the hundreds of thousands of products of an EC2 file are each checked
 * against a few keys, not all of them.
 */
final class ProductSelector {

    static final String INSTANCE_TYPE = "instanceType";

    private final String region;
    private final List<PriceKey> keys;
    private final Map<String, List<PriceKey>> byInstanceType = new HashMap<>();
    private final List<PriceKey> others = new ArrayList<>();

    ProductSelector(String region, List<PriceKey> keys) {
        this.region = region;
        this.keys = List.copyOf(keys);
        for (PriceKey k : this.keys) {
            String type = k.filters().get(INSTANCE_TYPE);
            if (type == null) {
                others.add(k);
            } else {
                byInstanceType.computeIfAbsent(type, t -> new ArrayList<>()).add(k);
            }
        }
    }

    List<PriceKey> keys() {
        return keys;
    }

    String region() {
        return region;
    }

    boolean wants(Map<String, String> attributes) {
        String type = attributes.get(INSTANCE_TYPE);
        if (type != null && accepts(byInstanceType.getOrDefault(type, List.of()), attributes)) {
            return true;
        }
        return accepts(others, attributes);
    }

    private boolean accepts(List<PriceKey> candidates, Map<String, String> attributes) {
        for (PriceKey k : candidates) {
            if (ProductChoice.filtersAccept(k, region, attributes) && k.matches(attributes, region)) {
                return true;
            }
        }
        return false;
    }
}
