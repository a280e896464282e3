package com.cloudwright.ui.cost;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.ui.common.Document;
import com.cloudwright.ui.common.ErrorText;
import com.cloudwright.ui.common.FileDialogs;
import com.cloudwright.cost.Assumption;
import com.cloudwright.cost.CostEstimate;
import com.cloudwright.cost.CostEstimator;
import com.cloudwright.cost.CostPlan;
import com.cloudwright.cost.PriceSource;
import com.cloudwright.cost.PriceKey;
import com.cloudwright.cost.offers.DownloadedPrices;
import com.cloudwright.cost.offers.OfferRefresh;
import com.cloudwright.cost.RegionComparison;
import com.cloudwright.cost.SnapshotPriceSource;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.model.SetNodeProperty;
import com.cloudwright.palette.PropertySpec;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.stage.Window;
import javafx.util.Duration;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The cost panel's state: the estimate of the open diagram, kept current off the FX thread as the
 * diagram changes (debounced; a newer change cancels the pricing in flight), the region it is
 * priced in, the price source (snapshot, or the live Price List API with the snapshot per line as
 * fallback), edits of usage assumptions, the region comparison and the CSV export.
 *
 * <p>The region chooser is a what-if view: it prices the diagram in another region without
 * changing the diagram (the diagram's own region is set in the inspector, and is what the
 * CloudFormation export and the validator use).
 */
final class CostViewModel {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.ui.messages");

    /** How long the diagram must be still before it is priced again. */
    static final long DEBOUNCE_MILLIS = 250;
    /** How long a live lookup may take before the remaining prices come from the snapshot. */
    static final java.time.Duration LIVE_DEADLINE = java.time.Duration.ofSeconds(60);

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService WORKER = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "cloudwright-cost-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    private final Document doc;
    private final CostEstimator estimator;
    private final ReadOnlyObjectWrapper<CostEstimate> estimate = new ReadOnlyObjectWrapper<>(this, "estimate");
    /** The what-if region, or null to follow the diagram's region. */
    private final ObjectProperty<String> regionOverride = new SimpleObjectProperty<>(this, "regionOverride");
    private final ReadOnlyStringWrapper region = new ReadOnlyStringWrapper(this, "region");
    private final BooleanProperty live = new SimpleBooleanProperty(this, "live");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper progress = new ReadOnlyStringWrapper(this, "progress", "");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ObservableList<String> regions = FXCollections.observableArrayList();
    private final LatestJob<CostEstimate> pricing;
    private final LatestJob<RegionComparison> comparing;
    private final CostPrices prices = new CostPrices(LIVE_DEADLINE);
    private final PriceDownload download = new PriceDownload(() -> OfferRefresh.standard(prices.downloads()), WORKER,
            Platform::runLater);
    /** The Regions with prices, as last read from disk off the FX thread. */
    private volatile List<String> pricedRegions = List.of();
    private boolean active;
    /** The diagram changed (or the region or source did) since the last pricing started. */
    private boolean needsPricing = true;
    /** The message shown says the last pricing failed (a later success clears it; other notices stay). */
    private boolean pricingFailed;
    private Consumer<RegionComparison> showComparison = c -> { };

