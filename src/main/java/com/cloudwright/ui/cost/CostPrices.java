package com.cloudwright.ui.cost;

import com.cloudwright.cost.PriceSource;
import com.cloudwright.cost.PriceSources;
import com.cloudwright.cost.SnapshotPriceSource;
import com.cloudwright.cost.offers.DownloadedPrices;
import com.cloudwright.cost.offers.OfferCache;
import com.cloudwright.palette.AwsRegions;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the Cost tab's prices come from: offline, the prices downloaded from the Price List bulk
 * files and else the bundled snapshot; live, the Query API with those as fallback. Also which
 * Regions have prices (for the comparison) and which the Region chooser offers.
 */
final class CostPrices {

    private final Duration liveDeadline;
    private volatile PriceSource live;

    CostPrices(Duration liveDeadline) {
        this.liveDeadline = liveDeadline;
    }

    /** The downloaded prices' folder, read from the settings each time (tests and portable installs move it). */
    OfferCache downloads() {
        return OfferCache.standard();
    }

    /** Thread-safe; may be called off the FX thread. */
    PriceSource source(boolean useLive) {
        if (!useLive) {
            return DownloadedPrices.offline(downloads(), SnapshotPriceSource.bundled());
        }
        PriceSource s = live;
        if (s == null) {
            synchronized (this) {
                s = live;
                if (s == null) {
                    s = PriceSources.liveWithFallback(DownloadedPrices.offline(downloads(), SnapshotPriceSource.bundled()),
                            liveDeadline);
                    live = s;
                }
            }
        }
        return s;
    }

    /** The Regions with prices: the snapshot's, then those with downloaded prices. Reads the disk. */
    List<String> pricedRegions() {
        return DownloadedPrices.regions(downloads(), SnapshotPriceSource.bundled());
    }

    /** The Regions with prices first, then every other Region AWS prices (prices can be downloaded for them). */
    static List<String> chooserRegions(List<String> priced) {
        List<String> out = new ArrayList<>(priced);
        for (String r : AwsRegions.ALL) {
            if (!out.contains(r)) {
                out.add(r);
            }
        }
        return out;
    }
}
