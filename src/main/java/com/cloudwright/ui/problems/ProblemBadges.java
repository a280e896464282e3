package com.cloudwright.ui.problems;

import com.cloudwright.ui.canvas.DiagramCanvas;
import com.cloudwright.ui.UiText;
import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.model.Point;
import com.cloudwright.validate.Problem;
import com.cloudwright.validate.QuickFix;
import com.cloudwright.validate.Severity;
import com.cloudwright.validate.ValidationReport;
import javafx.animation.PauseTransition;
import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.geometry.Point2D;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.StrokeLineCap;
import javafx.util.Duration;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The problem badges on the canvas: a mark on each node with problems, in the colour of its
 * worst one, painted over the diagram each frame (only the badges in view: a few hundred circles
 * at most, well under a millisecond). Resting the pointer on a badge shows the node's problems
 * and what to do about them. This region itself is invisible: it sits on the canvas only to take
 * the badge colours from the stylesheet ({@code .problem-badges}).
 */
final class ProblemBadges extends Region implements DiagramCanvas.Decoration {

    private static final StyleablePropertyFactory<ProblemBadges> STYLES = new StyleablePropertyFactory<>(Region.getClassCssMetaData());
    // Defaults only until the stylesheet sets the -cw-badge-* tokens.
    private static final CssMetaData<ProblemBadges, Paint> ERROR =
            STYLES.createPaintCssMetaData("-cw-badge-error", b -> b.errorColor, Color.RED);
    private static final CssMetaData<ProblemBadges, Paint> WARNING =
            STYLES.createPaintCssMetaData("-cw-badge-warning", b -> b.warningColor, Color.ORANGE);
    private static final CssMetaData<ProblemBadges, Paint> INFO =
            STYLES.createPaintCssMetaData("-cw-badge-info", b -> b.infoColor, Color.BLUE);
    private static final CssMetaData<ProblemBadges, Paint> GLYPH =
            STYLES.createPaintCssMetaData("-cw-badge-glyph", b -> b.glyphColor, Color.WHITE);

    private final StyleableObjectProperty<Paint> errorColor = styleable(ERROR, "errorColor");
    private final StyleableObjectProperty<Paint> warningColor = styleable(WARNING, "warningColor");
    private final StyleableObjectProperty<Paint> infoColor = styleable(INFO, "infoColor");
    private final StyleableObjectProperty<Paint> glyphColor = styleable(GLYPH, "glyphColor");

    private final DiagramCanvas canvas;
    private final ProblemsModel model;
    private final Tooltip tooltip = new Tooltip();
    private final PauseTransition hoverDelay = new PauseTransition(Duration.millis(350));
    /** The node whose badge the pointer rests on, or null. */
    private String hovered;
    private Point2D pointer = Point2D.ZERO;

