package com.cloudwright.cli;

import com.cloudwright.cost.Cancellation;
import com.cloudwright.cost.PriceKey;
import com.cloudwright.cost.offers.OfferCache;
import com.cloudwright.cost.offers.OfferException;
import com.cloudwright.cost.offers.OfferRefresh;
import com.cloudwright.cost.offers.RefreshReport;
import com.cloudwright.i18n.Bundle;

import java.io.PrintWriter;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * {@code prices refresh} from the public bulk files: downloads what the keys need in each Region,
 * progress on stderr, Ctrl-C cancels (the file in flight keeps its previous extract; the JVM waits
 * for the download to stop before it exits).
 */
final class BulkRefresh {

    private static final Bundle TEXT = Cli.TEXT;
    /** The exit code of a command stopped by Ctrl-C (128 + SIGINT), as shells report it. */
    static final int EXIT_CANCELLED = 130;

    private BulkRefresh() {
    }

    /** @return 0 when every file is up to date, 1 when some failed, 130 when cancelled */
    static int run(OfferRefresh refresh, List<String> regions, Collection<PriceKey> keys, PrintWriter err) {
        Cancellation cancellation = new Cancellation();
        CountDownLatch stopped = new CountDownLatch(1);
        Thread onInterrupt = new Thread(() -> {
            cancellation.cancel();
            try {
                stopped.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "cloudwright-refresh-interrupt");
        Runtime.getRuntime().addShutdownHook(onInterrupt);
        try {
            RefreshReport report = refresh.run(regions, keys, new RefreshProgressPrinter(err), cancellation);
            print(report, refresh.cache(), err);
            return report.failures().isEmpty() ? 0 : Cli.EXIT_PROBLEMS;
        } catch (OfferException e) {
            err.println("cloudwright: " + e.getMessage());
            return Cli.EXIT_PROBLEMS;
        } catch (CancellationException e) {
            err.println(TEXT.get("prices.cancelled"));
            return EXIT_CANCELLED;
        } finally {
            err.flush();
            stopped.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(onInterrupt);
            } catch (IllegalStateException e) {
                // The JVM is already shutting down (Ctrl-C): the hook is running and lets it finish.
            }
        }
    }

    private static void print(RefreshReport report, OfferCache cache, PrintWriter err) {
        err.println(TEXT.get("prices.summary", report.count(RefreshReport.Status.UPDATED),
                RefreshProgressPrinter.size(report.bytes()), report.count(RefreshReport.Status.UNCHANGED),
                report.failures().size(), cache.directory()));
    }
}
