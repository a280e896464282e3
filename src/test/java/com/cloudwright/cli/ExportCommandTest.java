package com.cloudwright.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ExportCommandTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    Path fixture() throws IOException {
        Path file = dir.resolve("small-web.cwd.json");
        try (InputStream in = getClass().getResourceAsStream("/export/small-web.cwd.json")) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void exportsAPngAtTheAskedScale() throws IOException {
        Path out = dir.resolve("out.png");
        Run r = run("export", "png", fixture().toString(), "-o", out.toString(), "--scale", "2");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.err()).isEmpty();
        BufferedImage img = ImageIO.read(out.toFile());
        assertThat(img.getWidth()).isEqualTo(2312);
        assertThat(img.getHeight()).isEqualTo(1416);
        assertThat(img.getColorModel().hasAlpha()).isFalse();
    }

    @Test
    void transparentSelectionAndPadding() throws IOException {
        Path out = dir.resolve("out.png");
        Run r = run("export", "png", fixture().toString(), "-o", out.toString(), "--transparent",
                "--selection", "db,web-a", "--padding", "10");
        assertThat(r.code()).as(r.err()).isZero();
        BufferedImage img = ImageIO.read(out.toFile());
        assertThat(img.getWidth()).isEqualTo(140);
        assertThat(img.getHeight()).isEqualTo(228);
        assertThat(img.getColorModel().hasAlpha()).isTrue();
    }

    @Test
    void exportsAnSvg() throws IOException {
        Path out = dir.resolve("out.svg");
        Run r = run("export", "svg", fixture().toString(), "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(out)).startsWith("<?xml").contains("<svg ").contains("width=\"1156\"").contains("</svg>");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "zero scale          | --scale 0         | scale must be a positive number",
            "negative padding    | --padding -3      | padding must be zero or more",
            "unknown selection   | --selection ghost | 'ghost'",
            "not a number        | --scale big       | big",
    })
    void badOptionsExitTwoWithOneLine(String name, String option, String phrase) throws IOException {
        String[] parts = option.split(" ");
        Path out = dir.resolve("out.png");
        Run r = run("export", "png", fixture().toString(), "-o", out.toString(), parts[0], parts[1]);
        assertThat(r.code()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(r.err().lines().findFirst().orElse("")).contains(phrase).doesNotContain("Exception");
        assertThat(out).doesNotExist();
    }

    @Test
    void aMissingDiagramIsBadInput() {
        Run r = run("export", "svg", dir.resolve("nope.cwd.json").toString(), "-o", dir.resolve("x.svg").toString());
        assertThat(r.code()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(r.err().strip()).doesNotContain("\n").contains("nope.cwd.json");
    }

    @Test
    void anUnwritableTargetIsReportedInOneLine() throws IOException {
        Run r = run("export", "png", fixture().toString(), "-o", dir.resolve("no/such/dir/x.png").toString());
        assertThat(r.code()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(r.err().strip()).doesNotContain("\n").contains("cannot write").contains("x.png");
    }

    @Test
    void exportWithoutAFormatListsTheFormats() {
        Run r = run("export");
        assertThat(r.code()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(r.err()).contains("png").contains("svg");
    }
}
