package com.cloudwright.ui;

import com.cloudwright.export.CanvasRaster;
import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.model.Point;
import com.cloudwright.palette.EntryKind;
import com.cloudwright.render.DiagramPainter;
import com.cloudwright.render.EdgeRouter;
import com.cloudwright.render.PaintOptions;
import com.cloudwright.render.Geometry;
import com.cloudwright.render.Theme;
import javafx.animation.AnimationTimer;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.collections.SetChangeListener;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.ImageView;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

import java.util.List;

/**
 * The drawing surface: paints the diagram through the shared {@link DiagramPainter} (only what
 * is in view, at most once per frame), then the selection, its handles and whatever the gesture
 * in progress shows. Gestures live in {@link CanvasGestures}.
 */
final class DiagramCanvas extends Region {

    static final double GRID = 20;

    private static final StyleablePropertyFactory<DiagramCanvas> STYLES = new StyleablePropertyFactory<>(Region.getClassCssMetaData());
    // Defaults only until the stylesheet (cloudwright.css) sets the -cw-* tokens.
    private static final CssMetaData<DiagramCanvas, Paint> SELECTION =
            STYLES.createPaintCssMetaData("-cw-selection-color", c -> c.selectionColor, Color.GRAY);
    private static final CssMetaData<DiagramCanvas, Paint> GRID_COLOR =
            STYLES.createPaintCssMetaData("-cw-grid-color", c -> c.gridColor, Color.LIGHTGRAY);
    private static final CssMetaData<DiagramCanvas, Paint> DROP =
            STYLES.createPaintCssMetaData("-cw-drop-target-color", c -> c.dropColor, Color.GRAY);
    private static final CssMetaData<DiagramCanvas, Paint> REFUSED =
            STYLES.createPaintCssMetaData("-cw-refused-color", c -> c.refusedColor, Color.GRAY);
    private static final CssMetaData<DiagramCanvas, Paint> GUIDE =
            STYLES.createPaintCssMetaData("-cw-guide-color", c -> c.guideColor, Color.GRAY);
    private static final CssMetaData<DiagramCanvas, Paint> HANDLE_FILL =
            STYLES.createPaintCssMetaData("-cw-handle-fill", c -> c.handleFill, Color.WHITE);
    private static final CssMetaData<DiagramCanvas, Paint> BACKGROUND =
            STYLES.createPaintCssMetaData("-cw-canvas-background", c -> c.background, Color.WHITE);

    private final StyleableObjectProperty<Paint> selectionColor = styleable(SELECTION, "selectionColor");
    private final StyleableObjectProperty<Paint> gridColor = styleable(GRID_COLOR, "gridColor");
    private final StyleableObjectProperty<Paint> dropColor = styleable(DROP, "dropColor");
    private final StyleableObjectProperty<Paint> refusedColor = styleable(REFUSED, "refusedColor");
    private final StyleableObjectProperty<Paint> guideColor = styleable(GUIDE, "guideColor");
    private final StyleableObjectProperty<Paint> handleFill = styleable(HANDLE_FILL, "handleFill");
    private final StyleableObjectProperty<Paint> background = styleable(BACKGROUND, "background");

