package com.cloudwright.cost;

import com.cloudwright.i18n.Bundle;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Asks a preferred source (the live API) and, for every price it cannot give, a fallback (the
 * snapshot); a line priced by the fallback carries the preferred source's reason.
 */
public final class FallbackPriceSource implements PriceSource {

    private static final Bundle TEXT = Bundle.withRootNumbers("com.cloudwright.cost.messages");

    private final PriceSource primary;
    private final PriceSource fallback;
    private final String description;

    public FallbackPriceSource(PriceSource primary, PriceSource fallback, String description) {
        this.primary = primary;
        this.fallback = fallback;
        this.description = description;
    }

    @Override
    public String describe() {
        return description;
    }

    @Override
    public Map<PriceRequest, PriceResult> prices(Collection<PriceRequest> requests, Cancellation cancellation) {
        Map<PriceRequest, PriceResult> first = primary.prices(requests, cancellation);
        List<PriceRequest> retry = new ArrayList<>();
        for (PriceRequest r : requests) {
            if (!(first.get(r) instanceof PriceResult.Found)) {
                retry.add(r);
            }
        }
        Map<PriceRequest, PriceResult> second = retry.isEmpty() ? Map.of() : fallback.prices(retry, cancellation);
        Map<PriceRequest, PriceResult> out = new LinkedHashMap<>();
        for (PriceRequest r : requests) {
            PriceResult a = first.get(r);
            if (a instanceof PriceResult.Found) {
                out.put(r, a);
                continue;
            }
            String why = a instanceof PriceResult.Missing m ? m.reason() : TEXT.get("missing.noAnswer");
            PriceResult b = second.get(r);
            if (b instanceof PriceResult.Found f) {
                out.put(r, new PriceResult.Found(f.price(), f.origin().withFallback(TEXT.get("live.fallback", why))));
            } else {
                String also = b instanceof PriceResult.Missing m ? m.reason() : TEXT.get("missing.noAnswer");
                out.put(r, new PriceResult.Missing(why + "; " + also));
            }
        }
        return out;
    }
}
