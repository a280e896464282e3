package com.cloudwright.cost.offers;

import com.cloudwright.cost.Cancellation;
import com.cloudwright.cost.PriceRequest;
import com.cloudwright.cost.PriceResult;
import com.cloudwright.cost.PriceSource;
import com.cloudwright.i18n.Bundle;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

/**
 * Offline prices: those downloaded from the Price List bulk files where there are any, the
 * snapshot's for the rest, each line naming its own source. Unlike {@link com.cloudwright.cost.FallbackPriceSource}
 * a snapshot line here is no fallback worth a note: both are offline, and the download is simply
 * newer. A line neither can price keeps the snapshot's reason, which names the refresh command.
 */
public final class DownloadedThenSnapshot implements PriceSource {

    private static final Bundle TEXT = Bundle.withRootNumbers("com.cloudwright.cost.messages");

    private final PriceSource downloaded;
    private final PriceSource snapshot;
    private final BooleanSupplier anyDownloaded;

    /** @param anyDownloaded whether the download holds anything (else only the snapshot is named) */
    public DownloadedThenSnapshot(PriceSource downloaded, PriceSource snapshot, BooleanSupplier anyDownloaded) {
        this.downloaded = downloaded;
        this.snapshot = snapshot;
        this.anyDownloaded = anyDownloaded;
    }

    @Override
    public String describe() {
        return anyDownloaded.getAsBoolean() ? TEXT.get("source.downloadedThenSnapshot", downloaded.describe(),
                snapshot.describe()) : snapshot.describe();
    }

    @Override
    public Map<PriceRequest, PriceResult> prices(Collection<PriceRequest> requests, Cancellation cancellation) {
        Map<PriceRequest, PriceResult> first = downloaded.prices(requests, cancellation);
        List<PriceRequest> rest = new ArrayList<>();
        for (PriceRequest r : requests) {
            if (!(first.get(r) instanceof PriceResult.Found)) {
                rest.add(r);
            }
        }
        Map<PriceRequest, PriceResult> second = rest.isEmpty() ? Map.of() : snapshot.prices(rest, cancellation);
        Map<PriceRequest, PriceResult> out = new LinkedHashMap<>();
        for (PriceRequest r : requests) {
            PriceResult a = first.get(r);
            out.put(r, a instanceof PriceResult.Found ? a
                    : second.getOrDefault(r, new PriceResult.Missing(TEXT.get("missing.noAnswer"))));
        }
        return out;
    }
}