    CostViewModel(Document doc) {
        this.doc = doc;
        this.estimator = new CostEstimator(doc.palette());
        LatestJob.Timer timer = (millis, task) -> {
            PauseTransition pause = new PauseTransition(Duration.millis(millis));
            pause.setOnFinished(e -> task.run());
            pause.play();
            return pause::stop;
        };
        this.pricing = new LatestJob<>(timer, WORKER, Platform::runLater, DEBOUNCE_MILLIS, new LatestJob.Listener<>() {
            @Override
            public void started() {
                updateBusy();
            }

            @Override
            public void finished(CostEstimate result) {
                estimate.set(result);
                if (pricingFailed) {
                    message.set("");
                    pricingFailed = false;
                }
                updateBusy();
            }

            @Override
            public void failed(Throwable error) {
                message.set(TEXT.get("cost.failed", ErrorText.oneLine(error)));
                pricingFailed = true;
                updateBusy();
            }

            @Override
            public void cancelled() {
                cancelledLive();
            }
        });
        this.comparing = new LatestJob<>(timer, WORKER, Platform::runLater, 0, new LatestJob.Listener<>() {
            @Override
            public void started() {
                updateBusy();
            }

            @Override
            public void finished(RegionComparison result) {
                updateBusy();
                showComparison.accept(result);
            }

            @Override
            public void failed(Throwable error) {
                message.set(TEXT.get("cost.compare.failed", ErrorText.oneLine(error)));
                updateBusy();
            }

            @Override
            public void cancelled() {
                message.set(TEXT.get("cost.compare.cancelled"));
                updateBusy();
            }
        });
        doc.revisionProperty().addListener((o, a, b) -> diagramChanged());
        doc.diagramProperty().addListener((o, a, b) -> regionOverride.set(null));
        regionOverride.addListener((o, a, b) -> {
            region.set(effectiveRegion());
            repriceNow();
        });
        live.addListener((o, a, b) -> repriceNow());
        region.addListener((o, a, b) -> {
            if (b != null && !regions.contains(b)) {
                regions.add(b);
            }
        });
        region.set(effectiveRegion());
    }

    // ---- state ---------------------------------------------------------------------------------

    ReadOnlyObjectProperty<CostEstimate> estimateProperty() {
        return estimate.getReadOnlyProperty();
    }

    CostEstimate estimate() {
        return estimate.get();
    }

    /** The region chosen in the panel, or null when it follows the diagram. */
    ObjectProperty<String> regionOverrideProperty() {
        return regionOverride;
    }

    /** The region the estimate is for. */
    ReadOnlyStringProperty regionProperty() {
        return region.getReadOnlyProperty();
    }

    String diagramRegion() {
        return CostEstimator.regionFor(doc.diagram(), null);
    }

    /** Chooses the region to price in; the diagram's own region ends the what-if. */
    void chooseRegion(String r) {
        regionOverride.set(r == null || r.equals(diagramRegion()) ? null : r);
    }

