package com.cloudwright.ui;

import com.cloudwright.edit.Placer;
import com.cloudwright.model.AddNode;
import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.MoveNodes;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.model.Point;
import com.cloudwright.model.RemoveElements;
import com.cloudwright.palette.PaletteEntry;
import com.cloudwright.render.DiagramPainter;
import com.cloudwright.render.EdgeRouter;
import com.cloudwright.render.Geometry;
import com.cloudwright.render.Theme;
import javafx.animation.AnimationTimer;
import javafx.css.CssMetaData;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.geometry.Point2D;
import javafx.scene.Cursor;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseDragEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The drawing surface: paints the diagram through {@link DiagramPainter} (only what is in view,
 * at most once per frame) and turns mouse and keyboard gestures into commands.
 */
final class DiagramCanvas extends Region {

    private static final StyleablePropertyFactory<DiagramCanvas> STYLES = new StyleablePropertyFactory<>(Region.getClassCssMetaData());
    private static final double GRID = 20;
    private static final double DRAG_THRESHOLD = 3;

    // Defaults only until the stylesheet (cloudwright.css) sets the -cw-* tokens.
    private static final CssMetaData<DiagramCanvas, Paint> SELECTION =
            STYLES.createPaintCssMetaData("-cw-selection-color", c -> c.selectionColor, Color.GRAY);
    private static final CssMetaData<DiagramCanvas, Paint> GRID_COLOR =
            STYLES.createPaintCssMetaData("-cw-grid-color", c -> c.gridColor, Color.LIGHTGRAY);
    private static final CssMetaData<DiagramCanvas, Paint> DROP =
            STYLES.createPaintCssMetaData("-cw-drop-target-color", c -> c.dropColor, Color.GRAY);
    private static final CssMetaData<DiagramCanvas, Paint> BACKGROUND =
            STYLES.createPaintCssMetaData("-cw-canvas-background", c -> c.background, Color.WHITE);

    private final StyleableObjectProperty<Paint> selectionColor =
            new SimpleStyleableObjectProperty<>(SELECTION, this, "selectionColor", Color.GRAY);
    private final StyleableObjectProperty<Paint> gridColor =
            new SimpleStyleableObjectProperty<>(GRID_COLOR, this, "gridColor", Color.LIGHTGRAY);
    private final StyleableObjectProperty<Paint> dropColor =
            new SimpleStyleableObjectProperty<>(DROP, this, "dropColor", Color.GRAY);
    private final StyleableObjectProperty<Paint> background =
            new SimpleStyleableObjectProperty<>(BACKGROUND, this, "background", Color.WHITE);

    private final Document doc;
    private final PaletteDrag paletteDrag;
    private final Canvas canvas = new Canvas();
    private final Viewport viewport = new Viewport();
    private final DiagramPainter painter;
    private final FxPainter fx = new FxPainter(new IconCache());
    private final HitTester hits;
    private final Placer placer;
    private final javafx.beans.property.DoubleProperty zoom = new javafx.beans.property.SimpleDoubleProperty(this, "zoom", 1);
    private boolean repaintNeeded = true;
    private long framesPainted;

    private enum Gesture { NONE, MOVE, RUBBER_BAND, PAN }

    private Gesture gesture = Gesture.NONE;
    private Object moveGesture;
    private boolean moveStarted;
    private Point2D pressView;
    private Point2D lastWorld;
    private boolean spaceDown;
    private Bounds rubberBand;
    private Point2D dropPreview;

