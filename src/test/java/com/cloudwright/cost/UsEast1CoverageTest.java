package com.cloudwright.cost;

import com.cloudwright.palette.Palette;
import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * us-east-1 prices every product the palette can ask for (every instance type, DB class, node type
 * and dimension), or build.json says which ones no public, dated source prices and why.
 */
class UsEast1CoverageTest {

    @Test
    void everyProductIsPricedInUsEast1OrItsGapIsExplained() {
        PriceSnapshot snapshot = PriceSnapshot.bundled();
        Map<String, PriceSnapshot.Entry> byKey = snapshot.byKey();
        Map<String, String> unsourced = UnsourcedPrices.in("us-east-1");
        Set<String> unexplained = new TreeSet<>();
        Set<String> explainedGaps = new TreeSet<>();
        int priced = 0;
        for (SnapshotKeys.PricedProduct p : SnapshotKeys.products(Palette.bundled())) {
            String region = p.key().global() ? PriceRequest.GLOBAL : "us-east-1";
            PriceSnapshot.Entry e = byKey.get(p.key().canonical());
            PriceSnapshot.Figure f = e == null ? null : e.regions().get(region);
            String figure = p.entry().id() + "." + p.dimension().id();
            if (f != null && f.price() != null) {
                priced++;
            } else if (unsourced.containsKey(figure)) {
                explainedGaps.add(figure);
            } else {
                unexplained.add(figure + new java.util.TreeMap<>(p.properties()));
            }
        }
        assertThat(unexplained).as("products without a us-east-1 price and without a reason in cost/figures/build.json")
                .isEmpty();
        assertThat(unsourced.keySet()).as("unsourced entries that no longer match an unpriced product: remove them")
                .isSubsetOf(explainedGaps);
        assertThat(unsourced.values()).allSatisfy(reason -> assertThat(reason).isNotBlank());
        assertThat(priced).isGreaterThan(600);
    }

    @Test
    void everyLinuxInstanceTypeOfThePaletteIsPricedInUsEast1() {
        CostEstimator estimator = new CostEstimator(Palette.bundled());
        SnapshotPriceSource source = SnapshotPriceSource.bundled();
        for (String type : Palette.bundled().require("ec2").property("instanceType").orElseThrow().values()) {
            PriceKey key = estimator.key("ec2", "instance", Map.of("instanceType", type)).orElseThrow();
            assertThat(source.lookup(new PriceRequest(key, "us-east-1"))).as(type).isInstanceOf(PriceResult.Found.class);
        }
    }
}