    /** One thread renders every canvas's layer, newest request first (see {@link #requestLayer}). */
    private static final java.util.concurrent.Executor RENDERER = java.util.concurrent.Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "cloudwright-canvas");
        t.setDaemon(true);
        return t;
    });
    /** A layer that renders faster than this is rendered at once, on the FX thread: small diagrams never lag. */
    private static final double SYNC_BUDGET_MS = 8;
    /** The layer's largest side in pixels, unless the view itself is larger. */
    private static final double MAX_LAYER_PIXELS = 4096;

    private final Document doc;
    /** The diagram, rendered larger than the view (off the FX thread) so that panning only moves it. */
    private final ImageView layer = new ImageView();
    /** The background where no layer is shown yet. */
    private final javafx.scene.shape.Rectangle backdrop = new javafx.scene.shape.Rectangle();
    private final CanvasRaster raster;
    /** The layer resampled for each frame of a zoom (drawing it scaled is slow in the software pipeline). */
    private final ZoomFrame zoomFrame = new ZoomFrame();
    /** The shown layer's pixels (premultiplied ARGB), its size and the background it was rendered on. */
    private int[] shownPixels;
    private int shownPixelWidth;
    private int shownPixelHeight;
    private int shownBackground;
    /** Selection, handles, gesture feedback and the nodes being dragged, redrawn every frame. */
    private final Canvas overlay = new Canvas();
    private final javafx.scene.transform.Affine layerTransform = new javafx.scene.transform.Affine();
    private final javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.millis(150));
    /** How long editing pauses before a large diagram is routed from scratch. */
    private final javafx.animation.PauseTransition routesSettle = new javafx.animation.PauseTransition(javafx.util.Duration.millis(1500));
    private final Viewport viewport = new Viewport();
    private final DiagramPainter painter;
    private final FxPainter fx = new FxPainter(new IconCache());
    private final Overlays overlays = new Overlays();
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    /** Grows with every painted frame: what shows of the diagram (or the diagram) may have changed. */
    private final javafx.beans.property.LongProperty frames = new javafx.beans.property.SimpleLongProperty(this, "frames");
    private final BooleanProperty snapToGrid = new SimpleBooleanProperty(this, "snapToGrid", true);
    private final BooleanProperty showGrid = new SimpleBooleanProperty(this, "showGrid", true);
    private boolean repaintNeeded = true;
    private long framesPainted;
    private long layerRenders;
    private long uncoveredFrames;
    /** Grows with every change the layer shows (an edit outside a gesture, colours, the grid). */
    private long contentStamp;
    /** Layers rendered before the open diagram was opened are dropped. */
    private long firstStampOfDiagram;
    /** The layer on screen, or null before the first is rendered. */
    private Layer shown;
    private boolean rendering;
    /** How long the last render took, or -1 until one after the first (which pays for warming up) is timed. */
    private double lastRenderMillis = -1;
    private long rendersTimed;
    private double syncBudgetMillis = SYNC_BUDGET_MS;
    private Diagram snapshot;
    /** The snapshot the renderer was last given (its routes are there to carry over). */
    private Diagram lastRendered;
    private Diagram snapshotOf;
    private long snapshotRevision = -1;
    /** Elements being changed by a gesture: drawn on the overlay, left out of the layer. */
    private java.util.Set<String> liveNodes = java.util.Set.of();
    private java.util.Set<String> liveEdges = java.util.Set.of();
    /** What the overlay paints: the live elements and those the shown layer still leaves out. */
    private java.util.Set<String> overlayNodes = java.util.Set.of();
    private java.util.Set<String> overlayEdges = java.util.Set.of();
    private final List<Decoration> decorations = new java.util.ArrayList<>();

    /** Paints on top of the diagram every frame (problem badges), in world units at the given scale. */
    interface Decoration {
        void paint(GraphicsContext gc, Diagram diagram, Bounds visibleWorld, double scale);
    }

    /**
     * A rendered layer: the diagram (less the elements a gesture was changing) as of one content
     * stamp, at one scale, over a canvas rectangle that reaches {@code margin} view pixels beyond the view.
     */
    private record Layer(long stamp, double scale, double originX, double originY, double width, double height,
                         double margin, java.util.Set<String> skipNodes, java.util.Set<String> skipEdges, int background) {
    }

    DiagramCanvas(Document doc) {
        this.doc = doc;
        this.painter = new DiagramPainter(doc.palette(), Theme.bundled());
        this.raster = new CanvasRaster(doc.palette());
        getStyleClass().add("diagram-canvas");
        setFocusTraversable(true);
        getChildren().addAll(backdrop, layer, zoomFrame.node(), overlay);
        backdrop.widthProperty().bind(widthProperty());
        backdrop.heightProperty().bind(heightProperty());
        backdrop.fillProperty().bind(background);
        backdrop.setMouseTransparent(true);
        layer.getTransforms().add(layerTransform);
        layer.setSmooth(true);
        overlay.setMouseTransparent(true);
        layer.setMouseTransparent(true);
        // The layer extends beyond the view; the clip keeps it inside (and limits compositing to what shows).
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setMinSize(200, 200);
        settle.setOnFinished(e -> requestRepaint());
        routesSettle.setOnFinished(e -> routeFromScratchWhenIdle());

        doc.revisionProperty().addListener((o, a, b) -> requestRepaint());
        doc.diagramProperty().addListener((o, a, b) -> listenTo(b));
        listenTo(doc.diagram());
        doc.diagramProperty().addListener((o, a, b) -> {
            // another diagram: nothing of the last one's layer may show, nor a render of it still under way
            shown = null;
            layer.setImage(null);
            zoomFrame.hide();
            firstStampOfDiagram = contentStamp;
            lastRendered = null;
            updateOverlaySets();
            if (b.nodeCount() == 0) {
                viewport.reset();
            } else {
                zoomToFit();
            }
            requestRepaint();
        });
        doc.selection().addListener((SetChangeListener<String>) c -> requestRepaint());
        for (var p : List.of(selectionColor, gridColor, dropColor, refusedColor, guideColor, handleFill, background)) {
            p.addListener((o, a, b) -> invalidateLayer());
        }
        showGrid.addListener((o, a, b) -> invalidateLayer());

        new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (repaintNeeded) {
                    repaintNeeded = false;
                    paint();
                }
            }
        }.start();
    }

    private final com.cloudwright.model.DiagramListener onChange = change -> {
        routesSettle.playFromStart();
        if (!(liveNodes.containsAll(change.nodeIds()) && liveEdges.containsAll(change.edgeIds()) && !change.fieldsChanged())) {
            contentStamp++;
        }
    };

    private void listenTo(Diagram d) {
        d.removeListener(onChange);
        d.addListener(onChange);
        contentStamp++;
    }

    /** Renders the layer afresh (colours or the grid changed). */
    void invalidateLayer() {
        contentStamp++;
        requestRepaint();
    }

    /**
     * Marks nodes and edges a gesture is changing: until {@link #endLive} they are drawn on the
     * overlay each frame while the rest of the diagram stays rendered. Containers take their
     * contents, nodes the overlay groups around them and the edges that touch them.
     */
    void beginLive(java.util.Collection<String> nodeIds, java.util.Collection<String> edgeIds) {
        Diagram d = doc.diagram();
        java.util.Set<String> nodes = new java.util.HashSet<>();
        for (String id : nodeIds) {
            d.node(id).ifPresent(n -> {
                nodes.add(id);
                d.descendants(id).forEach(c -> nodes.add(c.id()));
            });
        }
        for (String id : java.util.List.copyOf(nodes)) {
            d.groupsOf(id).forEach(g -> nodes.add(g.id()));
        }
        java.util.Set<String> edges = new java.util.HashSet<>(edgeIds);
        for (String id : nodes) {
            d.edgesOf(id).forEach(e -> edges.add(e.id()));
        }
        liveNodes = nodes;
        liveEdges = edges;
        updateOverlaySets();
        requestRepaint();
    }

    /** Ends the gesture's live drawing; the overlay goes on drawing its elements until a layer with them is shown. */
    void endLive() {
        if (!liveNodes.isEmpty() || !liveEdges.isEmpty()) {
            liveNodes = java.util.Set.of();
            liveEdges = java.util.Set.of();
            updateOverlaySets();
            requestRepaint();
        }
    }

    private void updateOverlaySets() {
        overlayNodes = union(liveNodes, shown == null ? java.util.Set.of() : shown.skipNodes());
        overlayEdges = union(liveEdges, shown == null ? java.util.Set.of() : shown.skipEdges());
    }

    private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        if (b.isEmpty() || a.containsAll(b)) {
            return a;
        }
        java.util.Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }

    /** Whether the layer on screen shows the diagram as it is now, at the view's scale, over the whole view. */
    boolean layerCurrent() {
        return layerHasLatest() && shown.scale() == viewport.scale() && layerCovers(getWidth(), getHeight(), 0);
    }

    /** Whether the layer on screen was rendered from the diagram as it is now (wherever and however large). */
    private boolean layerHasLatest() {
        return shown != null && shown.stamp() == contentStamp && shown.skipNodes().equals(liveNodes)
                && shown.skipEdges().equals(liveEdges);
    }

    long layerRenders() {
        return layerRenders;
    }

    /** The colour the shown layer has at a canvas point, or null where it does not reach (tests). */
    Color layerColorAt(double worldX, double worldY) {
        javafx.scene.image.Image image = layer.getImage();
        if (shown == null || image == null) {
            return null;
        }
        double pixelsPerUnit = shown.scale() * image.getWidth() / shown.width();
        int x = (int) Math.floor((worldX - shown.originX()) * pixelsPerUnit);
        int y = (int) Math.floor((worldY - shown.originY()) * pixelsPerUnit);
        if (x < 0 || y < 0 || x >= image.getWidth() || y >= image.getHeight()) {
            return null;
        }
        return image.getPixelReader().getColor(x, y);
    }

    /** Renders on the FX thread when a render took less than this (0: always on the worker; tests). */
    void setSyncBudget(double millis) {
        syncBudgetMillis = millis;
    }

    /** The frame shown while zooming, or null when the layer is shown as rendered (tests). */
    ZoomFrame zoomFrame() {
        return zoomFrame.showing() ? zoomFrame : null;
    }

    /** Whether the overlay draws the node this frame (it is live, or the shown layer leaves it out). */
    boolean drawnOnOverlay(String nodeId) {
        return overlayNodes.contains(nodeId);
    }

    /** Frames painted while the view reached beyond the rendered layer (benchmarks). */
    long uncoveredFrames() {
        return uncoveredFrames;
    }

    private StyleableObjectProperty<Paint> styleable(CssMetaData<DiagramCanvas, Paint> meta, String name) {
        return new SimpleStyleableObjectProperty<>(meta, this, name, meta.getInitialValue(this));
    }

    // ---- view -----------------------------------------------------------------------------

    Document document() {
        return doc;
    }

    Overlays overlays() {
        return overlays;
    }

    void requestRepaint() {
        repaintNeeded = true;
    }

    void addDecoration(Decoration decoration) {
        decorations.add(decoration);
        requestRepaint();
    }

    double scale() {
        return viewport.scale();
    }

    /** The zoom level shown in the status bar (1 = 100 %). */
    ReadOnlyDoubleProperty zoomProperty() {
        return zoom;
    }

    BooleanProperty snapToGridProperty() {
        return snapToGrid;
    }

    BooleanProperty showGridProperty() {
        return showGrid;
    }

    javafx.beans.value.ObservableLongValue framesProperty() {
        return frames;
    }

    DiagramPainter painter() {
        return painter;
    }

    /** Pans so that the world point shows in the middle of the view. */
    void centreOn(double worldX, double worldY) {
        Point2D at = viewport.toView(worldX, worldY);
        viewport.pan(getWidth() / 2 - at.getX(), getHeight() / 2 - at.getY());
        requestRepaint();
    }

    long framesPainted() {
        return framesPainted;
    }

    /** Zooms; the rendered layer is scaled meanwhile and drawn afresh once the zooming pauses. */
    void zoomAt(double factor, double viewX, double viewY) {
        viewport.zoomAt(factor, viewX, viewY);
        settle.playFromStart();
        requestRepaint();
    }

    void zoomBy(double factor) {
        zoomAt(factor, getWidth() / 2, getHeight() / 2);
    }

    void zoomReset() {
        zoomAt(1 / viewport.scale(), getWidth() / 2, getHeight() / 2);
    }

    void zoomToFit() {
        fitWorld(Geometry.contentBounds(doc.diagram()));
    }

    /** Fits the selection into view (the whole diagram when nothing is selected). */
    void zoomToSelection() {
        Bounds b = selectionBounds();
        fitWorld(b != null ? b : Geometry.contentBounds(doc.diagram()));
    }

    private void fitWorld(Bounds world) {
        if (getWidth() <= 0) {
            javafx.application.Platform.runLater(() -> fitWorld(world));
            return;
        }
        viewport.fit(world, getWidth(), getHeight(), 30);
        requestRepaint();
    }

    /** Scrolls so the world rectangle is in view, keeping the zoom. */
    void reveal(Bounds world) {
        Bounds visible = visibleWorld();
        if (visible.contains(world)) {
            return;
        }
        Point2D centre = viewport.toView(world.centerX(), world.centerY());
        viewport.pan(getWidth() / 2 - centre.getX(), getHeight() / 2 - centre.getY());
        requestRepaint();
    }

    void panBy(double dx, double dy) {
        viewport.pan(dx, dy);
        requestRepaint();
    }

    Bounds visibleWorld() {
        return viewport.visible(getWidth(), getHeight());
    }

    Bounds selectionBounds() {
        Diagram d = doc.diagram();
        Bounds all = null;
        for (String id : doc.selection()) {
            Bounds b = d.node(id).map(n -> isContainerOrGroup(n) ? Geometry.shapeOf(d, n) : Geometry.withLabel(n))
                    .orElse(null);
            if (b != null) {
                all = all == null ? b : all.union(b);
            }
        }
        return all;
    }

    /** The screen position of a world point (for tests and popups). */
    Point2D toScreen(double worldX, double worldY) {
        Point2D view = viewport.toView(worldX, worldY);
        return localToScreen(view.getX(), view.getY());
    }

    Point2D toView(double worldX, double worldY) {
        return viewport.toView(worldX, worldY);
    }

    Point2D toWorld(double viewX, double viewY) {
        return viewport.toWorld(viewX, viewY);
    }

    @Override
    protected void layoutChildren() {
        if (overlay.getWidth() != getWidth() || overlay.getHeight() != getHeight()) {
            overlay.setWidth(getWidth());
            overlay.setHeight(getHeight());
            requestRepaint();
        }
    }

    /** Puts a control (the rename field) over the canvas; it is positioned by its owner. */
    void addFloating(javafx.scene.Node control) {
        getChildren().add(control);
    }

    // ---- painting -------------------------------------------------------------------------

    /** Paints now (tests and benchmarks; the app paints once per frame when something changed). */
    void paint() {
        framesPainted++;
        frames.set(framesPainted);
        zoom.set(viewport.scale());
        double w = getWidth();
        double h = getHeight();
        double s = viewport.scale();
        if (w > 0 && h > 0 && layerWanted(w, h)) {
            requestLayer(w, h);
        }
        if (shown == null || !layerCovers(w, h, 0)) {
            uncoveredFrames++;
        }
        if (shown != null) {
            double k = s / shown.scale();
            double x = shown.originX() * s + viewport.offsetX();
            double y = shown.originY() * s + viewport.offsetY();
            layerTransform.setToTransform(k, 0, x, 0, k, y);
            if (Math.abs(k - 1) < 1e-9) {
                zoomFrame.hide();
                layer.setVisible(true);
            } else {
                zoomFrame.show(shownPixels, shownPixelWidth, shownPixelHeight, x, y, k * shown.width() / shownPixelWidth,
                        w, h, outputScale(), shownBackground);
                layer.setVisible(false);
            }
        }

        GraphicsContext gc = overlay.getGraphicsContext2D();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.clearRect(0, 0, w, h);
        gc.setTransform(s, 0, 0, s, viewport.offsetX(), viewport.offsetY());
        Diagram d = doc.diagram();
        if (!overlayNodes.isEmpty() || !overlayEdges.isEmpty()) {
            java.util.Set<String> nodes = overlayNodes;
            java.util.Set<String> edges = overlayEdges;
            fx.begin(gc, s * outputScale());
            boolean gesture = !liveNodes.isEmpty() || !liveEdges.isEmpty();
            painter.paint(d, fx, new PaintOptions(viewport.visible(w, h), n -> nodes.contains(n.id()),
                    e -> edges.contains(e.id()), s * outputScale(), gesture));
        }
        // decorations (badges) under the selection, so that a selected node's handles stay on top
        Bounds visible = viewport.visible(w, h);
        decorations.forEach(dec -> dec.paint(gc, d, visible, s));
        paintSelection(gc, d, s);
        paintOverlays(gc, s);
    }

    /**
     * Whether a new layer should be rendered: the shown one is out of date, at another scale once
     * zooming pauses, or the view has come within half a margin of its edge (so that the next
     * is ready before panning reaches the edge).
     */
    private boolean layerWanted(double w, double h) {
        if (!layerHasLatest()) {
            return true;
        }
        boolean zooming = zooming();
        // While zooming the layer is scaled (in the software pipeline that costs ~14 ms a frame,
        // whatever it shows, about what rendering even a small diagram afresh would).
        if (!zooming && viewport.scale() != shown.scale()) {
            return true;
        }
        return !layerCovers(w, h, zooming ? 0 : shown.margin() / 2);
    }

    /** Whether the shown layer reaches {@code slack} view pixels beyond the view on every side. */
    private boolean layerCovers(double w, double h, double slack) {
        double s = viewport.scale();
        double k = s / shown.scale();
        double left = shown.originX() * s + viewport.offsetX();
        double top = shown.originY() * s + viewport.offsetY();
        return left <= -slack && top <= -slack && left + shown.width() * k >= w + slack
                && top + shown.height() * k >= h + slack;
    }

    /**
     * Renders the diagram (less what is live) for the view plus a third of it on each side: at once
     * when the last render was quick, otherwise on the renderer thread from a snapshot of the
     * diagram, shown when it is done. One render at a time; when it is shown, {@link #paint}
     * asks again if the view or the diagram has moved on meanwhile.
     */
    private void requestLayer(double w, double h) {
        if (rendering) {
            return;
        }
        double s = viewport.scale();
        double os = outputScale();
        double margin = Math.round(Math.min(w, h) / 3);
        double most = MAX_LAYER_PIXELS / os;
        double lw = Math.max(w, Math.min(most, w + 2 * margin));
        double lh = Math.max(h, Math.min(most, h + 2 * margin));
        margin = Math.min(margin, Math.min((lw - w) / 2, (lh - h) / 2));
        Point2D origin = viewport.toWorld(-(lw - w) / 2, -(lh - h) / 2);
        java.util.Set<String> skipNodes = liveNodes;
        java.util.Set<String> skipEdges = liveEdges;
        int backgroundArgb = argb(background.get(), 0xFFFFFFFF);
        Layer spec = new Layer(contentStamp, s, origin.getX(), origin.getY(), lw, lh, margin, skipNodes, skipEdges,
                backgroundArgb);
        boolean grid = showGrid.get();
        CanvasRaster.Request request = new CanvasRaster.Request(snapshot(), new Point(origin.getX(), origin.getY()),
                s * os, (int) Math.ceil(lw * os), (int) Math.ceil(lh * os), s * os,
                n -> !skipNodes.contains(n.id()), e -> !skipEdges.contains(e.id()),
                backgroundArgb, grid ? argb(gridColor.get(), 0xFFDDDDDD) : 0, GRID);
        if (renderIsQuick()) {
            long start = System.nanoTime();
            java.awt.image.BufferedImage image = raster.render(request);
            timed((System.nanoTime() - start) / 1e6);
            show(spec, image);
            return;
        }
        rendering = true;
        Diagram original = snapshotOf;
        long revision = snapshotRevision;
        Diagram earlier = lastRendered;
        lastRendered = request.diagram();
        RENDERER.execute(() -> {
            long start = System.nanoTime();
            try {
                if (earlier != null && earlier != request.diagram()) {
                    // routes carried over from the last snapshot's, when the diagram did not have them yet
                    EdgeRouter.routeFrom(earlier, request.diagram());
                }
                java.awt.image.BufferedImage image = raster.render(request);
                double millis = (System.nanoTime() - start) / 1e6;
                javafx.application.Platform.runLater(() -> {
                    rendering = false;
                    timed(millis);
                    adoptRoutes(request.diagram(), original, revision);
                    show(spec, image);
                });
            } catch (RuntimeException | Error e) {
                javafx.application.Platform.runLater(() -> {
                    rendering = false;
                    System.getLogger(DiagramCanvas.class.getName()).log(System.Logger.Level.ERROR, "canvas render failed", e);
                });
            }
        });
    }

    private void timed(double millis) {
        if (rendersTimed++ > 0) {
            lastRenderMillis = millis;
        }
    }

    private boolean zooming() {
        return settle.getStatus() == javafx.animation.Animation.Status.RUNNING;
    }

    /** Whether the layer renders within the frame budget (going by the last render, or by size before the first). */
    private boolean renderIsQuick() {
        return lastRenderMillis >= 0 ? lastRenderMillis < syncBudgetMillis
                : syncBudgetMillis > 0 && doc.diagram().nodeCount() < 100;
    }

    /** The diagram as a copy the renderer may read while this one goes on changing (one per revision). */
    private Diagram snapshot() {
        Diagram d = doc.diagram();
        if (snapshotOf != d || snapshotRevision != d.revision()) {
            snapshot = copyOf(d);
            EdgeRouter.shareRoutes(d, snapshot, false);
            snapshotOf = d;
            snapshotRevision = d.revision();
        }
        return snapshot;
    }

    private static Diagram copyOf(Diagram d) {
        return new Diagram(d.name(), d.region(), d.extra(), d.nodes(), d.edges());
    }

    /** The routes the renderer worked out for a snapshot serve the diagram too, if it has not changed since. */
    private void adoptRoutes(Diagram copy, Diagram original, long revision) {
        if (doc.diagram() == original && original.revision() == revision) {
            EdgeRouter.shareRoutes(copy, original, true);
        }
    }

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
        Diagram copy = copyOf(live);
        RENDERER.execute(() -> {
            try {
                EdgeRouter.routeFromScratch(copy);
            } catch (RuntimeException e) {
                System.getLogger(DiagramCanvas.class.getName()).log(System.Logger.Level.ERROR, "routing failed", e);
                return;
            }
            javafx.application.Platform.runLater(() -> {
                if (doc.diagram() == live && live.revision() == revision) {
                    adoptRoutes(copy, live, revision);
                    snapshot = copy;
                    snapshotOf = live;
                    snapshotRevision = revision;
                    invalidateLayer();
                }
            });
        });
    }

    private void show(Layer spec, java.awt.image.BufferedImage image) {
        if (spec.stamp() < firstStampOfDiagram) {
            requestRepaint();
            return;
        }
        int[] pixels = ((java.awt.image.DataBufferInt) image.getRaster().getDataBuffer()).getData();
        layer.setImage(fxImage(image));
        layer.setFitWidth(spec.width());
        layer.setFitHeight(spec.height());
        shown = spec;
        shownPixels = pixels;
        shownPixelWidth = image.getWidth();
        shownPixelHeight = image.getHeight();
        shownBackground = spec.background();
        layerRenders++;
        updateOverlaySets();
        requestRepaint();
    }

    /** A rendered bitmap (premultiplied ARGB) as a JavaFX image sharing its pixels. */
    static javafx.scene.image.WritableImage fxImage(java.awt.image.BufferedImage image) {
        int[] pixels = ((java.awt.image.DataBufferInt) image.getRaster().getDataBuffer()).getData();
        return new javafx.scene.image.WritableImage(new javafx.scene.image.PixelBuffer<>(image.getWidth(),
                image.getHeight(), java.nio.IntBuffer.wrap(pixels), javafx.scene.image.PixelFormat.getIntArgbPreInstance()));
    }

    /** Renders on the canvas's renderer thread, then hands the result over on the FX thread. */
    static <T> void renderLater(java.util.function.Supplier<T> work, java.util.function.Consumer<T> done) {
        RENDERER.execute(() -> {
            try {
                T result = work.get();
                javafx.application.Platform.runLater(() -> done.accept(result));
            } catch (RuntimeException e) {
                System.getLogger(DiagramCanvas.class.getName()).log(System.Logger.Level.ERROR, "render failed", e);
            }
        });
    }

    /** The diagram as a copy that may be rendered on another thread (with the routes it has now). */
    Diagram renderSnapshot() {
        return snapshot();
    }

    /** Work for the renderer thread: routes for a snapshot carried over from the last one rendered, unless it has some. */
    Runnable routesFor(Diagram snapshot) {
        Diagram earlier = lastRendered;
        return () -> {
            if (earlier != null && earlier != snapshot) {
                EdgeRouter.routeFrom(earlier, snapshot);
            }
        };
    }

    double pixelsPerUnit() {
        return outputScale();
    }

    private static int argb(Paint paint, int fallback) {
        if (paint instanceof Color c) {
            return (int) Math.round(c.getOpacity() * 255) << 24 | (int) Math.round(c.getRed() * 255) << 16
                    | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
        }
        return fallback;
    }

    private double outputScale() {
        return getScene() != null && getScene().getWindow() != null ? getScene().getWindow().getOutputScaleX() : 1;
    }

    private void paintSelection(GraphicsContext gc, Diagram d, double s) {
        gc.setStroke(selectionColor.get());
        gc.setLineWidth(2 / s);
        for (String id : doc.selection()) {
            d.node(id).ifPresent(n -> {
                Bounds b = Geometry.shapeOf(d, n).inflate(3 / s);
                gc.strokeRect(b.x(), b.y(), b.w(), b.h());
            });
            d.edge(id).ifPresent(e -> {
                List<Point> pts = EdgeRouter.route(d, e);
                gc.setLineWidth(3 / s);
                gc.strokePolyline(pts.stream().mapToDouble(Point::x).toArray(),
                        pts.stream().mapToDouble(Point::y).toArray(), pts.size());
                gc.setLineWidth(2 / s);
            });
        }
        String single = doc.singleSelection();
        if (single == null) {
            return;
        }
        d.node(single).ifPresent(n -> {
            if (!isGroup(n)) {
                for (Handles.Resize r : Handles.Resize.values()) {
                    handle(gc, r.on(n.bounds()), s);
                }
            }
            if (!isContainerOrGroup(n) || isGroup(n)) {
                Point c = Handles.connectHandle(Geometry.shapeOf(d, n), s);
                gc.setFill(selectionColor.get());
                double r = Handles.RADIUS / s;
                gc.fillOval(c.x() - r, c.y() - r, 2 * r, 2 * r);
            }
        });
        d.edge(single).ifPresent(e -> Handles.segmentMiddles(EdgeRouter.route(d, e)).forEach(p -> handle(gc, p, s)));
    }

    private void handle(GraphicsContext gc, Point p, double s) {
        double r = Handles.RADIUS / s;
        gc.setFill(handleFill.get());
        gc.fillRect(p.x() - r, p.y() - r, 2 * r, 2 * r);
        gc.setLineWidth(1.2 / s);
        gc.strokeRect(p.x() - r, p.y() - r, 2 * r, 2 * r);
    }

    private void paintOverlays(GraphicsContext gc, double s) {
        Overlays o = overlays;
        if (!o.guides.isEmpty()) {
            gc.setStroke(guideColor.get());
            gc.setLineWidth(1 / s);
            double overhang = 12 / s;
            for (var g : o.guides) {
                if (g.vertical()) {
                    gc.strokeLine(g.position(), g.from() - overhang, g.position(), g.to() + overhang);
                } else {
                    gc.strokeLine(g.from() - overhang, g.position(), g.to() + overhang, g.position());
                }
            }
        }
        for (Bounds t : o.moveTargets) {
            gc.setStroke(o.dropRefused ? refusedColor.get() : dropColor.get());
            gc.setLineWidth(3 / s);
            gc.strokeRect(t.x(), t.y(), t.w(), t.h());
        }
        if (o.dropTarget != null) {
            gc.setStroke(o.dropRefused ? refusedColor.get() : dropColor.get());
            gc.setLineWidth(3 / s);
            gc.strokeRect(o.dropTarget.x(), o.dropTarget.y(), o.dropTarget.w(), o.dropTarget.h());
        }
        if (o.dropEntry != null && o.dropAt != null) {
            gc.setStroke(o.dropRefused ? refusedColor.get() : dropColor.get());
            gc.setLineWidth(1.5 / s);
            gc.setLineDashes(4 / s, 3 / s);
            gc.strokeRect(o.dropAt.x() - o.dropEntry.width() / 2, o.dropAt.y() - o.dropEntry.height() / 2,
                    o.dropEntry.width(), o.dropEntry.height());
            gc.setLineDashes((double[]) null);
        }
        if (o.connectFrom != null && o.connectTo != null) {
            gc.setStroke(selectionColor.get());
            gc.setLineWidth(1.5 / s);
            gc.setLineDashes(5 / s, 3 / s);
            gc.strokeLine(o.connectFrom.x(), o.connectFrom.y(), o.connectTo.x(), o.connectTo.y());
            gc.setLineDashes((double[]) null);
        }
        if (o.rubberBand != null) {
            gc.setStroke(selectionColor.get());
            gc.setLineWidth(1 / s);
            gc.setLineDashes(4 / s, 3 / s);
            gc.strokeRect(o.rubberBand.x(), o.rubberBand.y(), o.rubberBand.w(), o.rubberBand.h());
            gc.setLineDashes((double[]) null);
        }
    }

    boolean isGroup(Node n) {
        return doc.palette().entry(n.type()).map(e -> e.kind() == EntryKind.GROUP).orElse(false);
    }

    boolean isContainerOrGroup(Node n) {
        return doc.palette().entry(n.type()).map(e -> e.kind() == EntryKind.CONTAINER || e.kind() == EntryKind.GROUP)
                .orElse(false);
    }

    // ---- CSS ------------------------------------------------------------------------------

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return STYLES.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return getClassCssMetaData();
    }
}
