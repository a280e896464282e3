package com.cloudwright.cost;

import com.cloudwright.i18n.Bundle;
import software.amazon.awssdk.auth.credentials.AwsCredentialsProvider;
import software.amazon.awssdk.auth.credentials.DefaultCredentialsProvider;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * The price sources the app and the command line use: the bundled snapshot offline, or the live
 * Price List API (default credential chain, disk cache in the user's cache folder) with the
 * snapshot as fallback. System properties {@code cloudwright.pricing.endpoint} (an endpoint URI)
 * and {@code cloudwright.cache.dir} override the endpoint and the cache folder.
 */
public final class PriceSources {

    private static final Bundle TEXT = Bundle.withRootNumbers("com.cloudwright.cost.messages");

    /** How long a cached Price List answer is used before it is asked again. */
    public static final Duration CACHE_AGE = Duration.ofDays(7);
    public static final String ENDPOINT_PROPERTY = "cloudwright.pricing.endpoint";
    public static final String CACHE_PROPERTY = "cloudwright.cache.dir";

    private PriceSources() {
    }

    /**
     * The Regions a {@code --region} may name: the palette's Region choices, the common Region codes and every
     * Region of the snapshot, in that order.
     */
    public static java.util.List<String> knownRegions(com.cloudwright.palette.Palette palette, SnapshotPriceSource snapshot) {
        java.util.Set<String> out = new java.util.LinkedHashSet<>();
        palette.entry("region").flatMap(e -> e.property("region")).ifPresent(p -> out.addAll(p.values()));
        out.addAll(com.cloudwright.palette.AwsRegions.COMMON);
        out.addAll(snapshot.regions());
        return java.util.List.copyOf(out);
    }

    public static SnapshotPriceSource offline() {
        return SnapshotPriceSource.bundled();
    }

    public static LivePriceSource live(Duration deadline) {
        return live(DefaultCredentialsProvider.builder().build(), deadline);
    }

    public static LivePriceSource live(AwsCredentialsProvider credentials, Duration deadline) {
        String endpoint = System.getProperty(ENDPOINT_PROPERTY);
        String cacheDir = System.getProperty(CACHE_PROPERTY);
        Path dir = cacheDir == null || cacheDir.isBlank() ? PriceCache.defaultDirectory() : Path.of(cacheDir);
        return LivePriceSource.builder(PricingClients.create(endpoint == null || endpoint.isBlank() ? null : URI.create(endpoint),
                        credentials))
                .credentials(credentials)
                .cache(new PriceCache(dir, CACHE_AGE))
                .deadline(deadline)
                .build();
    }

    /** The live API, each price it cannot give taken from {@code fallback} (and said so on the line). */
    public static PriceSource liveWithFallback(PriceSource fallback, Duration deadline) {
        LivePriceSource live = live(deadline);
        return new FallbackPriceSource(live, fallback,
                TEXT.get("source.live.describe", CACHE_AGE.toHours(), fallback.describe()));
    }
}
