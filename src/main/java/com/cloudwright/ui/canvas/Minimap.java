package com.cloudwright.ui.canvas;

import com.cloudwright.ui.common.Bitmaps;
import com.cloudwright.export.CanvasRaster;
import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Point;
import com.cloudwright.render.Geometry;
import javafx.animation.PauseTransition;
import javafx.application.Platform;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.ImageView;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.util.Duration;

import java.util.List;

/**
 * The overview in the canvas's corner: the whole diagram small, with the part in view framed.
 * Click or drag in it to look elsewhere. While the whole drawing is in view there is nowhere else
 * to look: the overview then steps aside (unseen, and clicks there reach the drawing beneath). The diagram is redrawn at most every quarter second
 * (a drag changes it every frame), on the canvas's renderer thread; the frame follows the view at once.
 */
final class Minimap extends Region {

    static final double WIDTH = 220;
    static final double HEIGHT = 140;
    private static final double MARGIN = 6;

    private static final StyleablePropertyFactory<Minimap> STYLES = new StyleablePropertyFactory<>(Region.getClassCssMetaData());
    private static final CssMetaData<Minimap, Paint> VIEW =
            STYLES.createPaintCssMetaData("-cw-minimap-view-color", m -> m.viewColor, Color.GRAY);

    private final StyleableObjectProperty<Paint> viewColor =
            new SimpleStyleableObjectProperty<>(VIEW, this, "viewColor", VIEW.getInitialValue(this));
    private final DiagramCanvas canvas;
    private final ImageView content = new ImageView();
    private final Canvas frame = new Canvas(WIDTH, HEIGHT);
    private final CanvasRaster raster;
    /** Grows with every redraw asked for; a render that is not the latest is not shown. */
    private long requested;
    private final PauseTransition redraw = new PauseTransition(Duration.millis(250));
    private long drawnRevision = -1;
    /** World → minimap: scale and offset of the last drawn diagram. */
    private double scale = 1;
    private double originX;
    private double originY;

    Minimap(DiagramCanvas canvas) {
        this.canvas = canvas;
        this.raster = new CanvasRaster(canvas.document().palette());
        content.setFitWidth(WIDTH);
        content.setFitHeight(HEIGHT);
        getStyleClass().add("minimap");
        setId("minimap");
        setPrefSize(WIDTH, HEIGHT);
        setMinSize(WIDTH, HEIGHT);
        setMaxSize(WIDTH, HEIGHT);
        getChildren().addAll(content, frame);
        redraw.setOnFinished(e -> drawDiagram());
        canvas.framesProperty().addListener((o, a, b) -> {
            if (!isVisible()) {
                return;
            }
            if (canvas.document().revisionProperty().get() != drawnRevision) {
                redraw.playFromStart();
            }
            drawFrame();
            stepAsideWhenAllInView();
        });
        canvas.document().diagramProperty().addListener((o, before, now) -> {
            if (isVisible()) {
                Platform.runLater(this::drawDiagram);
            }
        });
        visibleProperty().addListener((o, was, now) -> {
            if (now) {
                drawDiagram();
            }
        });
        viewColor.addListener((o, a, b) -> drawFrame());
        addEventHandler(MouseEvent.MOUSE_PRESSED, this::lookAt);
        addEventHandler(MouseEvent.MOUSE_DRAGGED, this::lookAt);
        stepAsideWhenAllInView();
    }

    private void lookAt(MouseEvent e) {
        canvas.centreOn((e.getX() - originX) / scale, (e.getY() - originY) / scale);
        e.consume();
    }

    private void stepAsideWhenAllInView() {
        Bounds drawn = Geometry.contentBounds(canvas.document().diagram());
        boolean needed = drawn != null && !canvas.visibleWorld().contains(drawn);
        setOpacity(needed ? 1 : 0);
        setMouseTransparent(!needed);
    }

    /** Whether the overview is shown and takes clicks: the drawing does not fit the view. */
    boolean inUse() {
        return isVisible() && !isMouseTransparent();
    }

    /** The document revision the map shows (tests wait for it). */
    long drawnRevision() {
        return drawnRevision;
    }

    /** The point of the world shown at (x, y) of the minimap (tests). */
    double[] toWorld(double x, double y) {
        return new double[] {(x - originX) / scale, (y - originY) / scale};
    }

    private Bounds world() {
        Diagram d = canvas.document().diagram();
        Bounds content = Geometry.contentBounds(d);
        return content == null ? canvas.visibleWorld() : content;
    }

    void drawDiagram() {
        long revision = canvas.document().revisionProperty().get();
        long request = ++requested;
        Bounds world = world();
        double s = Math.min((WIDTH - 2 * MARGIN) / Math.max(world.w(), 1), (HEIGHT - 2 * MARGIN) / Math.max(world.h(), 1));
        double ox = (WIDTH - world.w() * s) / 2 - world.x() * s;
        double oy = (HEIGHT - world.h() * s) / 2 - world.y() * s;
        double os = canvas.pixelsPerUnit();
        // At this size text and dashes would be noise: the level of detail leaves them out.
        canvas.layer().renderLater(diagram -> raster.render(new CanvasRaster.Request(diagram, new Point(-ox / s, -oy / s), s * os,
                (int) Math.ceil(WIDTH * os), (int) Math.ceil(HEIGHT * os), s * os, n -> true, e -> true, 0, 0, 1)), image -> {
            if (request != requested) {
                return;
            }
            content.setImage(Bitmaps.fxImage(image));
            scale = s;
            originX = ox;
            originY = oy;
            drawnRevision = revision;
            drawFrame();
        });
    }

    private void drawFrame() {
        GraphicsContext gc = frame.getGraphicsContext2D();
        gc.clearRect(0, 0, WIDTH, HEIGHT);
        Bounds v = canvas.visibleWorld();
        gc.setStroke(viewColor.get());
        gc.setLineWidth(1.5);
        double x = Math.max(1, v.x() * scale + originX);
        double y = Math.max(1, v.y() * scale + originY);
        double maxX = Math.min(WIDTH - 1, v.maxX() * scale + originX);
        double maxY = Math.min(HEIGHT - 1, v.maxY() * scale + originY);
        if (maxX > x && maxY > y) {
            gc.strokeRect(x, y, maxX - x, maxY - y);
        }
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return STYLES.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return getClassCssMetaData();
    }
}
