package com.cloudwright.cost;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;

/**
 * Which of a set of Price List products prices a request: the ones with an on-demand price that
 * the key's filters and patterns accept in the region. Several matches are fine when they cost
 * the same (AWS lists some products twice); different rates make the answer ambiguous.
 */
public final class ProductChoice {

    /** The outcome: one product (the first by SKU), none, or several with different rates. */
    public sealed interface Outcome {
    }

    public record One(Product product) implements Outcome {
    }

    public record None() implements Outcome {
    }

    public record Ambiguous(int count) implements Outcome {
    }

    private ProductChoice() {
    }

    /**
     * @param checkFilters also require the key's filters (the Query API applied them already; a
     *                     bulk file did not) and the region attribute (unless the key is global)
     */
    public static Outcome pick(PriceKey key, String region, Collection<Product> products, boolean checkFilters) {
        List<Product> matching = new ArrayList<>();
        for (Product p : products) {
            if (p.onDemand() != null && (!checkFilters || filtersAccept(key, region, p))
                    && key.matches(p.attributes(), region)) {
                matching.add(p);
            }
        }
        if (matching.isEmpty()) {
            return new None();
        }
        matching.sort(Comparator.comparing(Product::sku));
        Price first = matching.get(0).onDemand();
        for (Product p : matching) {
            if (!sameRates(first, p.onDemand())) {
                return new Ambiguous(matching.size());
            }
        }
        return new One(matching.get(0));
    }

    /** The key's TERM_MATCH filters and, for a regional key, its region attribute. */
    public static boolean filtersAccept(PriceKey key, String region, Product p) {
        return filtersAccept(key, region, p.attributes());
    }

    public static boolean filtersAccept(PriceKey key, String region, java.util.Map<String, String> attributes) {
        for (var f : key.filters().entrySet()) {
            if (!f.getValue().equals(attributes.get(f.getKey()))) {
                return false;
            }
        }
        return key.global() || region.equals(attributes.get(key.regionField()));
    }

    static boolean sameRates(Price a, Price b) {
        if (a.tiers().size() != b.tiers().size()) {
            return false;
        }
        for (int i = 0; i < a.tiers().size(); i++) {
            if (a.tiers().get(i).usd().compareTo(b.tiers().get(i).usd()) != 0) {
                return false;
            }
        }
        return true;
    }
}
