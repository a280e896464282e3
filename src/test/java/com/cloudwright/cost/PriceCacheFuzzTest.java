package com.cloudwright.cost;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Whatever bytes a price-cache file holds (a crash mid-write on a file system without atomic
 * moves, a disk error, another program), reading it gives either the cached products or nothing,
 * which only costs another call to the API; any exception is a finding. Seeds:
 * {@code PriceCacheFuzzTestInputs/}, a file as {@link PriceCache#put} writes it.
 */
class PriceCacheFuzzTest {

    private static final ProductQuery QUERY = new ProductQuery("AmazonEC2",
            Map.of("instanceType", "m5.large", "operatingSystem", "Linux", "regionCode", "us-east-1"));
    private static final PriceCache CACHE = new PriceCache(folder(), Duration.ofDays(365 * 100),
            Clock.fixed(Instant.parse("2026-12-07T00:00:00Z"), ZoneOffset.UTC));

    private static Path folder() {
        try {
            return Files.createTempDirectory("price-cache-fuzz");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "10s")
    void readsOrForgets(byte[] bytes) throws IOException {
        Files.write(CACHE.fileFor(QUERY), bytes);
        CACHE.get(QUERY).ifPresent(products -> assertThat(products).allSatisfy(p -> assertThat(p.sku()).isNotNull()));
        assertThat(CACHE.fetchedAt(QUERY)).isNotNull();
    }
}
