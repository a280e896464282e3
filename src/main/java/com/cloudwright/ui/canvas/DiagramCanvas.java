package com.cloudwright.ui.canvas;

import com.cloudwright.ui.common.Document;
import com.cloudwright.ui.palette.IconCache;
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
public final class DiagramCanvas extends Region {

    public static final double GRID = 20;

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

    private final Document doc;
    /** The diagram, rendered larger than the view (off the FX thread) so that panning only moves it. */
    private final CanvasLayer layer;
    /** The background where no layer is shown yet. */
    private final javafx.scene.shape.Rectangle backdrop = new javafx.scene.shape.Rectangle();
    /** Selection, handles, gesture feedback and the nodes being dragged, redrawn every frame. */
    private final Canvas overlay = new Canvas();
    private final javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.millis(150));
    private final Viewport viewport = new Viewport();
    private final DiagramPainter painter;
    private final FxPainter fx = new FxPainter(new IconCache());
    private final Overlays overlays = new Overlays();
    private final DoubleProperty zoom = new SimpleDoubleProperty(this, "zoom", 1);
    /** Grows with every painted frame: what shows of the diagram (or the diagram) may have changed. */
    private final javafx.beans.property.LongProperty frames = new javafx.beans.property.SimpleLongProperty(this, "frames");
    private final BooleanProperty snapToGrid = new SimpleBooleanProperty(this, "snapToGrid", true);
    private final BooleanProperty showGrid = new SimpleBooleanProperty(this, "showGrid", true);
    private static final double FIT_MARGIN = 30;
    private java.util.function.Supplier<javafx.geometry.Dimension2D> keptClear = () -> null;
    private boolean repaintNeeded = true;
    private long framesPainted;
    /** Elements being changed by a gesture: drawn on the overlay, left out of the layer. */
    private java.util.Set<String> liveNodes = java.util.Set.of();
    private java.util.Set<String> liveEdges = java.util.Set.of();
    /** What the overlay paints: the live elements and those the shown layer still leaves out. */
    private java.util.Set<String> overlayNodes = java.util.Set.of();
    private java.util.Set<String> overlayEdges = java.util.Set.of();
    private final List<Decoration> decorations = new java.util.ArrayList<>();

    /** Paints on top of the diagram every frame (problem badges), in world units at the given scale. */
    public interface Decoration {
        void paint(GraphicsContext gc, Diagram diagram, Bounds visibleWorld, double scale);
    }

    public DiagramCanvas(Document doc) {
        this.doc = doc;
        this.painter = new DiagramPainter(doc.palette(), Theme.bundled());
        this.layer = new CanvasLayer(doc, viewport, () -> settle.getStatus() == javafx.animation.Animation.Status.RUNNING,
                this::outputScale, () -> {
                    updateOverlaySets();
                    requestRepaint();
                });
        getStyleClass().add("diagram-canvas");
        setFocusTraversable(true);
        getChildren().add(backdrop);
        getChildren().addAll(layer.nodes());
        getChildren().add(overlay);
        backdrop.widthProperty().bind(widthProperty());
        backdrop.heightProperty().bind(heightProperty());
        backdrop.fillProperty().bind(background);
        backdrop.setMouseTransparent(true);
        overlay.setMouseTransparent(true);
        // The layer extends beyond the view; the clip keeps it inside (and limits compositing to what shows).
        javafx.scene.shape.Rectangle clip = new javafx.scene.shape.Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);
        setMinSize(200, 200);
        settle.setOnFinished(e -> requestRepaint());

        doc.revisionProperty().addListener((o, a, b) -> requestRepaint());
        doc.diagramProperty().addListener((o, a, b) -> listenTo(b));
        listenTo(doc.diagram());
        doc.diagramProperty().addListener((o, a, b) -> {
            // another diagram: nothing of the last one's layer may show, nor a render of it still under way
            layer.diagramReplaced();
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

    private final com.cloudwright.model.DiagramListener onChange = this::diagramChanged;

    /** A change the gesture in progress draws live leaves the layer as it is. */
    private void diagramChanged(com.cloudwright.model.DiagramChange change) {
        layer.diagramChanged(!(liveNodes.containsAll(change.nodeIds()) && liveEdges.containsAll(change.edgeIds())
                && !change.fieldsChanged()));
    }

    private void listenTo(Diagram d) {
        d.removeListener(onChange);
        d.addListener(onChange);
        layer.invalidate();
    }

    /** Renders the layer afresh (colours or the grid changed). */
    void invalidateLayer() {
        layer.invalidate();
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
        overlayNodes = union(liveNodes, layer.leftOutNodes());
        overlayEdges = union(liveEdges, layer.leftOutEdges());
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
    public boolean layerCurrent() {
        return layer.current(getWidth(), getHeight(), liveNodes, liveEdges);
    }

    long layerRenders() {
        return layer.renders();
    }

    /** The colour the shown layer has at a canvas point, or null where it does not reach (tests). */
    Color layerColorAt(double worldX, double worldY) {
        return layer.colorAt(worldX, worldY);
    }

    /** Renders on the FX thread when a render took less than this (0: always on the worker; tests). */
    void setSyncBudget(double millis) {
        layer.setSyncBudget(millis);
    }

    /** The frame shown while zooming, or null when the layer is shown as rendered (tests). */
    ZoomFrame zoomFrame() {
        return layer.zoomFrame();
    }

    /** Whether the overlay draws the node this frame (it is live, or the shown layer leaves it out). */
    boolean drawnOnOverlay(String nodeId) {
        return overlayNodes.contains(nodeId);
    }

    /** Frames painted while the view reached beyond the rendered layer (benchmarks). */
    long uncoveredFrames() {
        return layer.uncoveredFrames();
    }

    /** Renders something of the diagram as it is now on the renderer thread, then hands it over on the FX thread. */
    <T> void renderLater(java.util.function.Function<Diagram, T> work, java.util.function.Consumer<T> done) {
        layer.renderLater(work, done);
    }

    double pixelsPerUnit() {
        return outputScale();
    }

    private StyleableObjectProperty<Paint> styleable(CssMetaData<DiagramCanvas, Paint> meta, String name) {
        return new SimpleStyleableObjectProperty<>(meta, this, name, meta.getInitialValue(this));
    }

    // ---- view -----------------------------------------------------------------------------

    public Document document() {
        return doc;
    }

    Overlays overlays() {
        return overlays;
    }

    public void requestRepaint() {
        repaintNeeded = true;
    }

    public void addDecoration(Decoration decoration) {
        decorations.add(decoration);
        requestRepaint();
    }

    public double scale() {
        return viewport.scale();
    }

    /** The zoom level shown in the status bar (1 = 100 %). */
    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom;
    }

    public BooleanProperty snapToGridProperty() {
        return snapToGrid;
    }

    public BooleanProperty showGridProperty() {
        return showGrid;
    }

    javafx.beans.value.ObservableLongValue framesProperty() {
        return frames;
    }

    /** Pans so that the world point shows in the middle of the view. */
    void centreOn(double worldX, double worldY) {
        Point2D at = viewport.toView(worldX, worldY);
        viewport.pan(getWidth() / 2 - at.getX(), getHeight() / 2 - at.getY());
        requestRepaint();
    }

    public long framesPainted() {
        return framesPainted;
    }

    /** Zooms; the rendered layer is scaled meanwhile and drawn afresh once the zooming pauses. */
    void zoomAt(double factor, double viewX, double viewY) {
        viewport.zoomAt(factor, viewX, viewY);
        settle.playFromStart();
        requestRepaint();
    }

    public void zoomBy(double factor) {
        zoomAt(factor, getWidth() / 2, getHeight() / 2);
    }

    public void zoomReset() {
        zoomAt(1 / viewport.scale(), getWidth() / 2, getHeight() / 2);
    }

    public void zoomToFit() {
        fitWorld(Geometry.contentBounds(doc.diagram()));
    }

    /** Fits the selection into view (the whole diagram when nothing is selected). */
    public void zoomToSelection() {
        Bounds b = selectionBounds();
        fitWorld(b != null ? b : Geometry.contentBounds(doc.diagram()));
    }

    private void fitWorld(Bounds world) {
        double w = getWidth();
        double h = getHeight();
        if (w <= 0) {
            javafx.application.Platform.runLater(() -> fitWorld(world));
            return;
        }
        viewport.fit(world, w, h, FIT_MARGIN);
        javafx.geometry.Dimension2D corner = keptClear.get();
        if (world != null && corner != null && coversCorner(world, w, h, corner)) {
            // beside or above the control in the corner, whichever shows the diagram larger
            double beside = Viewport.fitScale(world, w - corner.getWidth(), h, FIT_MARGIN);
            double above = Viewport.fitScale(world, w, h - corner.getHeight(), FIT_MARGIN);
            if (beside >= above) {
                viewport.fit(world, w - corner.getWidth(), h, FIT_MARGIN);
            } else {
                viewport.fit(world, w, h - corner.getHeight(), FIT_MARGIN);
            }
        }
        requestRepaint();
    }

    private boolean coversCorner(Bounds world, double w, double h, javafx.geometry.Dimension2D corner) {
        Point2D bottomRight = viewport.toView(world.maxX(), world.maxY());
        return bottomRight.getX() > w - corner.getWidth() && bottomRight.getY() > h - corner.getHeight();
    }

    /**
     * A control over the canvas's bottom right corner (the overview map) that zoom to fit keeps
     * the diagram clear of; the supplier gives its size with its margin, or null while it is hidden.
     */
    void keepCornerClear(java.util.function.Supplier<javafx.geometry.Dimension2D> corner) {
        keptClear = corner;
    }

    /** Scrolls so the world rectangle is in view, keeping the zoom. */
    public void reveal(Bounds world) {
        Bounds visible = visibleWorld();
        if (visible.contains(world)) {
            return;
        }
        Point2D centre = viewport.toView(world.centerX(), world.centerY());
        viewport.pan(getWidth() / 2 - centre.getX(), getHeight() / 2 - centre.getY());
        requestRepaint();
    }

    public void panBy(double dx, double dy) {
        viewport.pan(dx, dy);
        requestRepaint();
    }

    public Bounds visibleWorld() {
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
    public Point2D toScreen(double worldX, double worldY) {
        Point2D view = viewport.toView(worldX, worldY);
        return localToScreen(view.getX(), view.getY());
    }

    Point2D toView(double worldX, double worldY) {
        return viewport.toView(worldX, worldY);
    }

    public Point2D toWorld(double viewX, double viewY) {
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
    public void addFloating(javafx.scene.Node control) {
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
        layer.frame(w, h, liveNodes, liveEdges, argb(background.get(), 0xFFFFFFFF),
                showGrid.get() ? argb(gridColor.get(), 0xFFDDDDDD) : 0);

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