    ProblemBadges(DiagramCanvas canvas, ProblemsModel model) {
        this.canvas = canvas;
        this.model = model;
        getStyleClass().add("problem-badges");
        setManaged(false);
        setMouseTransparent(true);
        setFocusTraversable(false);
        resize(0, 0);
        tooltip.getStyleClass().add("problem-tooltip");
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(520);
        hoverDelay.setOnFinished(e -> showTooltip());

        canvas.addFloating(this);
        canvas.addDecoration(this);
        model.reportProperty().addListener((o, a, b) -> {
            canvas.requestRepaint();
            if (hovered != null && tooltip.isShowing()) {
                tooltip.setText(tooltipText(hovered));
            }
        });
        for (var p : List.of(errorColor, warningColor, infoColor, glyphColor)) {
            p.addListener((o, a, b) -> canvas.requestRepaint());
        }
        canvas.addEventHandler(MouseEvent.MOUSE_MOVED, this::moved);
        canvas.addEventHandler(MouseEvent.MOUSE_EXITED, e -> hover(null));
        canvas.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> hover(null));
        canvas.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> hover(null));
    }

    Tooltip tooltip() {
        return tooltip;
    }

    /** The node whose badge is under the world point, or null; services' badges lie over containers'. */
    String badgeAt(double worldX, double worldY) {
        Diagram d = canvas.document().diagram();
        double s = canvas.scale();
        List<String> ids = model.badgedNodes();
        for (int i = ids.size() - 1; i >= 0; i--) {
            Node n = d.node(ids.get(i)).orElse(null);
            if (n != null && model.report().worstOf(n.id()).filter(w -> BadgeGeometry.shows(w, s)).isPresent()
                    && BadgeGeometry.hits(BadgeGeometry.centre(d, n, s), worldX, worldY, s)) {
                return n.id();
            }
        }
        return null;
    }

    /** The screen position of a node's badge (for tests), if it has one. */
    Optional<Point2D> badgeOnScreen(String nodeId) {
        Diagram d = canvas.document().diagram();
        return d.node(nodeId).filter(n -> model.badgedNodes().contains(nodeId)).map(n -> {
            Point c = BadgeGeometry.centre(d, n, canvas.scale());
            return canvas.toScreen(c.x(), c.y());
        });
    }

    /** The tooltip's text for a node: each problem with its rule, then what to do. */
    String tooltipText(String nodeId) {
        ValidationReport r = model.report();
        StringBuilder out = new StringBuilder();
        for (Problem p : r == null ? List.<Problem>of() : r.problemsOf(nodeId)) {
            if (!out.isEmpty()) {
                out.append("\n\n");
            }
            out.append(UiText.get("problems.tooltip.problem", UiText.get("problems.severity." + p.severity().id()),
                    p.ruleId(), p.message()));
            String hint = model.hintOf(p);
            if (!hint.isBlank()) {
                out.append('\n').append(UiText.get("problems.tooltip.hint", hint));
            }
        }
        List<QuickFix> fixes = out.isEmpty() ? List.of() : model.quickFixesFor(nodeId);
        if (!fixes.isEmpty()) {
            out.append("\n\n").append(UiText.get("problems.tooltip.fixes", fixes.size(), fixes.get(0).title()));
        }
        return out.toString();
    }

    @Override
    public void paint(GraphicsContext gc, Diagram d, Bounds visible, double s) {
        ValidationReport r = model.report();
        if (r == null) {
            return;
        }
        for (String id : model.badgedNodes()) {
            Node n = d.node(id).orElse(null);
            Optional<Severity> worst = r.worstOf(id);
            if (n == null || worst.isEmpty() || !BadgeGeometry.shows(worst.get(), s)) {
                continue;
            }
            Point c = BadgeGeometry.centre(d, n, s);
            if (BadgeGeometry.visible(c, visible, s)) {
                paintBadge(gc, c, worst.get(), s);
            }
        }
    }

    private void paintBadge(GraphicsContext gc, Point c, Severity severity, double s) {
        // information is worth knowing, not a problem: a smaller mark
        double onScreen = BadgeGeometry.radius(s);
        double r = (severity == Severity.INFO ? onScreen * 0.8 : onScreen) / s;
        gc.setFill(colour(severity));
        gc.setStroke(glyphColor.get());
        gc.setLineWidth(Math.min(1.5, onScreen / 4) / s);
        if (severity == Severity.WARNING) {
            double[] xs = {c.x(), c.x() + r * 1.1, c.x() - r * 1.1};
            double[] ys = {c.y() - r * 1.05, c.y() + r * 0.85, c.y() + r * 0.85};
            gc.fillPolygon(xs, ys, 3);
            gc.strokePolygon(xs, ys, 3);
        } else {
            gc.fillOval(c.x() - r, c.y() - r, 2 * r, 2 * r);
            gc.strokeOval(c.x() - r, c.y() - r, 2 * r, 2 * r);
        }
        if (onScreen < BadgeGeometry.GLYPH_MIN_RADIUS) {
            return;
        }
        // the glyph: "!" for errors and warnings, "i" for information
        double dot = 0.95 / s;
        gc.setFill(glyphColor.get());
        gc.setLineCap(StrokeLineCap.ROUND);
        gc.setLineWidth(2 / s);
        double shift = severity == Severity.WARNING ? r * 0.12 : 0;
        if (severity == Severity.INFO) {
            gc.fillOval(c.x() - dot, c.y() - r * 0.55 - dot, 2 * dot, 2 * dot);
            gc.strokeLine(c.x(), c.y() - r * 0.1, c.x(), c.y() + r * 0.5);
        } else {
            gc.strokeLine(c.x(), c.y() - r * 0.5 + shift, c.x(), c.y() + r * 0.1 + shift);
            gc.fillOval(c.x() - dot, c.y() + r * 0.5 + shift - dot, 2 * dot, 2 * dot);
        }
        gc.setLineCap(StrokeLineCap.SQUARE);
    }

    private Paint colour(Severity severity) {
        return switch (severity) {
            case ERROR -> errorColor.get();
            case WARNING -> warningColor.get();
            case INFO -> infoColor.get();
        };
    }

    private void moved(MouseEvent e) {
        pointer = new Point2D(e.getScreenX(), e.getScreenY());
        Point2D world = canvas.toWorld(e.getX(), e.getY());
        hover(badgeAt(world.getX(), world.getY()));
    }

    private void hover(String id) {
        if (Objects.equals(id, hovered)) {
            return;
        }
        hovered = id;
        tooltip.hide();
        if (id == null) {
            hoverDelay.stop();
        } else {
            hoverDelay.playFromStart();
        }
    }

    private void showTooltip() {
        if (hovered == null || canvas.getScene() == null) {
            return;
        }
        String text = tooltipText(hovered);
        if (text.isEmpty()) {
            return;
        }
        tooltip.setText(text);
        tooltip.show(canvas, pointer.getX() + 12, pointer.getY() + 16);
    }

    private StyleableObjectProperty<Paint> styleable(CssMetaData<ProblemBadges, Paint> meta, String name) {
        return new SimpleStyleableObjectProperty<>(meta, this, name, meta.getInitialValue(this));
    }

    public static List<CssMetaData<? extends Styleable, ?>> getClassCssMetaData() {
        return STYLES.getCssMetaData();
    }

    @Override
    public List<CssMetaData<? extends Styleable, ?>> getCssMetaData() {
        return getClassCssMetaData();
    }
}
