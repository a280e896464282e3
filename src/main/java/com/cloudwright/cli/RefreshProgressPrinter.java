package com.cloudwright.cli;

import com.cloudwright.cost.offers.OfferProgress;
import com.cloudwright.i18n.Bundle;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of a bulk-file refresh on stderr: a line when a file starts downloading, then at most
 * one a second with the bytes received and the products read, and one when it is done.
 */
final class RefreshProgressPrinter implements OfferProgress {

    private static final Bundle TEXT = Bundle.withRootNumbers("com.cloudwright.cost.messages");
    private static final long INTERVAL_NANOS = 1_000_000_000L;

    private final PrintWriter err;
    private final LongSupplier clock;
    private String current;
    private long lastPrinted;

    RefreshProgressPrinter(PrintWriter err, LongSupplier nanoClock) {
        this.err = err;
        this.clock = nanoClock;
    }

    RefreshProgressPrinter(PrintWriter err) {
        this(err, System::nanoTime);
    }

    @Override
    public synchronized void update(Step step) {
        String file = step.service() + " " + step.region();
        long now = clock.getAsLong();
        switch (step.state()) {
            case CHECKING -> {
                return;
            }
            case DOWNLOADING -> {
                if (!file.equals(current)) {
                    current = file;
                    lastPrinted = now;
                    err.println(TEXT.get("prices.progress.start", step.file(), step.files(), file, step.url()));
                } else if (now - lastPrinted >= INTERVAL_NANOS) {
                    lastPrinted = now;
                    err.println(TEXT.get("prices.progress.bytes", file, megabytes(step.bytes()),
                            step.totalBytes() > 0 ? TEXT.get("prices.progress.of", megabytes(step.totalBytes())) : "",
                            step.products()));
                }
            }
            case DONE -> current = null;
        }
        err.flush();
    }

    static String megabytes(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1_048_576.0);
    }
}
