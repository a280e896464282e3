package com.cloudwright.export;

import com.cloudwright.model.Diagram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;

import static com.cloudwright.export.Pictures.PALETTE;
import static com.cloudwright.export.Pictures.alpha;
import static com.cloudwright.export.Pictures.count;
import static com.cloudwright.export.Pictures.dark;
import static com.cloudwright.export.Pictures.near;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Exports the small web fixture and looks at the pixels. Its content spans (12, 40)–(1120, 700)
 * in canvas units; with the default 24-unit padding canvas (x, y) is pixel ((x + 12)·s, (y − 16)·s).
 */
class PngExporterTest {

    private static final int RDS_PURPLE = 0xC925D1;
    private static final int REGION_TEAL = 0x00A4A6;
    private static final int PUBLIC_FILL = 0xF2F6E8;
    private static final int PRIVATE_FILL = 0xE6F6F7;

    @TempDir
    Path dir;

    private final Diagram diagram = Pictures.smallWeb();

    static BufferedImage export(Diagram diagram, ImageOptions options) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngExporter.export(diagram, PALETTE, options, out, ExportMonitor.NONE);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(img).as("a PNG ImageIO can read").isNotNull();
        return img;
    }

    @Test
    void oneTimesIsTheContentPlusPaddingInPixels() throws IOException {
        BufferedImage img = export(diagram, ImageOptions.defaults());
        assertThat(img.getWidth()).isEqualTo(1108 + 48);
        assertThat(img.getHeight()).isEqualTo(660 + 48);
        assertThat(PngExporter.size(diagram, ImageOptions.defaults())).isEqualTo(new PngExporter.Dimension(1156, 708));
    }

    @Test
    void scalesMultiplyTheSizeExactly() throws IOException {
        for (double s : new double[] {2, 4, 0.5, 1.5}) {
            BufferedImage img = export(diagram, ImageOptions.defaults().withScale(s));
            assertThat(img.getWidth()).as("width at %s×", s).isEqualTo((int) Math.ceil(1156 * s));
            assertThat(img.getHeight()).as("height at %s×", s).isEqualTo((int) Math.ceil(708 * s));
        }
    }

    @Test
    void paddingWidensThePicture() throws IOException {
        BufferedImage img = export(diagram, ImageOptions.defaults().withPadding(0));
        assertThat(img.getWidth()).isEqualTo(1108);
        assertThat(img.getHeight()).isEqualTo(660);
    }

    @Test
    void whiteBackgroundIsOpaqueWhite() throws IOException {
        BufferedImage img = export(diagram, ImageOptions.defaults());
        assertThat(img.getColorModel().hasAlpha()).isFalse();
        assertThat(img.getRGB(0, 0)).isEqualTo(0xFFFFFFFF);
        assertThat(img.getRGB(img.getWidth() - 1, img.getHeight() - 1)).isEqualTo(0xFFFFFFFF);
    }

    @Test
    void transparentBackgroundLeavesEmptySpaceClearAndFillsOpaque() throws IOException {
        BufferedImage img = export(diagram, ImageOptions.defaults().withBackground(ImageOptions.Background.TRANSPARENT));
        assertThat(img.getColorModel().hasAlpha()).isTrue();
        assertThat(alpha(img, 0, 0)).isZero();
        assertThat(alpha(img, 1050 + 12, 600 - 16)).as("inside the Region, outside the VPC").isZero();
        assertThat(img.getRGB(700 + 12, 300 - 16)).as("public subnet fill").isEqualTo(0xFF000000 | PUBLIC_FILL);
    }

    @Test
    void theRdsIconIsPurpleWhereTheNodeIs() throws IOException {
        for (int s : new int[] {1, 2}) {
            BufferedImage img = export(diagram, ImageOptions.defaults().withScale(s));
            // db at (400, 530), 64 × 64
            int x0 = (400 + 12) * s;
            int y0 = (530 - 16) * s;
            int size = 64 * s;
            assertThat(count(img, x0, y0, size, size, RDS_PURPLE, 2)).as("RDS purple at %d×", s)
                    .isGreaterThan(size * size / 2);
            assertThat(near(img.getRGB(x0 + 3 * s, y0 + size / 2), RDS_PURPLE, 2)).isTrue();
            assertThat(count(img, x0 - 40 * s, y0, 30 * s, size, RDS_PURPLE, 30)).as("nothing purple beside it").isZero();
        }
    }

    @Test
    void subnetsAreFilledInTheirAwsColours() throws IOException {
        BufferedImage img = export(diagram, ImageOptions.defaults());
        assertThat(img.getRGB(700 + 12, 300 - 16) & 0xFFFFFF).isEqualTo(PUBLIC_FILL);
        assertThat(img.getRGB(870 + 12, 580 - 16) & 0xFFFFFF).isEqualTo(PRIVATE_FILL);
    }

    @Test
    void theRegionBorderIsDashed() throws IOException {
        BufferedImage img = export(diagram, ImageOptions.defaults().withScale(2));
        // The Region's top edge is y = 40 (1.5 units wide): pixel row 48 at 2×; x from 400 to 1000.
        int row = (40 - 16) * 2;
        int teal = 0;
        int changes = 0;
        boolean previous = false;
        for (int x = 400 * 2; x < 1000 * 2; x++) {
            boolean on = near(img.getRGB(x, row), REGION_TEAL, 12);
            teal += on ? 1 : 0;
            changes += on != previous ? 1 : 0;
            previous = on;
        }
        assertThat(teal).as("teal pixels on the border").isBetween(1200 * 3 / 10, 1200 * 8 / 10);
        assertThat(changes).as("dashes, not a solid line").isGreaterThan(50);
        // The VPC border (x from 210 to 970) is solid purple.
        int vpcRow = (90 - 16) * 2;
        assertThat(count(img, 400 * 2, vpcRow, 500 * 2, 1, 0x8C4FFF, 12)).isEqualTo(1000);
    }

    @Test
    void labelsAreDrawnAsDarkTextUnderTheirIcons() throws IOException {
        BufferedImage img = export(diagram, ImageOptions.defaults());
        // "MySQL primary" under db: 3 units below the icon, centred on x = 432.
        assertThat(dark(img, 385 + 12, 597 - 16, 94, 16, 110)).isGreaterThan(60);
        // and no dark pixels in the empty band of the subnet just above the text
        assertThat(dark(img, 300 + 12, 610 - 16 + 8, 60, 8, 110)).isZero();
    }

    @Test
    void aSelectionCropsToThoseNodesAndTheirLabels() throws IOException {
        ImageOptions options = ImageOptions.defaults().withSelection(List.of("db", "web-a")).withPadding(10);
        BufferedImage img = export(diagram, options);
        // web-a (400, 420) and db (400, 530), 64 wide, labels 120 wide centred on x = 432, down to 594 + 34.
        assertThat(img.getWidth()).isEqualTo(120 + 20);
        assertThat(img.getHeight()).isEqualTo(628 - 420 + 20);
        assertThat(count(img, 10 + 28, 110 + 10, 64, 64, RDS_PURPLE, 2)).isGreaterThan(64 * 64 / 2);
    }

    @Test
    void anUnknownSelectionIdIsRefusedByName() {
        assertThatThrownBy(() -> export(diagram, ImageOptions.defaults().withSelection(List.of("ghost"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'ghost'");
    }

    @Test
    void writesAFileAtomicallyAndReportsProgress(@TempDir Path tmp) throws IOException {
        Path out = tmp.resolve("pic.png");
        List<Double> progress = new ArrayList<>();
        PngExporter.export(diagram, PALETTE, ImageOptions.defaults(), out, new ExportMonitor() {
            @Override
            public void progress(double done) {
                progress.add(done);
            }
        });
        assertThat(ImageIO.read(out.toFile()).getWidth()).isEqualTo(1156);
        assertThat(progress).isNotEmpty().isSorted().last().isEqualTo(1.0);
        try (var files = Files.list(tmp)) {
            assertThat(files).containsExactly(out);
        }
    }

    @Test
    void aCancelledExportLeavesNoFile(@TempDir Path tmp) {
        Path out = tmp.resolve("pic.png");
        assertThatThrownBy(() -> PngExporter.export(diagram, PALETTE, ImageOptions.defaults(), out, new ExportMonitor() {
            @Override
            public boolean isCancelled() {
                return true;
            }
        })).isInstanceOf(CancellationException.class);
        assertThat(tmp).isEmptyDirectory();
    }

    @Test
    void theSameDiagramGivesTheSameBytes() throws IOException {
        ByteArrayOutputStream a = new ByteArrayOutputStream();
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        PngExporter.export(diagram, PALETTE, ImageOptions.defaults().withScale(2), a, ExportMonitor.NONE);
        PngExporter.export(Pictures.smallWeb(), PALETTE, ImageOptions.defaults().withScale(2), b, ExportMonitor.NONE);
        assertThat(a.toByteArray()).isEqualTo(b.toByteArray());
    }

    @Test
    void bandsJoinWithoutSeams() throws IOException {
        ImageOptions options = ImageOptions.defaults().withScale(1.5);
        Frame frame = Frame.of(diagram, options);
        ByteArrayOutputStream banded = new ByteArrayOutputStream();
        PngExporter.write(diagram, PALETTE, options, frame, banded, ExportMonitor.NONE, 37);
        BufferedImage whole = PngExporter.render(diagram, PALETTE, options);
        BufferedImage fromBands = ImageIO.read(new ByteArrayInputStream(banded.toByteArray()));
        assertThat(Pictures.meanDifference(whole, fromBands)).isZero();
    }
}
