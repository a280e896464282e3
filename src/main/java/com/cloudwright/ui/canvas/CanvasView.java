package com.cloudwright.ui.canvas;

import com.cloudwright.model.Bounds;
import com.cloudwright.render.Geometry;
import javafx.beans.property.BooleanProperty;
import javafx.geometry.Insets;
import javafx.geometry.Orientation;
import javafx.geometry.Pos;
import javafx.scene.control.ScrollBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.StackPane;

/**
 * The canvas as the window shows it: scroll bars over the diagram's extent (plus the view, so
 * one can always scroll back), and the minimap in the bottom-right corner.
 */
public final class CanvasView extends BorderPane {

    private final DiagramCanvas canvas;
    private final ScrollBar horizontal = new ScrollBar();
    private final ScrollBar vertical = new ScrollBar();
    private static final double MINIMAP_MARGIN = 12;
    private final Minimap minimap;
    private boolean syncing;
    private long extentRevision = -1;
    private Bounds content;

    public CanvasView(DiagramCanvas canvas) {
        this.canvas = canvas;
        this.minimap = new Minimap(canvas);
        horizontal.setId("canvas-scroll-horizontal");
        vertical.setId("canvas-scroll-vertical");
        vertical.setOrientation(Orientation.VERTICAL);
        StackPane stack = new StackPane(canvas, EmptyCanvasHint.create(canvas.document()), minimap);
        StackPane.setAlignment(minimap, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(minimap, new Insets(0, MINIMAP_MARGIN, MINIMAP_MARGIN, 0));
        canvas.keepCornerClear(() -> minimap.isVisible()
                ? new javafx.geometry.Dimension2D(Minimap.WIDTH + MINIMAP_MARGIN, Minimap.HEIGHT + MINIMAP_MARGIN) : null);
        stack.setMinSize(0, 0);
        setCenter(stack);
        setRight(vertical);
        setBottom(horizontal);
        canvas.framesProperty().addListener((o, a, b) -> sync());
        horizontal.valueProperty().addListener((o, a, b) -> scrolled(b.doubleValue() - a.doubleValue(), 0));
        vertical.valueProperty().addListener((o, a, b) -> scrolled(0, b.doubleValue() - a.doubleValue()));
    }

    DiagramCanvas canvas() {
        return canvas;
    }

    Minimap minimap() {
        return minimap;
    }

    public BooleanProperty minimapShownProperty() {
        return minimap.visibleProperty();
    }

    ScrollBar horizontalBar() {
        return horizontal;
    }

    ScrollBar verticalBar() {
        return vertical;
    }

    private void scrolled(double dxWorld, double dyWorld) {
        if (!syncing) {
            canvas.panBy(-dxWorld * canvas.scale(), -dyWorld * canvas.scale());
        }
    }

    /** Fits the bars to what the canvas now shows. */
    private void sync() {
        long revision = canvas.document().revisionProperty().get();
        if (revision != extentRevision) {
            extentRevision = revision;
            content = Geometry.contentBounds(canvas.document().diagram());
        }
        Bounds view = canvas.visibleWorld();
        Bounds all = content == null ? view : content.inflate(40).union(view);
        syncing = true;
        try {
            fit(horizontal, all.x(), all.maxX(), view.x(), view.w());
            fit(vertical, all.y(), all.maxY(), view.y(), view.h());
        } finally {
            syncing = false;
        }
    }

    private static void fit(ScrollBar bar, double min, double max, double at, double visible) {
        bar.setMin(min);
        bar.setMax(Math.max(min, max - visible));
        bar.setVisibleAmount(visible * Math.max(max - visible - min, 1) / Math.max(max - min, 1));
        bar.setValue(Math.max(bar.getMin(), Math.min(bar.getMax(), at)));
        bar.setUnitIncrement(DiagramCanvas.GRID * 2);
        bar.setBlockIncrement(visible * 0.9);
    }
}
