package com.cloudwright.cost.offers;

import com.cloudwright.cost.Cancellation;
import com.cloudwright.cost.PriceKey;
import com.cloudwright.cost.PriceRequest;
import com.cloudwright.i18n.Bundle;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Brings the extracts on disk up to date for a set of price keys in a set of Regions: reads the
 * offer index, each service's region index, and streams each Region's offer file (a global
 * service's whole file) whose version differs from the extract on disk or whose extract was made
 * for fewer keys. Files are done one after another; each is written when it is complete, so a
 * failure or a cancellation leaves every other extract as it was.
 */
public final class OfferRefresh {

    private static final Bundle TEXT = Bundle.withRootNumbers("com.cloudwright.cost.messages");
    private static final ObjectMapper JSON = new ObjectMapper();
    /** Breaks off a transfer soon after its cancellation, even while a read is blocked. */
    private static final ScheduledExecutorService WATCH = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "cloudwright-offer-watch");
        t.setDaemon(true);
        return t;
    });

    private final OfferLocation location;
    private final OfferFetcher fetcher;
    private final OfferCache cache;
    private final Clock clock;
    private final OfferFileReader reader = new OfferFileReader(JSON);

    public OfferRefresh(OfferLocation location, OfferFetcher fetcher, OfferCache cache, Clock clock) {
        this.location = location;
        this.fetcher = fetcher;
        this.cache = cache;
        this.clock = clock;
    }

    /** The public files over HTTPS (or {@link OfferLocation#URL_PROPERTY}), into {@code cache}. */
    public static OfferRefresh standard(OfferCache cache) {
        return new OfferRefresh(OfferLocation.standard(), new HttpOfferFetcher(), cache, Clock.systemUTC());
    }

    public OfferCache cache() {
        return cache;
    }

    /** One file to bring up to date: a service in a Region ("global" for a global service). */
    record Target(String service, String region, List<PriceKey> keys) {
    }

    /**
     * @throws OfferException        when the offer index itself cannot be had (nothing else can be)
     * @throws CancellationException when cancelled; files finished before stay updated
     */
    public RefreshReport run(Collection<String> regions, Collection<PriceKey> keys, OfferProgress progress,
                             Cancellation cancellation) throws OfferException {
        List<Target> targets = plan(regions, keys);
        cancellation.check();
        OfferIndex index = readSmall(location.offerIndex(), OfferIndex::read, cancellation);
        Map<String, Object> regionIndexes = new HashMap<>();
        List<RefreshReport.FileResult> results = new ArrayList<>();
        for (int i = 0; i < targets.size(); i++) {
            cancellation.check();
            RefreshReport.FileResult result = refresh(targets.get(i), index, regionIndexes, i + 1, targets.size(), progress,
                    cancellation);
            progress.finished(result);
            results.add(result);
        }
        return new RefreshReport(results);
    }

    /** Region-major, services by code; the global services' files last, once. */
    static List<Target> plan(Collection<String> regions, Collection<PriceKey> keys) {
        Map<String, List<PriceKey>> regional = new TreeMap<>();
        Map<String, List<PriceKey>> global = new TreeMap<>();
        for (PriceKey k : new LinkedHashSet<>(keys)) {
            (k.global() ? global : regional).computeIfAbsent(k.service(), s -> new ArrayList<>()).add(k);
        }
        List<Target> out = new ArrayList<>();
        for (String region : new LinkedHashSet<>(regions)) {
            regional.forEach((service, ks) -> out.add(new Target(service, region, ks)));
        }
        global.forEach((service, ks) -> out.add(new Target(service, PriceRequest.GLOBAL, ks)));
        return out;
    }

    private RefreshReport.FileResult refresh(Target t, OfferIndex index, Map<String, Object> regionIndexes, int number,
                                             int count, OfferProgress progress, Cancellation cancellation) {
        OfferIndex.Service service = index.services().get(t.service());
        if (service == null || service.currentRegionIndexUrl() == null) {
            return result(t, RefreshReport.Status.NOT_OFFERED, TEXT.get("offers.notInIndex", t.service()));
        }
        URI regionIndexUrl = location.resolve(service.currentRegionIndexUrl());
        progress.update(new OfferProgress.Step(t.service(), t.region(), regionIndexUrl, OfferProgress.State.CHECKING,
                0, -1, 0, number, count));
        Object known = regionIndexes.computeIfAbsent(t.service(), s -> {
            try {
                return readSmall(regionIndexUrl, RegionIndex::read, cancellation);
            } catch (OfferException e) {
                return e;
            }
        });
        if (known instanceof OfferException e) {
            return result(t, RefreshReport.Status.FAILED, e.getMessage());
        }
        RegionIndex regionIndex = (RegionIndex) known;
        boolean global = PriceRequest.GLOBAL.equals(t.region());
        String path = global ? service.currentVersionUrl() : regionIndex.versionUrls().get(t.region());
        if (path == null) {
            return result(t, RefreshReport.Status.NOT_OFFERED, TEXT.get("offers.notInRegion", t.service(), t.region()));
        }
        String stamp = global ? regionIndex.publicationDate() : path;
        Set<String> wanted = new LinkedHashSet<>();
        t.keys().forEach(k -> wanted.add(k.canonical()));
        Optional<CachedOffer> old = cache.read(t.service(), t.region());
        if (old.isPresent() && stamp.equals(old.get().stamp()) && old.get().keys().containsAll(wanted)) {
            CachedOffer o = old.get();
            return new RefreshReport.FileResult(t.service(), t.region(), RefreshReport.Status.UNCHANGED,
                    o.publicationDate(), 0, o.productsSeen(), o.products().size(), null);
        }
        URI url = location.resolve(path);
        long[] bytes = {0};
        try {
            OfferExtract x = download(url, new ProductSelector(t.region(), t.keys()), step -> {
                bytes[0] = step.bytes();
                progress.update(new OfferProgress.Step(t.service(), t.region(), url, OfferProgress.State.DOWNLOADING,
                        step.bytes(), step.totalBytes(), step.products(), number, count));
            }, cancellation);
            cache.write(new CachedOffer(t.service(), t.region(), url.toString(), stamp, x.version(), x.publicationDate(),
                    clock.instant().toString(), x.productsSeen(), wanted, x.products()));
            progress.update(new OfferProgress.Step(t.service(), t.region(), url, OfferProgress.State.DONE, bytes[0],
                    bytes[0], x.productsSeen(), number, count));
            return new RefreshReport.FileResult(t.service(), t.region(), RefreshReport.Status.UPDATED,
                    x.publicationDate(), bytes[0], x.productsSeen(), x.products().size(), null);
        } catch (OfferException e) {
            return result(t, RefreshReport.Status.FAILED, e.getMessage());
        } catch (IOException e) {
            return result(t, RefreshReport.Status.FAILED,
                    TEXT.get("offers.error.cache", cache.directory(), HttpOfferFetcher.oneLine(e)));
        }
    }

    private static RefreshReport.FileResult result(Target t, RefreshReport.Status status, String message) {
        return new RefreshReport.FileResult(t.service(), t.region(), status, null, 0, 0, 0, message);
    }

    /**
     * Streams one offer file through the reader. A watch beside it breaks the transfer off soon after
     * a cancellation (even while a read is blocked) and reports the bytes received every half second,
     * so that progress moves while a slow network brings in a few large products.
     */
    private OfferExtract download(URI url, ProductSelector selector, OfferProgress listener, Cancellation cancellation)
            throws OfferException {
        try (OfferFetcher.Download d = fetcher.open(url)) {
            AtomicLong products = new AtomicLong();
            Runnable report = () -> listener.update(new OfferProgress.Step(null, null, url, OfferProgress.State.DOWNLOADING,
                    d.transferred(), d.length(), products.get(), 0, 0));
            report.run();
            AtomicLong ticks = new AtomicLong();
            AtomicBoolean aborting = new AtomicBoolean();
            ScheduledFuture<?> watch = WATCH.scheduleAtFixedRate(() -> {
                if (cancellation.isCancelled()) {
                    // Closing a connection can wait for a read in progress; the one watch thread of every
                    // download must not wait with it, or later cancellations would go unnoticed.
                    if (aborting.compareAndSet(false, true)) {
                        Thread abort = new Thread(d::abort, "cloudwright-offer-abort");
                        abort.setDaemon(true);
                        abort.start();
                    }
                } else if (ticks.incrementAndGet() % 10 == 0) {
                    report.run();
                }
            }, 50, 50, TimeUnit.MILLISECONDS);
            try {
                return reader.read(d.body(), selector, seen -> {
                    products.set(seen);
                    report.run();
                }, cancellation);
            } finally {
                watch.cancel(false);
            }
        } catch (OfferFileReader.NotAnOfferFile e) {
            throw new OfferException(url, TEXT.get("offers.error.format", url, e.getMessage()));
        } catch (IOException e) {
            throw failure(url, e, cancellation);
        }
    }

    /** An index file (a few hundred KB at most): read whole. */
    private <T> T readSmall(URI url, IndexReader<T> read, Cancellation cancellation) throws OfferException {
        try (OfferFetcher.Download d = fetcher.open(url)) {
            return read.read(d.body(), JSON);
        } catch (IllegalArgumentException e) {
            throw new OfferException(url, TEXT.get("offers.error.format", url, e.getMessage()));
        } catch (IOException e) {
            throw failure(url, e, cancellation);
        }
    }

    @FunctionalInterface
    private interface IndexReader<T> {
        T read(InputStream in, ObjectMapper json) throws IOException;
    }

    private static OfferException failure(URI url, IOException e, Cancellation cancellation) {
        if (cancellation.isCancelled()) {
            throw new CancellationException("cancelled");
        }
        if (e instanceof OfferException o) {
            return o;
        }
        if (e instanceof JsonEOFException) {
            return new OfferException(url, TEXT.get("offers.error.read", url, TEXT.get("offers.error.truncated")), e);
        }
        if (e instanceof JsonProcessingException j) {
            return new OfferException(url, TEXT.get("offers.error.format", url, HttpOfferFetcher.oneLine(
                    new IOException(j.getOriginalMessage()))), e);
        }
        return HttpOfferFetcher.failure(url, e, null);
    }
}
