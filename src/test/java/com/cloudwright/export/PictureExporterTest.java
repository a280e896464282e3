package com.cloudwright.export;

import com.cloudwright.model.Diagram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** One exporter per format, writing exactly what the format's exporter writes (the CLI and the window use it). */
class PictureExporterTest {

    @TempDir
    Path dir;

    private final Diagram diagram = Pictures.smallWeb();
    private final ImageOptions options = new ImageOptions(2, ImageOptions.Background.TRANSPARENT, List.of(), 10);

    @Test
    void eachFormatGetsItsOwnExporter() {
        for (PictureExporter.Format f : PictureExporter.Format.values()) {
            assertThat(PictureExporter.forFormat(f).format()).isEqualTo(f);
        }
        assertThat(PictureExporter.forFormat(PictureExporter.Format.PNG)).isInstanceOf(PictureExporter.Png.class);
        assertThat(PictureExporter.forFormat(PictureExporter.Format.SVG)).isInstanceOf(PictureExporter.Svg.class);
        assertThat(PictureExporter.Format.PNG.extension()).isEqualTo("png");
        assertThat(PictureExporter.Format.SVG.extension()).isEqualTo("svg");
    }

    @Test
    void pngBytesAreThePngExportersBytes() throws Exception {
        Path direct = dir.resolve("direct.png");
        Path through = dir.resolve("through.png");
        PngExporter.export(diagram, Pictures.PALETTE, options, direct, ExportMonitor.NONE);
        PictureExporter.forFormat(PictureExporter.Format.PNG).export(diagram, Pictures.PALETTE, options, through, ExportMonitor.NONE);
        assertThat(Files.readAllBytes(through)).isEqualTo(Files.readAllBytes(direct));
        assertThat(Files.readAllBytes(through)).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void svgBytesAreTheSvgExportersBytes() throws Exception {
        Path direct = dir.resolve("direct.svg");
        Path through = dir.resolve("through.svg");
        SvgExporter.export(diagram, Pictures.PALETTE, options, direct, ExportMonitor.NONE);
        PictureExporter.forFormat(PictureExporter.Format.SVG).export(diagram, Pictures.PALETTE, options, through, ExportMonitor.NONE);
        assertThat(Files.readString(through)).isEqualTo(Files.readString(direct)).contains("<svg");
    }

    @Test
    void bothFormatsReportThePixelSizeTheSvgDeclares() throws Exception {
        PngExporter.Dimension size = PictureExporter.forFormat(PictureExporter.Format.SVG).size(diagram, options);
        assertThat(size).isEqualTo(PictureExporter.forFormat(PictureExporter.Format.PNG).size(diagram, options));
        String svg = SvgExporter.toString(diagram, Pictures.PALETTE, options);
        assertThat(svg).contains("width=\"" + size.width() + "\" height=\"" + size.height() + "\"");
    }
}
