package com.cloudwright.cli;

import com.cloudwright.cost.offers.ByteSize;
import com.cloudwright.cost.offers.OfferProgress;
import com.cloudwright.cost.offers.RefreshReport;
import com.cloudwright.i18n.Bundle;

import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * Progress of a bulk-file refresh on stderr: a line when a file starts downloading, then at most
 * one a second with the bytes received and the products read, and one saying how each file ended.
 */
final class RefreshProgressPrinter implements OfferProgress {

    private static final Bundle TEXT = Cli.TEXT;
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
                    err.println(TEXT.get("prices.progress.bytes", file, size(step.bytes()),
                            step.totalBytes() > 0 ? TEXT.get("prices.progress.of", size(step.totalBytes())) : "",
                            step.products()));
                }
            }
            case DONE -> current = null;
        }
        err.flush();
    }

    @Override
    public synchronized void finished(RefreshReport.FileResult f) {
        String file = f.service() + " " + f.region();
        err.println(switch (f.status()) {
            case UPDATED -> TEXT.get("prices.file.updated", file, day(f.publicationDate()), f.productsSeen(), f.kept(),
                    size(f.bytes()));
            case UNCHANGED -> TEXT.get("prices.file.unchanged", file, day(f.publicationDate()));
            case NOT_OFFERED -> TEXT.get("prices.file.notOffered", file, f.message());
            case FAILED -> TEXT.get("prices.file.failed", file, f.message());
        });
        err.flush();
    }

    private static String day(String publicationDate) {
        return publicationDate == null || publicationDate.length() < 10 ? String.valueOf(publicationDate)
                : publicationDate.substring(0, 10);
    }

    static String size(long bytes) {
        return ByteSize.text(bytes);
    }
}
