package com.cloudwright.ui.canvas;

import com.cloudwright.testing.RandomGridDiagrams;
import com.cloudwright.ui.common.Document;
import com.cloudwright.edit.AlignmentGuides;
import com.cloudwright.edit.DragSession;
import com.cloudwright.edit.DropPlan;
import com.cloudwright.edit.GuideSnap;
import com.cloudwright.model.Bounds;

import com.cloudwright.model.MoveNodes;
import com.cloudwright.model.Node;
import com.cloudwright.palette.Palette;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Frame time of the canvas with a 2,000-node / 3,000-edge diagram in the software pipeline
 * (headless Monocle, prism.order=sw). One op = one frame: change the view (pan, zoom), drag 50
 * selected nodes one step or edit one node, repaint, and rasterise (a snapshot of the canvas forces
 * the software renderer to draw the frame's pixels). SampleTime mode reports p95. The diagram's
 * layer renders on the canvas's worker meanwhile, as in the app; {@link #editUntilShown} measures
 * how long an edit takes to show in it, and each iteration prints how many frames showed a view
 * the layer did not yet cover (blank strips while panning far).
 *
 * Run: mvn -Pbench test-compile exec:exec -Dbench=CanvasBenchmark
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 3)
@Fork(value = 1, jvmArgsAppend = {"-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw",
        "-Dheadless.geometry=1600x1000-32", "-Djava.awt.headless=true"})
public class CanvasBenchmark {

    @Param({"2000"})
    int nodes;

    @Param({"fit", "100%"})
    String zoom;

    private DiagramCanvas canvas;
    private Document doc;
    private Set<String> fifty;
    private int step;
    private DragSession drag;
    private AlignmentGuides guides;
    private Bounds box;
    private long plans;
    private WritableImage image;
    private String edited;

    @Setup(Level.Trial)
    public void start() {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // started by an earlier trial in this JVM
        }
        onFx(() -> {
            doc = new Document(Palette.bundled());
            canvas = new DiagramCanvas(doc);
            Stage stage = new Stage();
            stage.setScene(new Scene(canvas, 1200, 800));
            stage.show();
            doc.replace(RandomGridDiagrams.generate(nodes, nodes * 3 / 2), null);
            canvas.layout();
            if (zoom.equals("fit")) {
                canvas.zoomToFit();
            } else {
                canvas.zoomReset();
            }
            fifty = new LinkedHashSet<>();
            for (Node n : doc.diagram().nodesOfType("ec2")) {
                if (fifty.size() < 50) {
                    fifty.add(n.id());
                }
            }
            doc.selection().addAll(fifty);
            edited = doc.diagram().nodesOfType("ec2").get(60).id();
            canvas.paint();
            return null;
        });
        awaitLayer();
    }

    private void awaitLayer() {
        while (!onFx(() -> {
            canvas.paint();
            return canvas.layerCurrent();
        })) {
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    @TearDown(Level.Trial)
    public void stop() {
        onFx(() -> {
            canvas.getScene().getWindow().hide();
            return null;
        });
    }

    /** Pans 12 px a frame, sweeping 3,000 px one way and back, so the layer must follow. */
    @Benchmark
    public WritableImage pan() {
        return onFx(() -> {
            int phase = step++ % 500;
            canvas.panBy(phase < 250 ? -12 : 12, 3 * ((step % 4) - 1.5));
            return frame();
        });
    }

    /** One frame after an edit (a node nudged, undoable), the layer re-rendering on the worker. */
    @Benchmark
    public WritableImage editOneNode() {
        return onFx(() -> {
            doc.execute(new MoveNodes(Set.of(edited), (step++ % 2 == 0) ? 4 : -4, 0, null));
            return frame();
        });
    }

    /** From an edit to the first frame whose layer shows it. */
    @Benchmark
    public WritableImage editUntilShown() throws InterruptedException {
        onFx(() -> {
            doc.execute(new MoveNodes(Set.of(edited), (step++ % 2 == 0) ? 4 : -4, 0, null));
            return frame();
        });
        while (!onFx(() -> canvas.layerCurrent())) {
            Thread.sleep(1);
        }
        return onFx(this::frame);
    }

    @Benchmark
    public WritableImage zoomInOut() {
        return onFx(() -> {
            canvas.zoomBy((step++ % 2 == 0) ? 1.05 : 1 / 1.05);
            return frame();
        });
    }

    /**
     * One frame of the real move gesture: guides snap, the drag session moves the nodes (a
     * command, so the edges at them are routed again) and plans the drop, repaint.
     */
    @Benchmark
    public WritableImage dragFiftyNodes() {
        return onFx(() -> {
            if (drag == null || canvas.layer().renders() == 0) {
                canvas.beginLive(fifty, Set.of());
                drag = DragSession.begin(doc.diagram(), doc.palette(), fifty);
                guides = AlignmentGuides.forDrag(doc.diagram(), fifty);
                box = null;
                for (String id : fifty) {
                    Bounds b = doc.diagram().requireNode(id).bounds();
                    box = box == null ? b : box.union(b);
                }
            }
            // the pointer sweeps 300 px right and back, 3 px a frame, so every frame moves the nodes
            int phase = step++ % 200;
            double dx = 3 * (phase < 100 ? phase + 1 : 200 - phase) / canvas.scale();
            double dy = dx / 3;
            GuideSnap snap = guides.snap(box.translate(dx, dy), 6 / canvas.scale());
            DropPlan plan = drag.moveTo(dx + snap.dx(), dy + snap.dy());
            canvas.overlays().guides.clear();
            canvas.overlays().guides.addAll(snap.guides());
            plans += plan.landings().size();
            return frame();
        });
    }

    private WritableImage frame() {
        canvas.paint();
        image = canvas.snapshot(null, image);
        return image;
    }

    private long rendersBefore;
    private long framesBefore;
    private long uncoveredBefore;

    @Setup(Level.Iteration)
    public void count() {
        rendersBefore = canvas.layer().renders();
        framesBefore = canvas.framesPainted();
        uncoveredBefore = canvas.layer().uncoveredFrames();
    }

    @TearDown(Level.Iteration)
    public void report() {
        System.out.println("  this iteration: " + (canvas.framesPainted() - framesBefore) + " frames, "
                + (canvas.layer().renders() - rendersBefore) + " layers rendered, "
                + (canvas.layer().uncoveredFrames() - uncoveredBefore) + " frames the layer did not fully cover");
    }

    private static <T> T onFx(Supplier<T> work) {
        CompletableFuture<T> result = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                result.complete(work.get());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        return result.join();
    }
}
