package com.cloudwright.ui.canvas;

import com.cloudwright.testing.RandomGridDiagrams;
import com.cloudwright.ui.shell.AppTestBase;
import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.MoveNodes;
import com.cloudwright.model.Node;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The diagram layer of a large diagram renders off the FX thread and is swapped in when done: it
 * shows the diagram, catches up with edits, and a node a gesture drew on the overlay stays drawn
 * until the layer has it.
 */
class CanvasLayerTest extends AppTestBase {

    private Node ec2;

    @BeforeEach
    void aDiagramTooLargeToRenderInAFrame() {
        Diagram big = RandomGridDiagrams.generate(600, 900);
        fx(() -> {
            window.canvas().layer().setSyncBudget(0);
            doc().replace(big, null);
            window.canvas().zoomReset();
        });
        ec2 = big.nodesOfType("ec2").get(0);
        fx(() -> window.canvas().centreOn(ec2.bounds().centerX(), ec2.bounds().centerY()));
        waitUntil(() -> window.canvas().layerCurrent());
    }

    @Test
    void theLayerShowsTheDiagramAndCatchesUpWithAnEdit() {
        Bounds at = ec2.bounds();
        assertThat(paintedShare(at)).as("the EC2 icon in the layer").isGreaterThan(0.5);

        fx(() -> doc().execute(new MoveNodes(Set.of(ec2.id()), 0, at.h() + 40, null)));
        waitUntil(() -> window.canvas().layerCurrent());
        assertThat(paintedShare(at)).as("where the EC2 was").isLessThan(0.2);
        assertThat(paintedShare(at.translate(0, at.h() + 40))).as("where it went").isGreaterThan(0.5);
    }

    @Test
    void anEditDoesNotWaitForTheLayer() {
        AtomicBoolean currentRightAfterTheEdit = new AtomicBoolean(true);
        fx(() -> {
            doc().execute(new MoveNodes(Set.of(ec2.id()), 0, 10, null));
            window.canvas().paint();
            currentRightAfterTheEdit.set(window.canvas().layerCurrent());
        });
        assertThat(currentRightAfterTheEdit).as("the frame after the edit is painted before the layer is rendered").isFalse();
        waitUntil(() -> window.canvas().layerCurrent());
    }

    @Test
    void aDraggedNodeStaysOnTheOverlayUntilTheLayerHasIt() {
        fx(() -> window.canvas().beginLive(Set.of(ec2.id()), Set.of()));
        waitUntil(() -> window.canvas().layerCurrent());
        assertThat(paintedShare(ec2.bounds())).as("the layer leaves the dragged node out").isLessThan(0.2);

        AtomicBoolean drawnRightAfterTheDrop = new AtomicBoolean();
        fx(() -> {
            window.canvas().endLive();
            drawnRightAfterTheDrop.set(window.canvas().drawnOnOverlay(ec2.id()));
        });
        assertThat(drawnRightAfterTheDrop).as("still drawn while the layer renders").isTrue();
        waitUntil(() -> window.canvas().layerCurrent());
        assertThat(window.canvas().drawnOnOverlay(ec2.id())).isFalse();
        assertThat(paintedShare(ec2.bounds())).as("the layer has it again").isGreaterThan(0.5);
    }

    @Test
    void whileZoomingTheLayerIsShownResampledThenRenderedAtTheNewScale() {
        Bounds at = ec2.bounds();
        AtomicBoolean orangeWhileZooming = new AtomicBoolean();
        fx(() -> {
            window.canvas().zoomBy(1.5);
            window.canvas().paint();
            ZoomFrame frame = window.canvas().layer().zoomFrame();
            assertThat(frame).as("a zoom frame is shown").isNotNull();
            javafx.geometry.Point2D centre = window.canvas().toView(at.x() + at.w() * 0.2, at.y() + at.h() * 0.2);
            int argb = frame.argbAt((int) centre.getX(), (int) centre.getY());
            orangeWhileZooming.set(isEc2Orange(Color.rgb(argb >> 16 & 0xFF, argb >> 8 & 0xFF, argb & 0xFF)));
        });
        assertThat(orangeWhileZooming).as("the EC2 icon where it is after the zoom").isTrue();
        waitUntil(() -> window.canvas().layerCurrent() && window.canvas().layer().zoomFrame() == null);
        assertThat(paintedShare(at)).as("the layer at the new scale").isGreaterThan(0.5);
    }

    /** The share of sample points in the rectangle where the layer shows EC2 orange. */
    private double paintedShare(Bounds world) {
        return WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(() -> {
            int painted = 0;
            int all = 0;
            for (double x = world.x() + 4; x < world.maxX() - 4; x += 4) {
                for (double y = world.y() + 4; y < world.maxY() - 4; y += 4) {
                    Color c = window.canvas().layer().colorAt(x, y);
                    assertThat(c).as("the layer covers (%s, %s)", x, y).isNotNull();
                    all++;
                    if (isEc2Orange(c)) {
                        painted++;
                    }
                }
            }
            return (double) painted / all;
        }));
    }

    /** The EC2 icon's #ED7100, give or take antialiasing. */
    private static boolean isEc2Orange(Color c) {
        return c.getRed() > 0.85 && c.getGreen() > 0.35 && c.getGreen() < 0.55 && c.getBlue() < 0.15;
    }
}
