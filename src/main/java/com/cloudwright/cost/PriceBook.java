package com.cloudwright.cost;

import com.cloudwright.palette.Palette;
import com.cloudwright.palette.PropertySpec;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a snapshot prices, in the palette's words: per palette service, each product it can ask for
 * ("RDS MySQL db.t3.micro Single-AZ") with its price in each Region and where that price comes from
 * (source and the date it was current). Products no source prices in a Region are counted, not listed.
 */
public final class PriceBook {

    /**
     * One price.
     *
     * @param unitPrice the price of one shown unit ({@code unit}: "1M requests", "instance-hours"); the first
     *                  tier's when the price is tiered
     * @param source    the source's title, or the figure's own description (a SKU)
     * @param url       where the source can be read, or null
     * @param asOf      the date the source's prices were current, or null when unknown
     */
    public record Row(String service, String serviceLabel, String dimension, String product, String region,
                      BigDecimal unitPrice, String unit, boolean tiered, String sourceId, String source, String url,
                      String asOf, PriceKey key) {
    }

    /** The rows, and per Region how many of the products asked for have no figure there. */
    public record Listing(List<Row> rows, Map<String, Integer> unpricedByRegion) {
    }

    private PriceBook() {
    }

    /**
     * @param region  one Region (or "global"), or null for every Region of the snapshot
     * @param service one palette service id, or null for all (a product several services ask for is listed once)
     */
    public static Listing list(Palette palette, PriceSnapshot snapshot, String region, String service) {
        Map<String, PriceSnapshot.Entry> byKey = snapshot.byKey();
        List<String> regions = region != null ? List.of(region) : List.copyOf(snapshot.regions().keySet());
        List<Row> rows = new ArrayList<>();
        Map<String, Integer> unpriced = new java.util.LinkedHashMap<>();
        Set<String> seen = new HashSet<>();
        for (SnapshotKeys.PricedProduct p : SnapshotKeys.products(palette)) {
            if (service != null && !p.entry().id().equals(service)) {
                continue;
            }
            for (String r : regions) {
                if (p.key().global() != PriceRequest.GLOBAL.equals(r) || !seen.add(p.key().canonical() + "@" + r)) {
                    continue;
                }
                PriceSnapshot.Entry e = byKey.get(p.key().canonical());
                PriceSnapshot.Figure f = e == null ? null : e.regions().get(r);
                if (f == null || f.price() == null) {
                    unpriced.merge(r, 1, Integer::sum);
                    continue;
                }
                PriceSnapshot.Source s = f.source() == null ? null : snapshot.sources().get(f.source());
                rows.add(new Row(p.entry().id(), p.entry().displayLabel(), p.dimension().id(), describe(p), r,
                        f.price().firstRate().multiply(BigDecimal.valueOf(p.dimension().per())).stripTrailingZeros(),
                        p.dimension().displayUnit(), f.price().tiered(), s == null ? null : f.source(),
                        snapshot.sourceTitle(f), s == null ? null : s.url(), f.asOf(), p.key()));
            }
        }
        return new Listing(rows, unpriced);
    }

    private static String describe(SnapshotKeys.PricedProduct p) {
        ServicePricing pricing = ServicePricing.of(p.entry());
        java.util.function.Function<String, Object> values = name -> p.properties().containsKey(name)
                ? p.properties().get(name) : p.entry().property(name).map(PropertySpec::defaultValue).orElse(null);
        try {
            return Template.describe(p.dimension().displayDescription(), values, pricing.values());
        } catch (Template.Unresolved e) {
            return p.dimension().displayDescription();
        }
    }
}
