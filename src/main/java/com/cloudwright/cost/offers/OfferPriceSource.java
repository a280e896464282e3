package com.cloudwright.cost.offers;

import com.cloudwright.cost.Cancellation;
import com.cloudwright.cost.PriceOrigin;
import com.cloudwright.cost.PriceRequest;
import com.cloudwright.cost.PriceResult;
import com.cloudwright.cost.PriceSource;
import com.cloudwright.cost.ProductChoice;
import com.cloudwright.i18n.Bundle;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Prices from the offer extracts on disk (what {@link OfferRefresh} downloaded): no network, so
 * as fast as the snapshot. A request whose service and Region were never downloaded, or whose key
 * the extract was not made for, is missing and says which command fetches it.
 */
public final class OfferPriceSource implements PriceSource {

    private static final Bundle TEXT = Bundle.withRootNumbers("com.cloudwright.cost.messages");

    private final OfferCache cache;

    public OfferPriceSource(OfferCache cache) {
        this.cache = cache;
    }

    public OfferCache cache() {
        return cache;
    }

    @Override
    public String describe() {
        return TEXT.get("source.offers.describe", String.join(", ", cache.regions()));
    }

    @Override
    public Map<PriceRequest, PriceResult> prices(Collection<PriceRequest> requests, Cancellation cancellation) {
        Map<PriceRequest, PriceResult> out = new LinkedHashMap<>();
        for (PriceRequest r : requests) {
            out.put(r, lookup(r));
        }
        return out;
    }

    PriceResult lookup(PriceRequest request) {
        String service = request.key().service();
        Optional<CachedOffer> offer = cache.read(service, request.region());
        String command = TEXT.get("offers.command", request.region());
        if (offer.isEmpty()) {
            return new PriceResult.Missing(TEXT.get("offers.missing.notDownloaded", service, request.region(), command));
        }
        CachedOffer o = offer.get();
        if (!o.keys().contains(request.key().canonical())) {
            return new PriceResult.Missing(TEXT.get("offers.missing.notExtracted", service, request.region(), command));
        }
        ProductChoice.Outcome choice = ProductChoice.pick(request.key(), request.region(), o.products(), true);
        if (choice instanceof ProductChoice.One one) {
            return new PriceResult.Found(one.product().onDemand(), new PriceOrigin(TEXT.get("source.offers"),
                    o.publicationDay(), TEXT.get("offers.detail", one.product().sku(), o.url()), null));
        }
        if (choice instanceof ProductChoice.Ambiguous a) {
            return new PriceResult.Missing(TEXT.get("missing.ambiguous", a.count(), request.key().canonical(),
                    request.region()));
        }
        return new PriceResult.Missing(TEXT.get("offers.missing.noProduct", request.key().canonical(), request.region(),
                o.publicationDay()));
    }
}
