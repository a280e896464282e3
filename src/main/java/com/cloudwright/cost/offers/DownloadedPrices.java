package com.cloudwright.cost.offers;

import com.cloudwright.cost.PriceSource;
import com.cloudwright.cost.PriceSources;
import com.cloudwright.cost.SnapshotPriceSource;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The price sources that include what {@code prices refresh} downloaded: offline (downloaded
 * prices, else the snapshot) and live (the Query API, else the same offline prices), and the
 * Regions that have prices at all.
 */
public final class DownloadedPrices {

    private DownloadedPrices() {
    }

    /** Downloaded prices in the standard cache folder, else {@code snapshot}'s. */
    public static PriceSource offline(SnapshotPriceSource snapshot) {
        return offline(OfferCache.standard(), snapshot);
    }

    public static PriceSource offline(OfferCache cache, SnapshotPriceSource snapshot) {
        return new DownloadedThenSnapshot(new OfferPriceSource(cache), snapshot, () -> !cache.isEmpty());
    }

    /** The live Query API, each price it cannot give from {@link #offline(SnapshotPriceSource)}. */
    public static PriceSource live(SnapshotPriceSource snapshot, Duration deadline) {
        return PriceSources.liveWithFallback(offline(snapshot), deadline);
    }

    /** The snapshot's Regions, then the Regions with downloaded prices that it lacks. */
    public static List<String> regions(OfferCache cache, SnapshotPriceSource snapshot) {
        List<String> out = new ArrayList<>(snapshot.regions());
        for (String r : new TreeSet<>(cache.regions())) {
            if (!out.contains(r)) {
                out.add(r);
            }
        }
        return out;
    }
}
