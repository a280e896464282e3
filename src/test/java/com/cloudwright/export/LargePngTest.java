package com.cloudwright.export;

import com.cloudwright.io.DiagramWriter;
import com.cloudwright.model.Diagram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static com.cloudwright.export.Pictures.PALETTE;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 16,000 × 10,000 px export from the command line in a JVM limited to a small heap (the whole
 * image alone would take 640 MB), then pixels of the file compared with a direct render of the
 * same crop.
 */
class LargePngTest {

    /** Far below the 640 MB one ARGB image of that size needs. */
    static final String HEAP = "-Xmx160m";

    @TempDir
    Path dir;

    @Test
    void sixteenThousandByTenThousandInASmallHeap() throws Exception {
        // 3952 × 2452 units + 2 × 24 padding = 4000 × 2500, × 4 = 16,000 × 10,000 px.
        Diagram diagram = Pictures.grid(3952, 2452);
        Path file = dir.resolve("grid.cwd.json");
        new DiagramWriter().write(diagram, file);
        Path png = dir.resolve("grid.png");

        Process p = new ProcessBuilder(javaExecutable(), HEAP, "-Djava.awt.headless=true",
                "-cp", System.getProperty("java.class.path"), "com.cloudwright.Main",
                "export", "png", file.toString(), "-o", png.toString(), "--scale", "4")
                .redirectErrorStream(true).start();
        boolean finished = p.waitFor(5, TimeUnit.MINUTES);
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(finished).as("export finished").isTrue();
        assertThat(p.exitValue()).as(output).isZero();

        try (ImageInputStream in = ImageIO.createImageInputStream(png.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            assertThat(reader.getWidth(0)).isEqualTo(16_000);
            assertThat(reader.getHeight(0)).isEqualTo(10_000);
            // Crops across band boundaries (262 rows a band at this width) and deep in the picture.
            ImageOptions options = ImageOptions.defaults().withScale(4);
            Frame frame = Frame.of(diagram, options);
            for (Rectangle crop : List.of(new Rectangle(0, 0, 1200, 600), new Rectangle(5000, 2500, 1100, 700),
                    new Rectangle(14_800, 9_300, 1200, 700))) {
                ImageReadParam param = reader.getDefaultReadParam();
                param.setSourceRegion(crop);
                BufferedImage fromFile = reader.read(0, param);
                BufferedImage direct = new BufferedImage(crop.width, crop.height, BufferedImage.TYPE_INT_ARGB);
                PngExporter.draw(diagram, PALETTE, options, frame, direct, crop.x, crop.y);
                assertThat(Pictures.meanDifference(fromFile, direct)).as("crop %s", crop).isZero();
            }
        }
    }

    private static String javaExecutable() {
        return Path.of(System.getProperty("java.home"), "bin", File.separatorChar == '\\' ? "java.exe" : "java").toString();
    }

}
