package com.cloudwright.ui.cost;

import com.cloudwright.testing.RandomGridDiagrams;
import com.cloudwright.cost.Cancellation;
import com.cloudwright.cost.CostEstimate;
import com.cloudwright.cost.CostEstimator;
import com.cloudwright.cost.CostPlan;
import com.cloudwright.cost.PriceSources;
import com.cloudwright.cost.SnapshotPriceSource;
import com.cloudwright.io.DiagramReader;
import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;
import javafx.scene.control.TreeItem;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One re-price of the Cost tab, in its parts: the plan (read from the diagram on the FX thread),
 * the pricing with the bundled snapshot (on a worker), and the rows and tree items the table
 * shows (FX thread). The panel waits {@link CostViewModel#DEBOUNCE_MILLIS} after the last change
 * before it starts. Diagrams: examples/05 (42 nodes) and a generated 2,000-node one.
 *
 * <p>{@code mvn -Pbench test-compile exec:exec -Dbench=CostPaneBenchmark}
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 8, time = 1)
@Fork(1)
public class CostPaneBenchmark {

    @Param({"examples/05", "2000"})
    String diagram;

    private Diagram d;
    private CostEstimator estimator;
    private SnapshotPriceSource snapshot;
    private CostPlan plan;
    private CostEstimate estimate;

    @Setup
    public void setUp() throws Exception {
        Palette palette = Palette.bundled();
        d = diagram.startsWith("examples/")
                ? new DiagramReader(palette).read(Path.of("examples/05-highly-available-lamp.cwd.json"))
                : RandomGridDiagrams.generate(Integer.parseInt(diagram), Integer.parseInt(diagram) * 3 / 2);
        estimator = new CostEstimator(palette);
        snapshot = PriceSources.offline();
        plan = estimator.plan(d, null);
        estimate = plan.price(snapshot, Cancellation.none());
        System.out.printf("%n[cost pane] %s: %d nodes, %d lines, %d rows, %d shown at first%n", diagram, d.nodeCount(),
                estimate.lines().size(), CostRows.of(estimate).stream().mapToInt(t -> t.flatten().size()).sum(), rowsOnFxThread());
    }

    @Benchmark
    public CostPlan planOnFxThread() {
        return estimator.plan(d, null);
    }

    @Benchmark
    public CostEstimate priceOnWorker() {
        return plan.price(snapshot, Cancellation.none());
    }

    /** Rows and the items of every expanded branch, as the table asks for them (collapsed branches stay unbuilt). */
    @Benchmark
    public int rowsOnFxThread() {
        return shown(CostTreeItems.of(CostRows.of(estimate), new HashMap<>(), estimate.pricedNodes().size() > 60));
    }

    @Benchmark
    public int wholeReprice() {
        CostEstimate e = estimator.plan(d, null).price(snapshot, Cancellation.none());
        return shown(CostTreeItems.of(CostRows.of(e), new HashMap<>(), e.pricedNodes().size() > 60));
    }

    private static int shown(List<TreeItem<CostRows.Row>> items) {
        int n = 0;
        for (TreeItem<CostRows.Row> i : items) {
            n++;
            if (i.isExpanded() && !i.isLeaf()) {
                n += shown(i.getChildren());
            }
        }
        return n;
    }
}
