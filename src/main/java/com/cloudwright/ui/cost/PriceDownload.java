package com.cloudwright.ui.cost;

import com.cloudwright.cost.Cancellation;
import com.cloudwright.cost.PriceKey;
import com.cloudwright.cost.offers.ByteSize;
import com.cloudwright.cost.offers.OfferException;
import com.cloudwright.cost.offers.OfferProgress;
import com.cloudwright.cost.offers.OfferRefresh;
import com.cloudwright.cost.offers.RefreshReport;
import com.cloudwright.i18n.Bundle;
import com.cloudwright.ui.common.ErrorText;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Downloads current prices for a Region from the Price List bulk files off the FX thread, with
 * progress (file, bytes, products) and Cancel. Progress reaches the FX thread at most once per
 * pulse however fast the download reports it: the latest step waits in a slot until the FX thread
 * takes it.
 */
final class PriceDownload {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.ui.messages");

    private final Supplier<OfferRefresh> refresh;
    private final Executor worker;
    private final Consumer<Runnable> fx;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(this, "running");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
    private final ReadOnlyDoubleWrapper fraction = new ReadOnlyDoubleWrapper(this, "fraction", -1);
    private final AtomicReference<OfferProgress.Step> latest = new AtomicReference<>();
    private final AtomicBoolean shown = new AtomicBoolean(true);
    private volatile Cancellation cancellation;

    /**
     * @param refresh made on the worker for each download (it reads where the files are and go)
     * @param worker  runs the download (never the FX thread)
     * @param fx      runs a task on the FX thread ({@code Platform::runLater} in the app)
     */
    PriceDownload(Supplier<OfferRefresh> refresh, Executor worker, Consumer<Runnable> fx) {
        this.refresh = refresh;
        this.worker = worker;
        this.fx = fx;
    }

    ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** What the download is doing ("AmazonEC2, file 3 of 10: 120.4 MB of 310.2 MB, 215,000 products read"). */
    ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** Share of the current file received, or -1 when its size is unknown. */
    ReadOnlyDoubleProperty fractionProperty() {
        return fraction.getReadOnlyProperty();
    }

    /**
     * On the FX thread: starts downloading what {@code keys} (asked for on the worker) need in
     * {@code region}; {@code done}
     * hears, on the FX thread, the line to show when it ends (success, failures, cancel).
     */
    void start(String region, Supplier<Collection<PriceKey>> keys, Consumer<String> done) {
        if (running.get()) {
            return;
        }
        Cancellation cancel = new Cancellation();
        cancellation = cancel;
        running.set(true);
        fraction.set(-1);
        progress.set(TEXT.get("cost.download.starting", region));
        worker.execute(() -> {
            String outcome;
            try {
                RefreshReport report = refresh.get().run(List.of(region), keys.get(), this::heard, cancel);
                outcome = summary(region, report);
            } catch (CancellationException e) {
                outcome = TEXT.get("cost.download.cancelled", region);
            } catch (OfferException e) {
                outcome = TEXT.get("cost.download.failed", region, e.getMessage());
            } catch (RuntimeException e) {
                outcome = TEXT.get("cost.download.failed", region, ErrorText.oneLine(e));
            }
            String line = outcome;
            fx.accept(() -> {
                running.set(false);
                progress.set("");
                fraction.set(-1);
                done.accept(line);
            });
        });
    }

    /** Stops the download soon; the file in flight keeps its previous prices. */
    void cancel() {
        Cancellation c = cancellation;
        if (c != null) {
            c.cancel();
        }
    }

    private void heard(OfferProgress.Step step) {
        latest.set(step);
        if (shown.compareAndSet(true, false)) {
            fx.accept(() -> {
                shown.set(true);
                OfferProgress.Step s = latest.get();
                if (s != null && running.get()) {
                    show(s);
                }
            });
        }
    }

    private void show(OfferProgress.Step s) {
        String file = TEXT.get("cost.download.file", s.service(), s.file(), s.files());
        if (s.state() == OfferProgress.State.CHECKING) {
            progress.set(TEXT.get("cost.download.checking", file));
            fraction.set(-1);
            return;
        }
        String size = s.totalBytes() > 0 ? TEXT.get("cost.download.bytesOf", size(s.bytes()), size(s.totalBytes()))
                : size(s.bytes());
        progress.set(TEXT.get("cost.download.progress", file, size, s.products()));
        fraction.set(s.totalBytes() > 0 ? Math.min(1, (double) s.bytes() / s.totalBytes()) : -1);
    }

    static String summary(String region, RefreshReport report) {
        List<RefreshReport.FileResult> failed = report.failures();
        long updated = report.count(RefreshReport.Status.UPDATED);
        long unchanged = report.count(RefreshReport.Status.UNCHANGED);
        if (failed.isEmpty()) {
            return TEXT.get("cost.download.done", region, updated, unchanged);
        }
        return TEXT.get("cost.download.partly", region, updated, unchanged, failed.size(), failed.get(0).message());
    }

    private static String size(long bytes) {
        return ByteSize.text(bytes);
    }
}