    BooleanProperty liveProperty() {
        return live;
    }

    ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** What the running job is doing ("Asking the AWS Price List API for 34 prices…"). */
    ReadOnlyStringProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** A problem to show above the table (a refused edit, a failed export), or "". */
    ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The snapshot's regions (and the diagram's, when the snapshot lacks it). */
    ObservableList<String> regions() {
        return regions;
    }

    /** The panel is on screen: price what changed while it was hidden. */
    void setActive(boolean showing) {
        active = showing;
        if (showing && needsPricing) {
            repriceNow();
        }
    }

    void onComparison(Consumer<RegionComparison> show) {
        this.showComparison = show;
    }

    // ---- pricing -------------------------------------------------------------------------------

    private void diagramChanged() {
        needsPricing = true;
        if (regionOverride.get() == null) {
            region.set(effectiveRegion());
        }
        if (active) {
            pricing.request(this::prepare);
        }
    }

    void repriceNow() {
        needsPricing = true;
        if (active) {
            pricing.runNow(this::prepare);
        }
    }

    /** On the FX thread: read the diagram into a plan; the returned work prices it on a worker. */
    private LatestJob.Work<CostEstimate> prepare() {
        Diagram d = doc.diagram();
        CostPlan plan = estimator.plan(d, regionOverride.get());
        boolean useLive = live.get();
        progress.set(useLive ? TEXT.get("cost.progress.live", plan.requests().size()) : TEXT.get("cost.progress.offline"));
        needsPricing = false;
        return cancellation -> {
            CostEstimate e = plan.price(prices.source(useLive), cancellation);
            List<String> known = prices.pricedRegions();
            pricedRegions = known;
            Platform.runLater(() -> fillRegions(CostPrices.chooserRegions(known)));
            return e;
        };
    }

    /** The user pressed Cancel: stop asking the network and show snapshot prices. */
    void cancel() {
        comparing.cancel();
        if (pricing.running()) {
            pricing.cancel();
        }
    }

    private void cancelledLive() {
        message.set(TEXT.get("cost.cancelled"));
        updateBusy();
        if (live.get()) {
            live.set(false);
        } else {
            needsPricing = true;
        }
    }

    /** Prices the diagram in every Region with prices (snapshot or downloaded), with the current price source. */
    void compareRegions() {
        comparing.runNow(() -> {
            Diagram d = doc.diagram();
            List<String> all = pricedRegions.isEmpty() ? SnapshotPriceSource.bundled().regions() : pricedRegions;
            Map<String, CostPlan> plans = new LinkedHashMap<>();
            for (String r : all) {
                plans.put(r, estimator.plan(d, r));
            }
            boolean useLive = live.get();
            progress.set(TEXT.get("cost.progress.compare", all.size()));
            return cancellation -> {
                PriceSource source = prices.source(useLive);
                Map<String, CostEstimate> out = new LinkedHashMap<>();
                for (Map.Entry<String, CostPlan> p : plans.entrySet()) {
                    cancellation.check();
                    out.put(p.getKey(), p.getValue().price(source, cancellation));
                }
                return new RegionComparison(all, out).rankedByTotal();
            };
        });
    }

    PriceDownload download() {
        return download;
    }

    /** Downloads current prices for the Region shown, for the services the diagram uses; then prices again. */
    void downloadPrices() {
        CostPlan plan = estimator.plan(doc.diagram(), regionOverride.get());
        Set<PriceKey> keys = new LinkedHashSet<>();
        plan.requests().forEach(r -> keys.add(r.key()));
        download.start(plan.region(), () -> DownloadedPrices.keysFor(doc.palette(), keys), line -> {
            message.set(line);
            repriceNow();
        });
    }

    private void fillRegions(List<String> known) {
        List<String> all = new ArrayList<>(known);
        String own = diagramRegion();
        if (!all.contains(own)) {
            all.add(0, own);
        }
        if (regionOverride.get() != null && !all.contains(regionOverride.get())) {
            all.add(regionOverride.get());
        }
        if (!all.equals(regions)) {
            regions.setAll(all);
        }
    }

    private void updateBusy() {
        busy.set(pricing.running() || comparing.running());
    }

    private String effectiveRegion() {
        return CostEstimator.regionFor(doc.diagram(), regionOverride.get());
    }

    // ---- edits and export ----------------------------------------------------------------------

    /**
     * Stores what was typed for an assumption as one undoable property change; the estimate
     * follows through the diagram's revision. Returns false (and says why) when the text is not a
     * value of the property.
     */
    boolean edit(Assumption a, String text) {
        Diagram d = doc.diagram();
        Optional<Node> node = d.node(a.nodeId());
        if (node.isEmpty()) {
            message.set(TEXT.get("cost.edit.gone", a.nodeId()));
            return false;
        }
        PropertySpec spec = doc.palette().entryOf(node.get()).flatMap(e -> e.property(a.property())).orElse(null);
        AssumptionInput.Result r = AssumptionInput.read(text, a.property(), spec);
        if (r instanceof AssumptionInput.Invalid invalid) {
            message.set(invalid.message());
            return false;
        }
        Object value = ((AssumptionInput.Value) r).value();
        if (AssumptionInput.same(node.get().props().get(a.property()), value)) {
            return true;
        }
        message.set("");
        doc.execute(new SetNodeProperty(a.nodeId(), a.property(), value));
        return true;
    }

    /** The property spec behind an assumption (for a choice editor), if the palette has one. */
    Optional<PropertySpec> spec(Assumption a) {
        return doc.diagram().node(a.nodeId()).flatMap(n -> doc.palette().entryOf(n)).flatMap(e -> e.property(a.property()));
    }

    /** Asks where to save and writes the shown estimate as CSV (atomically, off the FX thread). */
    void exportCsv(Window owner, FileDialogs dialogs) {
        CostEstimate e = estimate.get();
        if (e != null) {
            CostCsvExport.save(doc, e, owner, dialogs, message::set);
        }
    }
}
