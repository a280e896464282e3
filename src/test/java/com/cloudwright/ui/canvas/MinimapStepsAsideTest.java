package com.cloudwright.ui.canvas;

import com.cloudwright.io.DiagramReader;
import com.cloudwright.model.AddNode;
import com.cloudwright.model.Bounds;
import com.cloudwright.model.Node;
import com.cloudwright.model.Props;
import com.cloudwright.palette.Palette;
import com.cloudwright.ui.shell.AppTestBase;
import javafx.geometry.Point2D;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The overview only covers the drawing when there is more of it than the view shows. */
class MinimapStepsAsideTest extends AppTestBase {

    @Test
    void withTheWholeDrawingInViewAClickWhereTheOverviewWouldBeReachesTheDrawing() {
        Minimap map = window.canvasView().minimap();
        fx(() -> window.canvas().zoomReset());
        Point2D mapMiddle = map.localToScreen(Minimap.WIDTH / 2, Minimap.HEIGHT / 2);
        Point2D local = window.canvas().screenToLocal(mapMiddle);
        Point2D world = window.canvas().toWorld(local.getX(), local.getY());
        fx(() -> doc().execute(new AddNode(new Node("bucket", "s3", null,
                new Bounds(world.getX() - 32, world.getY() - 32, 64, 64), Props.EMPTY))));
        waitUntil(() -> window.canvas().framesPainted() > 1);
        fx(() -> { });
        assertThat(map.isVisible()).as("the overview is switched on").isTrue();
        waitUntil(() -> !map.inUse());
        assertThat(map.getOpacity()).isZero();
        clickOn(mapMiddle);
        waitUntil(() -> doc().selection().contains("bucket"));
    }

    @Test
    void aDrawingLargerThanTheViewBringsTheOverviewBack() throws Exception {
        var lamp = new DiagramReader(Palette.bundled()).read(Path.of("examples/05-highly-available-lamp.cwd.json"));
        fx(() -> {
            doc().replace(lamp, null);
            window.canvas().zoomReset();
        });
        Minimap map = window.canvasView().minimap();
        waitUntil(map::inUse);
        assertThat(map.getOpacity()).isEqualTo(1.0);
        fx(() -> window.canvas().zoomToFit());
        waitUntil(() -> !map.inUse());
    }
}
