package com.cloudwright.ui.canvas;

import com.cloudwright.ui.common.Document;
import com.cloudwright.ui.palette.IconCache;
import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.render.DiagramPainter;
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
import javafx.css.Styleable;
import javafx.geometry.Point2D;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.layout.Region;

import java.util.List;

/**
 * The drawing surface: paints the diagram through the shared {@link DiagramPainter} (only what
 * is in view, at most once per frame), then the selection, its handles and whatever the gesture
 * in progress shows. Gestures live in {@link CanvasGestures}.
 */
public final class DiagramCanvas extends Region {

    public static final double GRID = 20;

    /** The colours, from the stylesheet's -cw-* tokens. */
    private final CanvasStyle style = new CanvasStyle(this);
    private final Document doc;
    /** The diagram, rendered larger than the view (off the FX thread) so that panning only moves it. */
    private final CanvasLayer layer;
    /** The background where no layer is shown yet. */
    private final javafx.scene.shape.Rectangle backdrop = new javafx.scene.shape.Rectangle();
    /** Selection, handles, gesture feedback and the nodes being dragged, redrawn every frame. */
    private final Canvas overlay = new Canvas();
    private final javafx.animation.PauseTransition settle = new javafx.animation.PauseTransition(javafx.util.Duration.millis(150));
    private final Viewport viewport = new Viewport();
    private final AnimationTimer repaintTimer;
    private final DiagramPainter painter;
    private final FxPainter fx = new FxPainter(new IconCache());
    private final Overlays overlays = new Overlays();
    private final OverlayPainter overlayPainter;
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
    private final LiveElements live = new LiveElements();
    private final List<Decoration> decorations = new java.util.ArrayList<>();

    /** Paints on top of the diagram every frame (problem badges), in world units at the given scale. */
    public interface Decoration {
        void paint(GraphicsContext gc, Diagram diagram, Bounds visibleWorld, double scale);
    }

    public DiagramCanvas(Document doc) {
        this.doc = doc;
        this.overlayPainter = new OverlayPainter(doc);
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
        backdrop.fillProperty().bind(style.background);
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
        for (var p : style.all()) {
            p.addListener((o, a, b) -> invalidateLayer());
        }
        showGrid.addListener((o, a, b) -> invalidateLayer());

        repaintTimer = new AnimationTimer() {
            @Override
            public void handle(long now) {
                if (repaintNeeded) {
                    repaintNeeded = false;
                    paint();
                }
            }
        };
        repaintTimer.start();
    }

    private final com.cloudwright.model.DiagramListener onChange = this::diagramChanged;

    /** A change the gesture in progress draws live leaves the layer as it is. */
    private void diagramChanged(com.cloudwright.model.DiagramChange change) {
        layer.diagramChanged(!live.onlyLiveChanged(change));
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
        live.begin(doc.diagram(), nodeIds, edgeIds);
        updateOverlaySets();
        requestRepaint();
    }

    /** Ends the gesture's live drawing; the overlay goes on drawing its elements until a layer with them is shown. */
    void endLive() {
        if (live.end()) {
            updateOverlaySets();
            requestRepaint();
        }
    }

    private void updateOverlaySets() {
        live.updateOverlay(layer.leftOutNodes(), layer.leftOutEdges());
    }

    /** Whether the layer on screen shows the diagram as it is now, at the view's scale, over the whole view. */
    public boolean layerCurrent() {
        return layer.current(getWidth(), getHeight(), live.nodes(), live.edges());
    }

    /** The rendered layer under the overlay (the overview renders through it; tests and benchmarks look into it). */
    CanvasLayer layer() {
        return layer;
    }

    /** Whether the overlay draws the node this frame (it is live, or the shown layer leaves it out). */
    boolean drawnOnOverlay(String nodeId) {
        return live.overlayNodes().contains(nodeId);
    }

    double pixelsPerUnit() {
        return outputScale();
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

    /** Takes over another canvas's view: the same zoom and scroll position. */
    public void showSameViewAs(DiagramCanvas other) {
        viewport.copy(other.viewport);
        zoom.set(viewport.scale());
        requestRepaint();
    }

    /** This canvas is no longer shown (its window was rebuilt): it stops painting. */
    public void retire() {
        repaintTimer.stop();
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
        Bounds b = SelectionBounds.of(doc);
        fitWorld(b != null ? b : Geometry.contentBounds(doc.diagram()));
    }

    private void fitWorld(Bounds world) {
        double w = getWidth();
        double h = getHeight();
        if (w <= 0) {
            javafx.application.Platform.runLater(() -> fitWorld(world));
            return;
        }
        viewport.fitClearOf(world, w, h, FIT_MARGIN, keptClear.get());
        requestRepaint();
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
        layer.frame(w, h, live.nodes(), live.edges(), style.backgroundArgb(), showGrid.get() ? style.gridArgb() : 0);

        GraphicsContext gc = overlay.getGraphicsContext2D();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.clearRect(0, 0, w, h);
        gc.setTransform(s, 0, 0, s, viewport.offsetX(), viewport.offsetY());
        Diagram d = doc.diagram();
        if (!live.overlayNodes().isEmpty() || !live.overlayEdges().isEmpty()) {
            java.util.Set<String> nodes = live.overlayNodes();
            java.util.Set<String> edges = live.overlayEdges();
            fx.begin(gc, s * outputScale());
            boolean gesture = live.active();
            painter.paint(d, fx, new PaintOptions(viewport.visible(w, h), n -> nodes.contains(n.id()),
                    e -> edges.contains(e.id()), s * outputScale(), gesture));
        }
        // decorations (badges) under the selection, so that a selected node's handles stay on top
        Bounds visible = viewport.visible(w, h);
        decorations.forEach(dec -> dec.paint(gc, d, visible, s));
        overlayPainter.paint(gc, overlays, style.overlayColors(), s);
    }

    private double outputScale() {
        return getScene() != null && getScene().getWindow() != null ? getScene().getWindow().getOutputScaleX() : 1;
    }

    // ---- CSS ------------------------------------------------------------------------------

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return CanvasStyle.cssMetaData();
    }

    CanvasStyle style() {
        return style;
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return getClassCssMetaData();
    }
}
