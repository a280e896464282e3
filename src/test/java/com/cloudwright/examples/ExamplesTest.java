package com.cloudwright.examples;

import com.cloudwright.export.ExportMonitor;
import com.cloudwright.export.ImageOptions;
import com.cloudwright.export.PngExporter;
import com.cloudwright.export.SvgExporter;
import com.cloudwright.io.DiagramReader;
import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.w3c.dom.Document;

import javax.imageio.ImageIO;
import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every diagram in {@code examples/} opens with the bundled palette, validates without errors,
 * exports CloudFormation that passes the schema check, exports as PNG and SVG, and has a cost
 * estimate. Each check is its own parameterized test over {@link #examples()}.
 */
class ExamplesTest {

    static final Path DIR = Path.of("examples");
    static final Palette PALETTE = Palette.bundled();

    static Stream<Path> examples() {
        try (Stream<Path> files = Files.list(DIR)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".cwd.json")).sorted().toList().stream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Diagram open(Path file) throws Exception {
        return new DiagramReader(PALETTE).read(file);
    }

    @Test
    void theTwelveSeedArchitecturesAreThere() {
        List<String> names = examples().map(p -> p.getFileName().toString()).toList();
        assertThat(names).hasSizeGreaterThanOrEqualTo(12);
        for (int i = 1; i <= 12; i++) {
            String prefix = String.format("%02d-", i);
            assertThat(names).as("an example numbered %s", prefix).anyMatch(n -> n.startsWith(prefix));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void opensWithANameAndContent(Path file) throws Exception {
        Diagram d = open(file);
        assertThat(d.name()).isNotBlank();
        assertThat(d.nodeCount()).isGreaterThan(3);
        assertThat(d.edgeCount()).isPositive();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exportsPng(Path file) throws Exception {
        Diagram d = open(file);
        ImageOptions options = ImageOptions.defaults();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngExporter.export(d, PALETTE, options, out, ExportMonitor.NONE);
        BufferedImage img = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        PngExporter.Dimension size = PngExporter.size(d, options);
        assertThat(img.getWidth()).isEqualTo(size.width());
        assertThat(img.getHeight()).isEqualTo(size.height());
        assertThat(img.getWidth()).isBetween(400, 4000);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exportsSvg(Path file) throws Exception {
        Diagram d = open(file);
        String svg = SvgExporter.toString(d, PALETTE, ImageOptions.defaults());
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        Document doc = f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
        assertThat(doc.getDocumentElement().getLocalName()).isEqualTo("svg");
        assertThat(doc.getElementsByTagNameNS("*", "use").getLength()).isGreaterThanOrEqualTo((int) d.nodes().stream()
                .filter(n -> PALETTE.entry(n.type()).map(e -> e.kind() == com.cloudwright.palette.EntryKind.SERVICE).orElse(false))
                .count());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void validatesWithoutErrors(Path file) throws Exception {
        var report = new com.cloudwright.validate.Validator(PALETTE).validate(open(file));
        assertThat(report.problems()).filteredOn(p -> p.severity() == com.cloudwright.validate.Severity.ERROR).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void exportsCloudFormationThatPassesTheSchemaCheck(Path file) throws Exception {
        var result = com.cloudwright.cfn.CfnExporter.export(open(file), PALETTE, com.cloudwright.cfn.ExportOptions.defaults());
        assertThat(result.problems()).isEmpty();
        assertThat(result.ok()).isTrue();
        assertThat(result.text()).contains("AWSTemplateFormatVersion").contains("Resources:");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("examples")
    void estimatesAMonthlyCost(Path file) throws Exception {
        Diagram d = open(file);
        var estimate = new com.cloudwright.cost.CostEstimator(PALETTE).estimate(d, com.cloudwright.cost.PriceSources.offline());
        assertThat(estimate.total()).isPositive();
        assertThat(estimate.pricedLines()).isNotEmpty();
        assertThat(estimate.total()).isEqualByComparingTo(estimate.pricedLines().stream()
                .map(com.cloudwright.cost.LineItem::monthly).reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add));
    }
}
