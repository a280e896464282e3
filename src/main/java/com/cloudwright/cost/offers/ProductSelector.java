package com.cloudwright.cost.offers;

import com.cloudwright.cost.PriceKey;
import com.cloudwright.cost.ProductChoice;

import java.util.List;
import java.util.Map;

/**
 * Which products of one offer file to keep: those that some price key accepts in the Region (its
 * filters equal, its patterns match, its region attribute the Region's). Everything else in the
 * file is read past and forgotten.
 */
final class ProductSelector {

    private final String region;
    private final List<PriceKey> keys;

    ProductSelector(String region, List<PriceKey> keys) {
        this.region = region;
        this.keys = List.copyOf(keys);
    }

    List<PriceKey> keys() {
        return keys;
    }

    String region() {
        return region;
    }

    boolean wants(Map<String, String> attributes) {
        for (PriceKey k : keys) {
            if (ProductChoice.filtersAccept(k, region, attributes) && k.matches(attributes, region)) {
                return true;
            }
        }
        return false;
    }
}