    DiagramCanvas(Document doc, PaletteDrag paletteDrag) {
        this.doc = doc;
        this.paletteDrag = paletteDrag;
        this.painter = new DiagramPainter(doc.palette(), Theme.bundled());
        this.hits = new HitTester(doc.palette());
        this.placer = new Placer(doc.palette());
        getStyleClass().add("diagram-canvas");
        setFocusTraversable(true);
        getChildren().add(canvas);
        setMinSize(200, 200);

        doc.revisionProperty().addListener((o, a, b) -> requestRepaint());
        doc.diagramProperty().addListener((o, a, b) -> {
            if (b.nodeCount() == 0) {
                viewport.reset();
            } else {
                zoomToFit();
            }
            requestRepaint();
        });
        doc.selection().addListener((javafx.collections.SetChangeListener<String>) c -> requestRepaint());
        for (var p : List.of(selectionColor, gridColor, dropColor, background)) {
            p.addListener((o, a, b) -> requestRepaint());
        }

        addEventHandler(MouseEvent.MOUSE_PRESSED, this::pressed);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::dragged);
        addEventHandler(MouseEvent.MOUSE_RELEASED, this::released);
        addEventHandler(MouseDragEvent.MOUSE_DRAG_OVER, this::paletteDragOver);
        addEventHandler(MouseDragEvent.MOUSE_DRAG_EXITED, e -> {
            dropPreview = null;
            requestRepaint();
        });
        addEventHandler(MouseDragEvent.MOUSE_DRAG_RELEASED, this::paletteDropped);
        addEventHandler(ScrollEvent.SCROLL, this::scrolled);
        addEventHandler(ZoomEvent.ZOOM, e -> {
            zoomAt(e.getZoomFactor(), e.getX(), e.getY());
            e.consume();
        });
        addEventHandler(KeyEvent.KEY_PRESSED, this::keyPressed);
        addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (e.getCode() == KeyCode.SPACE) {
                spaceDown = false;
                setCursor(Cursor.DEFAULT);
            }
        });

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

    // ---- view -----------------------------------------------------------------------------

    void requestRepaint() {
        repaintNeeded = true;
    }

    double scale() {
        return viewport.scale();
    }

    /** The zoom level shown in the status bar (1 = 100 %). */
    javafx.beans.property.ReadOnlyDoubleProperty zoomProperty() {
        return zoom;
    }

    long framesPainted() {
        return framesPainted;
    }

    void zoomAt(double factor, double viewX, double viewY) {
        viewport.zoomAt(factor, viewX, viewY);
        requestRepaint();
    }

    void zoomBy(double factor) {
        zoomAt(factor, getWidth() / 2, getHeight() / 2);
    }

    void zoomReset() {
        double cx = getWidth() / 2;
        double cy = getHeight() / 2;
        viewport.zoomAt(1 / viewport.scale(), cx, cy);
        requestRepaint();
    }

    void zoomToFit() {
        viewport.fit(Geometry.contentBounds(doc.diagram()), getWidth(), getHeight(), 30);
        requestRepaint();
    }

    /** The screen position of a world point (for tests and popups). */
    Point2D toScreen(double worldX, double worldY) {
        Point2D view = viewport.toView(worldX, worldY);
        return localToScreen(view.getX(), view.getY());
    }

    Point2D toWorld(double viewX, double viewY) {
        return viewport.toWorld(viewX, viewY);
    }

    @Override
    protected void layoutChildren() {
        if (canvas.getWidth() != getWidth() || canvas.getHeight() != getHeight()) {
            canvas.setWidth(getWidth());
            canvas.setHeight(getHeight());
            requestRepaint();
        }
    }

    private void paint() {
        framesPainted++;
        zoom.set(viewport.scale());
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        GraphicsContext gc = canvas.getGraphicsContext2D();
        gc.setTransform(1, 0, 0, 1, 0, 0);
        gc.setFill(background.get());
        gc.fillRect(0, 0, w, h);
        paintGrid(gc, w, h);

        double s = viewport.scale();
        gc.setTransform(s, 0, 0, s, viewport.offsetX(), viewport.offsetY());
        Bounds visible = viewport.visible(w, h);
        Diagram d = doc.diagram();
        fx.begin(gc, s * outputScale());
        painter.paint(d, fx, visible);
        paintSelection(gc, d, s);
        paintDropPreview(gc, d, s);
        if (rubberBand != null) {
            gc.setStroke(selectionColor.get());
            gc.setLineWidth(1 / s);
            gc.setLineDashes(4 / s, 3 / s);
            gc.strokeRect(rubberBand.x(), rubberBand.y(), rubberBand.w(), rubberBand.h());
            gc.setLineDashes((double[]) null);
        }
    }

    private double outputScale() {
        return getScene() != null && getScene().getWindow() != null ? getScene().getWindow().getOutputScaleX() : 1;
    }

    private void paintGrid(GraphicsContext gc, double w, double h) {
        double step = GRID * viewport.scale();
        if (step < 8) {
            return;
        }
        gc.setStroke(gridColor.get());
        gc.setLineWidth(1);
        double startX = viewport.offsetX() % step;
        double startY = viewport.offsetY() % step;
        for (double x = startX; x < w; x += step) {
            gc.strokeLine(Math.floor(x) + 0.5, 0, Math.floor(x) + 0.5, h);
        }
        for (double y = startY; y < h; y += step) {
            gc.strokeLine(0, Math.floor(y) + 0.5, w, Math.floor(y) + 0.5);
        }
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
                double[] xs = pts.stream().mapToDouble(Point::x).toArray();
                double[] ys = pts.stream().mapToDouble(Point::y).toArray();
                gc.setLineWidth(3 / s);
                gc.strokePolyline(xs, ys, xs.length);
                gc.setLineWidth(2 / s);
            });
        }
    }

    private void paintDropPreview(GraphicsContext gc, Diagram d, double s) {
        PaletteEntry entry = paletteDrag.entry();
        if (dropPreview == null || entry == null) {
            return;
        }
        gc.setStroke(dropColor.get());
        gc.setLineWidth(2.5 / s);
        placer.containerAt(d, entry.id(), dropPreview.getX(), dropPreview.getY(), Set.of()).ifPresent(c ->
                gc.strokeRect(c.bounds().x(), c.bounds().y(), c.bounds().w(), c.bounds().h()));
        gc.setLineWidth(1 / s);
        gc.setLineDashes(4 / s, 3 / s);
        gc.strokeRect(dropPreview.getX() - entry.width() / 2, dropPreview.getY() - entry.height() / 2,
                entry.width(), entry.height());
        gc.setLineDashes((double[]) null);
    }

    // ---- mouse ----------------------------------------------------------------------------

    private void pressed(MouseEvent e) {
        requestFocus();
        pressView = new Point2D(e.getX(), e.getY());
        lastWorld = viewport.toWorld(e.getX(), e.getY());
        if (e.getButton() == MouseButton.MIDDLE || (e.getButton() == MouseButton.PRIMARY && spaceDown)) {
            gesture = Gesture.PAN;
            setCursor(Cursor.CLOSED_HAND);
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        String hit = hits.at(doc.diagram(), lastWorld.getX(), lastWorld.getY(), 4 / viewport.scale());
        boolean toggle = e.isShiftDown() || e.isShortcutDown();
        if (hit == null) {
            if (!toggle) {
                doc.selection().clear();
            }
            gesture = Gesture.RUBBER_BAND;
            return;
        }
        if (toggle) {
            if (!doc.selection().remove(hit)) {
                doc.selection().add(hit);
            }
        } else if (!doc.selection().contains(hit)) {
            doc.select(hit);
        }
        gesture = doc.diagram().node(hit).isPresent() ? Gesture.MOVE : Gesture.NONE;
        moveGesture = new Object();
        moveStarted = false;
    }

    private void dragged(MouseEvent e) {
        Point2D world = viewport.toWorld(e.getX(), e.getY());
        switch (gesture) {
            case PAN -> {
                Point2D before = viewport.toView(lastWorld.getX(), lastWorld.getY());
                viewport.pan(e.getX() - before.getX(), e.getY() - before.getY());
                requestRepaint();
                return;
            }
            case MOVE -> {
                if (!moveStarted && pressView.distance(e.getX(), e.getY()) < DRAG_THRESHOLD) {
                    return;
                }
                moveStarted = true;
                double dx = world.getX() - lastWorld.getX();
                double dy = world.getY() - lastWorld.getY();
                Set<String> moving = movingIds();
                if (!moving.isEmpty() && (dx != 0 || dy != 0)) {
                    doc.execute(new MoveNodes(moving, dx, dy, moveGesture));
                }
            }
            case RUBBER_BAND -> {
                Point2D start = viewport.toWorld(pressView.getX(), pressView.getY());
                rubberBand = new Bounds(Math.min(start.getX(), world.getX()), Math.min(start.getY(), world.getY()),
                        Math.abs(world.getX() - start.getX()), Math.abs(world.getY() - start.getY()));
                requestRepaint();
            }
            default -> {
            }
        }
        lastWorld = world;
    }

    private void released(MouseEvent e) {
        if (gesture == Gesture.RUBBER_BAND && rubberBand != null) {
            Diagram d = doc.diagram();
            for (Node n : d.nodes()) {
                if (rubberBand.contains(Geometry.shapeOf(d, n))) {
                    doc.selection().add(n.id());
                }
            }
            rubberBand = null;
            requestRepaint();
        }
        if (gesture == Gesture.PAN) {
            setCursor(spaceDown ? Cursor.OPEN_HAND : Cursor.DEFAULT);
        }
        gesture = Gesture.NONE;
        moveGesture = null;
    }

    /** The selected nodes, without those inside another selected node, plus overlay groups' members. */
    private Set<String> movingIds() {
        Diagram d = doc.diagram();
        Set<String> ids = new LinkedHashSet<>();
        for (String id : doc.selection()) {
            d.node(id).ifPresent(n -> {
                if (NodeTypes.isOverlayGroup(n.type())) {
                    d.members(n).forEach(m -> ids.add(m.id()));
                }
                ids.add(id);
            });
        }
        ids.removeIf(id -> d.ancestors(d.requireNode(id)).stream().anyMatch(a -> ids.contains(a.id())));
        return ids;
    }

    private void paletteDragOver(MouseDragEvent e) {
        if (paletteDrag.entry() != null) {
            dropPreview = viewport.toWorld(e.getX(), e.getY());
            requestRepaint();
        }
    }

    private void paletteDropped(MouseDragEvent e) {
        PaletteEntry entry = paletteDrag.entry();
        paletteDrag.end();
        dropPreview = null;
        if (entry == null) {
            return;
        }
        Point2D at = viewport.toWorld(e.getX(), e.getY());
        addAt(entry, at.getX(), at.getY());
        requestFocus();
    }

    /** Adds a node of the entry centred on the world point and selects it. */
    void addAt(PaletteEntry entry, double worldX, double worldY) {
        Node node = placer.create(doc.diagram(), entry, worldX, worldY);
        doc.execute(new AddNode(node));
        doc.select(node.id());
    }

    /** Adds a node of the entry in the middle of the view. */
    void addInView(PaletteEntry entry) {
        Point2D centre = viewport.toWorld(getWidth() / 2, getHeight() / 2);
        addAt(entry, centre.getX(), centre.getY());
    }

    private void scrolled(ScrollEvent e) {
        if (e.isShortcutDown()) {
            zoomAt(Math.pow(1.0015, e.getDeltaY()), e.getX(), e.getY());
        } else {
            viewport.pan(e.getDeltaX(), e.getDeltaY());
            requestRepaint();
        }
        e.consume();
    }

    // ---- keyboard -------------------------------------------------------------------------

    private void keyPressed(KeyEvent e) {
        switch (e.getCode()) {
            case SPACE -> {
                spaceDown = true;
                setCursor(Cursor.OPEN_HAND);
            }
            case DELETE, BACK_SPACE -> deleteSelection();
            case LEFT, RIGHT, UP, DOWN -> nudge(e);
            default -> {
                return;
            }
        }
        e.consume();
    }

    void deleteSelection() {
        if (!doc.selection().isEmpty()) {
            doc.execute(new RemoveElements(Set.copyOf(doc.selection())));
        }
    }

    private void nudge(KeyEvent e) {
        double step = e.isShiftDown() ? GRID : 1;
        double dx = e.getCode() == KeyCode.LEFT ? -step : e.getCode() == KeyCode.RIGHT ? step : 0;
        double dy = e.getCode() == KeyCode.UP ? -step : e.getCode() == KeyCode.DOWN ? step : 0;
        Set<String> moving = movingIds();
        if (!moving.isEmpty()) {
            doc.execute(new MoveNodes(moving, dx, dy, null));
        }
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
