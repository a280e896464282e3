package com.cloudwright.ui.canvas;

import com.cloudwright.ui.shell.AppTestBase;
import com.cloudwright.io.DiagramReader;
import com.cloudwright.model.Bounds;
import com.cloudwright.palette.Palette;
import com.cloudwright.render.Geometry;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Looking around a diagram larger than the window: the overview map and the scroll bars. */
class OverviewAndScrollBarsTest extends AppTestBase {

    @BeforeEach
    void aLargeDiagramAtActualSize() throws Exception {
        var lamp = new DiagramReader(Palette.bundled()).read(Path.of("examples/05-highly-available-lamp.cwd.json"));
        fx(() -> {
            doc().replace(lamp, null);
            window.canvas().zoomReset();
        });
        waitUntil(() -> window.canvas().framesPainted() > 2
                && window.canvasView().minimap().drawnRevision() == doc().revisionProperty().get());
    }

    @Test
    void clickingTheOverviewLooksThere() {
        Minimap map = window.canvasView().minimap();
        assertThat(map.isVisible()).isTrue();
        Point2D spot = map.localToScreen(Minimap.WIDTH * 0.8, Minimap.HEIGHT * 0.5);
        double[] world = map.toWorld(Minimap.WIDTH * 0.8, Minimap.HEIGHT * 0.5);
        clickOn(spot);
        waitUntil(() -> Math.abs(window.canvas().visibleWorld().centerX() - world[0]) < 2);
        assertThat(window.canvas().visibleWorld().centerY()).isCloseTo(world[1], within(2.0));

        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.M).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> !map.isVisible());
    }

    @Test
    void zoomToFitKeepsTheDiagramClearOfTheOverview() {
        Minimap map = window.canvasView().minimap();
        fx(() -> window.canvas().zoomToFit());
        Bounds content = Geometry.contentBounds(doc().diagram());
        Point2D diagramCorner = window.canvas().localToScreen(window.canvas().toView(content.maxX(), content.maxY()));
        Point2D mapCorner = map.localToScreen(0, 0);
        assertThat(diagramCorner.getX() <= mapCorner.getX() || diagramCorner.getY() <= mapCorner.getY())
                .as("the diagram's corner %s is left of or above the overview at %s", diagramCorner, mapCorner).isTrue();
        double withMap = window.canvas().scale();

        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.M).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> !map.isVisible());
        fx(() -> window.canvas().zoomToFit());
        assertThat(window.canvas().scale()).as("without the overview the fit uses the whole view").isGreaterThan(withMap);
    }

    @Test
    void theScrollBarsSpanTheDiagramAndPanTheView() {
        var bar = window.canvasView().horizontalBar();
        Bounds before = window.canvas().visibleWorld();
        assertThat(bar.getMax()).as("there is more diagram to the right").isGreaterThan(bar.getValue());
        clickOn(bar.lookup(".increment-button"));
        waitUntil(() -> window.canvas().visibleWorld().x() > before.x() + 1);
        assertThat(window.canvas().visibleWorld().y()).isEqualTo(before.y());
        assertThat(bar.getValue()).isCloseTo(window.canvas().visibleWorld().x(), within(0.5));
    }
}
