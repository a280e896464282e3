package com.cloudwright.cost.offers;

import com.cloudwright.cost.PriceKey;
import com.cloudwright.cost.PriceSource;
import com.cloudwright.cost.PriceSources;
import com.cloudwright.cost.SnapshotKeys;
import com.cloudwright.cost.SnapshotPriceSource;
import com.cloudwright.palette.Palette;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
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

    /**
     * What to download for a diagram: the keys it prices, and every other key of the palette for the
     * same services (so that changing an instance type or a storage class still finds its price).
     */
    public static List<PriceKey> keysFor(Palette palette, Collection<PriceKey> diagramKeys) {
        Set<PriceKey> own = new LinkedHashSet<>(diagramKeys);
        Set<String> services = new LinkedHashSet<>();
        own.forEach(k -> services.add(k.service()));
        List<PriceKey> out = new ArrayList<>(own);
        SnapshotKeys.enumerate(palette).stream().filter(k -> services.contains(k.service()) && !own.contains(k))
                .forEach(out::add);
        return out;
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
