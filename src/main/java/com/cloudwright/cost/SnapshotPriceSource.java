package com.cloudwright.cost;

import com.cloudwright.i18n.Bundle;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Prices from a {@link PriceSnapshot} (the bundled one by default): offline, instant. */
public final class SnapshotPriceSource implements PriceSource {

    private static final Bundle TEXT = Bundle.withRootNumbers("com.cloudwright.cost.messages");

    private static volatile SnapshotPriceSource bundled;

    private final PriceSnapshot snapshot;
    private final Map<String, PriceSnapshot.Entry> byKey;
    /** Null for the bundled snapshot, which is named in the user's language each time it is asked. */
    private final String name;
    private volatile NearestKnown nearest;

    public SnapshotPriceSource(PriceSnapshot snapshot, String name) {
        this.snapshot = snapshot;
        this.byKey = snapshot.byKey();
        this.name = name;
    }

    private String name() {
        return name != null ? name : TEXT.get("source.snapshot");
    }

    /** The snapshot shipped with the application, read the first time a price is asked for. */
    public static SnapshotPriceSource bundled() {
        SnapshotPriceSource s = bundled;
        if (s == null) {
            synchronized (SnapshotPriceSource.class) {
                s = bundled;
                if (s == null) {
                    s = new SnapshotPriceSource(PriceSnapshot.bundled(), null);
                    bundled = s;
                }
            }
        }
        return s;
    }

    public PriceSnapshot snapshot() {
        return snapshot;
    }

    /** The regions the snapshot prices (without "global"). */
    public List<String> regions() {
        return snapshot.regions().keySet().stream().filter(r -> !PriceRequest.GLOBAL.equals(r)).toList();
    }

    @Override
    public String describe() {
        return TEXT.get("source.snapshot.asOf", name(), snapshot.asOf());
    }

    @Override
    public Map<PriceRequest, PriceResult> prices(Collection<PriceRequest> requests, Cancellation cancellation) {
        Map<PriceRequest, PriceResult> out = new LinkedHashMap<>();
        for (PriceRequest r : requests) {
            out.put(r, lookup(r));
        }
        return out;
    }

    /** The command that downloads current prices for a Region (global prices come with any Region). */
    static String refreshCommand(String region) {
        return PriceRequest.GLOBAL.equals(region) ? TEXT.get("offers.command.global") : TEXT.get("offers.command", region);
    }

    PriceResult lookup(PriceRequest request) {
        PriceSnapshot.Entry entry = byKey.get(request.key().canonical());
        PriceSnapshot.Figure figure = entry == null ? null : entry.regions().get(request.region());
        if (figure == null || snapshot.defaultMissing(figure)) {
            return new PriceResult.Missing(notInSnapshot(request));
        }
        if (figure.missing() != null) {
            return new PriceResult.Missing(TEXT.get("missing.notInSnapshotBecause", request.region(), figure.missing()));
        }
        return new PriceResult.Found(figure.price(), new PriceOrigin(name(), snapshot.asOf(), snapshot.sourceTitle(figure),
                null, figure.asOf()));
    }

    /** Says what has no price where, the nearest products that have one, and the command that fetches it. */
    private String notInSnapshot(PriceRequest request) {
        String subject = NearestKnown.subject(request.key());
        if (PriceRequest.GLOBAL.equals(request.region())) {
            return TEXT.get("missing.notInSnapshot.global", subject);
        }
        NearestKnown n = nearest;
        if (n == null) {
            n = new NearestKnown(snapshot);
            nearest = n;
        }
        List<String> known = n.near(request.key(), request.region());
        return known.isEmpty() ? TEXT.get("missing.notInSnapshot", subject, request.region())
                : TEXT.get("missing.notInSnapshot.nearest", subject, request.region(), String.join(", ", known));
    }
}
