package com.cloudwright.cost;

import java.util.Collection;
import java.util.Map;

/**
 * Where prices come from: the bundled snapshot ({@link SnapshotPriceSource}), the live AWS Price
 * List Query API ({@link LivePriceSource}), or the live API backed by the snapshot
 * ({@link FallbackPriceSource}). Implementations are thread-safe; a lookup may be slow (network),
 * so callers off the UI thread pass a {@link Cancellation}.
 */
public interface PriceSource {

    /** Shown as the estimate's price source. */
    String describe();

    /** Answers every request (a {@link PriceResult.Missing} rather than an exception). */
    Map<PriceRequest, PriceResult> prices(Collection<PriceRequest> requests, Cancellation cancellation);
}
