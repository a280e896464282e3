package com.cloudwright.ui.canvas;

import javafx.css.CssMetaData;
import javafx.css.SimpleStyleableObjectProperty;
import javafx.css.Styleable;
import javafx.css.StyleableObjectProperty;
import javafx.css.StyleablePropertyFactory;
import javafx.scene.layout.Region;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;

import java.util.List;

/** The canvas's colours, styleable from CSS; the defaults hold only until the stylesheet (cloudwright.css) sets the -cw-* tokens. */
final class CanvasStyle {

    private static final StyleablePropertyFactory<DiagramCanvas> STYLES = new StyleablePropertyFactory<>(Region.getClassCssMetaData());
    private static final CssMetaData<DiagramCanvas, Paint> SELECTION =
            STYLES.createPaintCssMetaData("-cw-selection-color", c -> c.style().selection, Color.GRAY);
    private static final CssMetaData<DiagramCanvas, Paint> GRID_COLOR =
            STYLES.createPaintCssMetaData("-cw-grid-color", c -> c.style().grid, Color.LIGHTGRAY);
    private static final CssMetaData<DiagramCanvas, Paint> DROP =
            STYLES.createPaintCssMetaData("-cw-drop-target-color", c -> c.style().drop, Color.GRAY);
    private static final CssMetaData<DiagramCanvas, Paint> REFUSED =
            STYLES.createPaintCssMetaData("-cw-refused-color", c -> c.style().refused, Color.GRAY);
    private static final CssMetaData<DiagramCanvas, Paint> GUIDE =
            STYLES.createPaintCssMetaData("-cw-guide-color", c -> c.style().guide, Color.GRAY);
    private static final CssMetaData<DiagramCanvas, Paint> HANDLE_FILL =
            STYLES.createPaintCssMetaData("-cw-handle-fill", c -> c.style().handleFill, Color.WHITE);
    private static final CssMetaData<DiagramCanvas, Paint> BACKGROUND =
            STYLES.createPaintCssMetaData("-cw-canvas-background", c -> c.style().background, Color.WHITE);

    final StyleableObjectProperty<Paint> selection;
    final StyleableObjectProperty<Paint> grid;
    final StyleableObjectProperty<Paint> drop;
    final StyleableObjectProperty<Paint> refused;
    final StyleableObjectProperty<Paint> guide;
    final StyleableObjectProperty<Paint> handleFill;
    final StyleableObjectProperty<Paint> background;

    CanvasStyle(DiagramCanvas canvas) {
        selection = styleable(canvas, SELECTION, "selectionColor");
        grid = styleable(canvas, GRID_COLOR, "gridColor");
        drop = styleable(canvas, DROP, "dropColor");
        refused = styleable(canvas, REFUSED, "refusedColor");
        guide = styleable(canvas, GUIDE, "guideColor");
        handleFill = styleable(canvas, HANDLE_FILL, "handleFill");
        background = styleable(canvas, BACKGROUND, "background");
    }

    static List<CssMetaData<? extends Styleable, ?>> cssMetaData() {
        return STYLES.getCssMetaData();
    }

    /** Every colour (the layer is rendered afresh when one changes). */
    List<StyleableObjectProperty<Paint>> all() {
        return List.of(selection, grid, drop, refused, guide, handleFill, background);
    }

    OverlayPainter.Colors overlayColors() {
        return new OverlayPainter.Colors(selection.get(), handleFill.get(), guide.get(), drop.get(), refused.get());
    }

    /** The background for the rendered layer, as ARGB. */
    int backgroundArgb() {
        return argb(background.get(), 0xFFFFFFFF);
    }

    /** The grid colour for the rendered layer, as ARGB. */
    int gridArgb() {
        return argb(grid.get(), 0xFFDDDDDD);
    }

    private static int argb(Paint paint, int fallback) {
        if (paint instanceof Color c) {
            return (int) Math.round(c.getOpacity() * 255) << 24 | (int) Math.round(c.getRed() * 255) << 16
                    | (int) Math.round(c.getGreen() * 255) << 8 | (int) Math.round(c.getBlue() * 255);
        }
        return fallback;
    }

    private static StyleableObjectProperty<Paint> styleable(DiagramCanvas canvas, CssMetaData<DiagramCanvas, Paint> meta,
                                                            String name) {
        return new SimpleStyleableObjectProperty<>(meta, canvas, name, meta.getInitialValue(canvas));
    }
}
