package com.cloudwright.ui.canvas;

import com.cloudwright.ui.common.Bitmaps;
import com.cloudwright.ui.common.Document;
import com.cloudwright.export.CanvasRaster;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Point;
import com.cloudwright.render.EdgeRouter;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.geometry.Point2D;
import javafx.scene.image.Image;
import javafx.scene.image.ImageView;
import javafx.scene.paint.Color;
import javafx.scene.transform.Affine;
import javafx.util.Duration;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import java.util.function.DoubleSupplier;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The diagram under the canvas's overlay, as a bitmap: the view plus a third of a view on each
 * side, rendered with the pictures' Java2D painter ({@link CanvasRaster}) from a snapshot of the
 * diagram on a renderer thread and swapped in when done, so that panning only moves it and no
 * frame waits for thousands of nodes to be drawn. A render that is quick anyway runs at once. The
 * next layer is started when the view comes within half a margin of the shown one's edge; while
 * zooming the shown one is resampled ({@link ZoomFrame}) until zooming pauses. Elements a gesture
 * changes are left out (the canvas draws them live). In a large diagram the routes are carried
 * over from snapshot to snapshot and worked out from scratch once editing pauses. FX thread only.
 */
final class CanvasLayer {

    /** One thread renders every canvas's layer and overview, in the order asked. */
    private static final Executor RENDERER = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "cloudwright-canvas");
        t.setDaemon(true);
        return t;
    });
    /** A layer that renders faster than this is rendered at once, on the FX thread: small diagrams never lag. */
    private static final double SYNC_BUDGET_MS = 8;
    /** The layer's largest side in pixels, unless the view itself is larger. */
    private static final double MAX_LAYER_PIXELS = 4096;

    /**
     * A rendered layer: the diagram (less the elements a gesture was changing) as of one content
     * stamp, at one scale, over a canvas rectangle that reaches {@code margin} view pixels beyond
     * the view, on a background colour.
     */
    private record Layer(long stamp, double scale, double originX, double originY, double width, double height,
                         double margin, Set<String> skipNodes, Set<String> skipEdges, int background) {
    }

    private final Document doc;
    private final Viewport viewport;
    private final BooleanSupplier zooming;
    private final DoubleSupplier outputScale;
    /** Called when a layer is shown or wanted again: the canvas repaints. */
    private final Runnable changed;
    private final ImageView image = new ImageView();
    private final Affine transform = new Affine();
    /** The layer resampled for each frame of a zoom (drawing it scaled is slow in the software pipeline). */
    private final ZoomFrame zoomFrame = new ZoomFrame();
    private final CanvasRaster raster;
    /** How long editing pauses before a large diagram is routed from scratch. */
    private final PauseTransition routesSettle = new PauseTransition(Duration.millis(1500));

    /** Grows with every change the layer shows (an edit outside a gesture, colours, the grid). */
    private long contentStamp;
    /** Layers rendered before the open diagram was opened are dropped. */
    private long firstStampOfDiagram;
    /** The layer on screen, or null before the first is rendered; its pixels (premultiplied ARGB). */
    private Layer shown;
    private int[] shownPixels;
    private int shownPixelWidth;
    private int shownPixelHeight;
    private boolean rendering;
    /** The content stamp a render failed for: not tried again until the diagram changes (no retry every frame). */
    private long failedStamp = -1;
    private final RenderBudget budget = new RenderBudget(SYNC_BUDGET_MS);
    private final LayerSnapshots snapshots;
    /** What the last frame asked to leave out: not empty while a gesture is under way. */
    private Set<String> liveNodes = Set.of();
    private Set<String> liveEdges = Set.of();
    private long renders;
    private long uncoveredFrames;

    CanvasLayer(Document doc, Viewport viewport, BooleanSupplier zooming, DoubleSupplier outputScale, Runnable changed) {
        this.doc = doc;
        this.viewport = viewport;
        this.zooming = zooming;
        this.outputScale = outputScale;
        this.changed = changed;
        this.raster = new CanvasRaster(doc.palette());
        this.snapshots = new LayerSnapshots(doc);
        image.getTransforms().add(transform);
        image.setSmooth(true);
        image.setMouseTransparent(true);
        routesSettle.setOnFinished(e -> routeFromScratchWhenIdle());
    }

    /** The scene nodes: the layer and, over it while zooming, its resampled frame. */
    List<javafx.scene.Node> nodes() {
        return List.of(image, zoomFrame.node());
    }

    /** The diagram changed; {@code shown} when the layer shows the change (it is not only what a gesture draws live). */
    void diagramChanged(boolean shownInLayer) {
        routesSettle.playFromStart();
        if (shownInLayer) {
            contentStamp++;
        }
    }

    /** Renders afresh (colours, the grid, another diagram). */
    void invalidate() {
        contentStamp++;
    }

    /** Another diagram is open: nothing of the last one's layer may show, nor a render of it still under way. */
    void diagramReplaced() {
        shown = null;
        image.setImage(null);
        zoomFrame.hide();
        firstStampOfDiagram = contentStamp;
        snapshots.forgetRendered();
    }

    /**
     * Once a frame: asks for a new layer if one is wanted, then puts the shown one where the view
     * has it.
     *
     * @param background the canvas background (ARGB)
     * @param grid       the grid lines' colour (ARGB), or 0 for none
     */
    void frame(double w, double h, Set<String> skipNodes, Set<String> skipEdges, int background, int grid) {
        liveNodes = skipNodes;
        liveEdges = skipEdges;
        if (w > 0 && h > 0 && wanted(w, h)) {
            request(w, h, background, grid);
        }
        if (shown == null || !covers(w, h, 0)) {
            uncoveredFrames++;
        }
        if (shown != null) {
            place(w, h);
        }
    }

    /** The nodes and edges the shown layer leaves out (a gesture was changing them when it was rendered). */
    Set<String> leftOutNodes() {
        return shown == null ? Set.of() : shown.skipNodes();
    }

    Set<String> leftOutEdges() {
        return shown == null ? Set.of() : shown.skipEdges();
    }

    /** Whether the layer on screen shows the diagram as it is now, at the view's scale, over the whole view. */
    boolean current(double w, double h, Set<String> skipNodes, Set<String> skipEdges) {
        return hasLatest(skipNodes, skipEdges) && shown.scale() == viewport.scale() && covers(w, h, 0);
    }

    /** Whether the layer on screen was rendered from the diagram as it is now (wherever and however large). */
    private boolean hasLatest(Set<String> skipNodes, Set<String> skipEdges) {
        return shown != null && shown.stamp() == contentStamp && shown.skipNodes().equals(skipNodes)
                && shown.skipEdges().equals(skipEdges);
    }

    /**
     * Whether a new layer should be rendered: the shown one is out of date, at another scale once
     * zooming pauses, or the view has come within half a margin of its edge (so that the next is
     * ready before panning reaches the edge).
     */
    private boolean wanted(double w, double h) {
        if (!hasLatest(liveNodes, liveEdges)) {
            return true;
        }
        boolean zoomingNow = zooming.getAsBoolean();
        if (!zoomingNow && viewport.scale() != shown.scale()) {
            return true;
        }
        return !covers(w, h, zoomingNow ? 0 : shown.margin() / 2);
    }

    /** Whether the shown layer reaches {@code slack} view pixels beyond the view on every side. */
    private boolean covers(double w, double h, double slack) {
        double s = viewport.scale();
        double k = s / shown.scale();
        double left = shown.originX() * s + viewport.offsetX();
        double top = shown.originY() * s + viewport.offsetY();
        return left <= -slack && top <= -slack && left + shown.width() * k >= w + slack
                && top + shown.height() * k >= h + slack;
    }

    /** Puts the shown layer where the view has it: as rendered, or resampled while its scale is not the view's. */
    private void place(double w, double h) {
        double s = viewport.scale();
        double k = s / shown.scale();
        double x = shown.originX() * s + viewport.offsetX();
        double y = shown.originY() * s + viewport.offsetY();
        transform.setToTransform(k, 0, x, 0, k, y);
        if (Math.abs(k - 1) < 1e-9) {
            zoomFrame.hide();
            image.setVisible(true);
        } else {
            zoomFrame.show(shownPixels, shownPixelWidth, shownPixelHeight, x, y, k * shown.width() / shownPixelWidth,
                    w, h, outputScale.getAsDouble(), shown.background());
            image.setVisible(false);
        }
    }

    /**
     * Renders the diagram (less what is live) for the view plus a third of it on each side: at once
     * when the last render was quick, otherwise on the renderer thread from a snapshot, shown when
     * done. One render at a time; when it is shown, the next frame asks again if the view or the
     * diagram has moved on meanwhile.
     */
    private void request(double w, double h, int background, int grid) {
        if (rendering || contentStamp == failedStamp) {
            return;
        }
        double s = viewport.scale();
        double os = outputScale.getAsDouble();
        double margin = Math.round(Math.min(w, h) / 3);
        double most = MAX_LAYER_PIXELS / os;
        double lw = Math.max(w, Math.min(most, w + 2 * margin));
        double lh = Math.max(h, Math.min(most, h + 2 * margin));
        margin = Math.min(margin, Math.min((lw - w) / 2, (lh - h) / 2));
        Point2D origin = viewport.toWorld(-(lw - w) / 2, -(lh - h) / 2);
        Set<String> skipNodes = liveNodes;
        Set<String> skipEdges = liveEdges;
        Layer spec = new Layer(contentStamp, s, origin.getX(), origin.getY(), lw, lh, margin, skipNodes, skipEdges,
                background);
        CanvasRaster.Request request = new CanvasRaster.Request(snapshots.current(), new Point(origin.getX(), origin.getY()),
                s * os, (int) Math.ceil(lw * os), (int) Math.ceil(lh * os), s * os,
                n -> !skipNodes.contains(n.id()), e -> !skipEdges.contains(e.id()), background, grid, DiagramCanvas.GRID);
        if (budget.quick(doc.diagram().nodeCount())) {
            long start = System.nanoTime();
            BufferedImage bitmap;
            try {
                bitmap = raster.render(request);
            } catch (RuntimeException e) {
                failed(spec, e);
                return;
            }
            budget.timed((System.nanoTime() - start) / 1e6);
            show(spec, bitmap);
            return;
        }
        rendering = true;
        Diagram original = snapshots.currentOf();
        long revision = snapshots.currentRevision();
        Runnable routes = snapshots.routesFor(request.diagram());
        snapshots.givenToRenderer(request.diagram());
        RENDERER.execute(() -> {
            long start = System.nanoTime();
            try {
                routes.run();
                BufferedImage bitmap = raster.render(request);
                double millis = (System.nanoTime() - start) / 1e6;
                Platform.runLater(() -> {
                    rendering = false;
                    budget.timed(millis);
                    snapshots.adoptRoutes(request.diagram(), original, revision);
                    show(spec, bitmap);
                });
            } catch (RuntimeException | Error e) {
                Platform.runLater(() -> {
                    rendering = false;
                    failed(spec, e);
                });
            }
        });
    }

    /** A render that failed is a bug to report, once, not to retry every frame; the last good layer stays. */
    private void failed(Layer spec, Throwable e) {
        failedStamp = spec.stamp();
        System.getLogger(CanvasLayer.class.getName()).log(System.Logger.Level.ERROR, "canvas render failed", e);
    }

    private void show(Layer spec, BufferedImage bitmap) {
        if (spec.stamp() < firstStampOfDiagram) {
            changed.run();
            return;
        }
        image.setImage(Bitmaps.fxImage(bitmap));
        image.setFitWidth(spec.width());
        image.setFitHeight(spec.height());
        shown = spec;
        shownPixels = Bitmaps.pixels(bitmap);
        shownPixelWidth = bitmap.getWidth();
        shownPixelHeight = bitmap.getHeight();
        renders++;
        changed.run();
    }

    // ---- snapshots and routes -------------------------------------------------------------

    /**
     * A large diagram's routes are carried over from edit to edit (see {@link EdgeRouter}); once
     * editing pauses they are worked out from scratch on the renderer thread, as an export would
     * route them, and the layer shows them.
     */
    private void routeFromScratchWhenIdle() {
        Diagram live = doc.diagram();
        if (!liveNodes.isEmpty() || !liveEdges.isEmpty() || !EdgeRouter.carriesOver(live)
                || EdgeRouter.routedFromScratch(live)) {
            return;
        }
        long revision = live.revision();
        Diagram copy = live.snapshot();
        onRenderer(() -> {
            EdgeRouter.routeFromScratch(copy);
            return copy;
        }, routed -> {
            if (doc.diagram() == live && live.revision() == revision) {
                snapshots.adoptRoutedFromScratch(routed, live, revision);
                invalidate();
                changed.run();
            }
        });
    }

    // ---- for the overview, tests and benchmarks ---------------------------------------------

    /**
     * Renders something of the diagram as it is now (the overview) on the renderer thread, from a
     * snapshot with its routes, then hands the result over on the FX thread.
     */
    <T> void renderLater(Function<Diagram, T> work, Consumer<T> done) {
        Diagram copy = snapshots.current();
        Runnable routes = snapshots.routesFor(copy);
        onRenderer(() -> {
            routes.run();
            return work.apply(copy);
        }, done);
    }

    /** Runs on the renderer thread, then hands the result over on the FX thread. */
    private static <T> void onRenderer(Supplier<T> work, Consumer<T> done) {
        RENDERER.execute(() -> {
            try {
                T result = work.get();
                Platform.runLater(() -> done.accept(result));
            } catch (RuntimeException e) {
                System.getLogger(CanvasLayer.class.getName()).log(System.Logger.Level.ERROR, "render failed", e);
            }
        });
    }

    long renders() {
        return renders;
    }

    /** Frames painted while the view reached beyond the shown layer. */
    long uncoveredFrames() {
        return uncoveredFrames;
    }

    /** Renders on the FX thread when a render took less than this (0: always on the renderer thread). */
    void setSyncBudget(double millis) {
        budget.setSyncBudget(millis);
    }

    /** The frame shown while zooming, or null when the layer is shown as rendered. */
    ZoomFrame zoomFrame() {
        return zoomFrame.showing() ? zoomFrame : null;
    }

    /** The colour the shown layer has at a canvas point, or null where it does not reach. */
    Color colorAt(double worldX, double worldY) {
        Image shownImage = image.getImage();
        if (shown == null || shownImage == null) {
            return null;
        }
        double pixelsPerUnit = shown.scale() * shownImage.getWidth() / shown.width();
        int x = (int) Math.floor((worldX - shown.originX()) * pixelsPerUnit);
        int y = (int) Math.floor((worldY - shown.originY()) * pixelsPerUnit);
        if (x < 0 || y < 0 || x >= shownImage.getWidth() || y >= shownImage.getHeight()) {
            return null;
        }
        return shownImage.getPixelReader().getColor(x, y);
    }
}
