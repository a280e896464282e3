package com.cloudwright.export;

import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.model.Point;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;

import static com.cloudwright.export.Pictures.PALETTE;
import static com.cloudwright.export.Pictures.count;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The editor canvas's bitmap of a part of the diagram (small web fixture: the RDS node is at (400, 530), 64 × 64). */
class CanvasRasterTest {

    private static final int RDS_PURPLE = 0xC925D1;
    private static final int WHITE = 0xFFFFFFFF;
    private static final int GRID = 0xFF808080;

    private final Diagram diagram = Pictures.smallWeb();
    private final CanvasRaster raster = new CanvasRaster(PALETTE);

    private CanvasRaster.Request around(double x, double y, double scale, int grid, java.util.function.Predicate<Node> nodes) {
        return new CanvasRaster.Request(diagram, new Point(x, y), scale, 200, 100, scale, nodes, e -> true, WHITE, grid, 20);
    }

    @Test
    void theNodeIsPaintedWhereTheOriginAndScalePutIt() {
        // origin (380, 510) at 2×: the icon spans pixels (40, 40)–(168, 168), clipped to the 200 × 100 bitmap
        BufferedImage img = raster.render(around(380, 510, 2, 0, n -> true));
        assertThat(img.getType()).isEqualTo(BufferedImage.TYPE_INT_ARGB_PRE);
        assertThat(count(img, 40, 40, 128, 60, RDS_PURPLE, 3)).as("RDS purple").isGreaterThan(128 * 60 / 4);
        assertThat(count(img, 0, 0, 38, 100, RDS_PURPLE, 3)).as("nothing purple left of the icon").isZero();
    }

    @Test
    void nodesLeftOutAreNotPainted() {
        BufferedImage img = raster.render(around(380, 510, 2, 0, n -> !n.type().equals("rds")));
        assertThat(count(img, 40, 40, 128, 60, RDS_PURPLE, 3)).isZero();
    }

    @Test
    void gridLinesFallOnMultiplesOfTheStep() {
        // far from every node; origin (-200, -200) at 1×: lines at pixels 0, 20, 40, …
        BufferedImage img = raster.render(new CanvasRaster.Request(diagram, new Point(-200, -200), 1, 200, 100, 1,
                n -> true, e -> true, WHITE, GRID, 20));
        assertThat(img.getRGB(20, 50)).isEqualTo(GRID);
        assertThat(img.getRGB(30, 50)).isEqualTo(WHITE);
        assertThat(img.getRGB(30, 40)).isEqualTo(GRID);
        BufferedImage none = raster.render(new CanvasRaster.Request(diagram, new Point(-200, -200), 1, 200, 100, 1,
                n -> true, e -> true, WHITE, 0, 20));
        assertThat(none.getRGB(20, 50)).isEqualTo(WHITE);
    }

    @Test
    void gridLinesCloserThanEightPixelsAreLeftOut() {
        BufferedImage img = raster.render(new CanvasRaster.Request(diagram, new Point(-2000, -2000), 0.3, 200, 100, 0.3,
                n -> true, e -> true, WHITE, GRID, 20));
        assertThat(count(img, 0, 0, 200, 100, GRID & 0xFFFFFF, 0)).isZero();
    }

    @Test
    void anEmptyRasterIsRefused() {
        assertThatThrownBy(() -> new CanvasRaster.Request(diagram, new Point(0, 0), 1, 0, 10, 1, n -> true, e -> true, WHITE, 0, 20))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new CanvasRaster.Request(diagram, new Point(0, 0), 0, 10, 10, 1, n -> true, e -> true, WHITE, 0, 20))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
