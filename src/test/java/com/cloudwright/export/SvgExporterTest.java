package com.cloudwright.export;

import com.cloudwright.model.Diagram;
import com.github.weisj.jsvg.SVGDocument;
import com.github.weisj.jsvg.parser.LoaderContext;
import com.github.weisj.jsvg.parser.SVGLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

import javax.xml.parsers.DocumentBuilderFactory;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static com.cloudwright.export.Pictures.PALETTE;
import static org.assertj.core.api.Assertions.assertThat;

class SvgExporterTest {

    private final Diagram diagram = Pictures.smallWeb();

    static Document parse(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static List<String> texts(Document doc) {
        List<String> out = new ArrayList<>();
        NodeList list = doc.getElementsByTagNameNS("*", "text");
        for (int i = 0; i < list.getLength(); i++) {
            out.add(list.item(i).getTextContent().replace('\u00A0', ' '));
        }
        return out;
    }

    static BufferedImage renderWithJsvg(String svg, int width, int height) {
        SVGDocument doc = new SVGLoader().load(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)),
                URI.create("memory:/export.svg"), LoaderContext.createDefault());
        assertThat(doc).as("jsvg reads the SVG").isNotNull();
        BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        doc.render(null, g);
        g.dispose();
        return img;
    }

    @Test
    void isWellFormedXmlSizedLikeThePng() throws Exception {
        Document doc = parse(SvgExporter.toString(diagram, PALETTE, ImageOptions.defaults().withScale(2)));
        Element root = doc.getDocumentElement();
        assertThat(root.getLocalName()).isEqualTo("svg");
        assertThat(root.getNamespaceURI()).isEqualTo("http://www.w3.org/2000/svg");
        assertThat(root.getAttribute("width")).isEqualTo("2312");
        assertThat(root.getAttribute("height")).isEqualTo("1416");
        assertThat(root.getAttribute("viewBox")).isEqualTo("-12 16 1156 708");
    }

    @Test
    void labelsAreTextAndSpecialCharactersAreEscaped() throws Exception {
        Document doc = parse(SvgExporter.toString(diagram, PALETTE, ImageOptions.defaults()));
        assertThat(texts(doc)).contains("MySQL primary", "Web server", "Users", "Web ALB", "3306", "HTTPS",
                "Main VPC  10.0.0.0/16", "Availability Zone a", "Public subnet  10.0.1.0/24");
        assertThat(doc.getElementsByTagNameNS("*", "title").item(0).getTextContent())
                .isEqualTo("Small web <test> & \"quotes\"");
    }

    @Test
    void eachIconIsOneSymbolOfOfficialPathsUsedWhereverItAppears() throws Exception {
        String svg = SvgExporter.toString(diagram, PALETTE, ImageOptions.defaults());
        Document doc = parse(svg);
        NodeList symbols = doc.getElementsByTagNameNS("*", "symbol");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < symbols.getLength(); i++) {
            Element s = (Element) symbols.item(i);
            ids.add(s.getAttribute("id"));
            assertThat(s.getElementsByTagNameNS("*", "path").getLength()).as(s.getAttribute("id")).isPositive();
        }
        assertThat(ids).doesNotHaveDuplicates().contains("icon-rds", "icon-ec2", "icon-alb", "icon-group-vpc");
        // The official RDS paths, fill and all, are inside the symbol.
        String rds = new String(Files.readAllBytes(Path.of("palettes/icons/rds.svg")), StandardCharsets.UTF_8);
        assertThat(svg).contains("fill=\"#c925d1\"").contains(rds.substring(rds.indexOf(" d=\"M54 11v8h-2") + 1, rds.indexOf(" d=\"M54 11v8h-2") + 60));
        NodeList uses = doc.getElementsByTagNameNS("*", "use");
        long ec2Uses = 0;
        for (int i = 0; i < uses.getLength(); i++) {
            if (((Element) uses.item(i)).getAttribute("href").equals("#icon-ec2")) {
                ec2Uses++;
            }
        }
        assertThat(ec2Uses).isEqualTo(2);
    }

    @Test
    void dashesAndArrowheadsAreKept() throws Exception {
        String svg = SvgExporter.toString(diagram, PALETTE, ImageOptions.defaults());
        assertThat(svg).contains("stroke=\"#00a4a6\" stroke-width=\"1.5\" stroke-dasharray=\"6 4\"");
        Document doc = parse(svg);
        assertThat(doc.getElementsByTagNameNS("*", "polygon").getLength()).as("one arrowhead per edge").isEqualTo(5);
    }

    @Test
    void transparentHasNoBackgroundRectangle() {
        String white = SvgExporter.toString(diagram, PALETTE, ImageOptions.defaults());
        String clear = SvgExporter.toString(diagram, PALETTE, ImageOptions.defaults().withBackground(ImageOptions.Background.TRANSPARENT));
        assertThat(white).contains("fill=\"#ffffff\"/>");
        assertThat(white.length() - clear.length()).isEqualTo(
                "<rect x=\"-12\" y=\"16\" width=\"1156\" height=\"708\" fill=\"#ffffff\"/>\n".length());
    }

    @Test
    void rendersBackCloseToThePng() throws Exception {
        for (double scale : new double[] {1, 2}) {
            ImageOptions options = ImageOptions.defaults().withScale(scale);
            BufferedImage png = PngExporter.render(diagram, PALETTE, options);
            BufferedImage fromSvg = renderWithJsvg(SvgExporter.toString(diagram, PALETTE, options), png.getWidth(), png.getHeight());
            double diff = Pictures.meanDifference(png, fromSvg);
            assertThat(diff).as("mean difference per channel at %s×", scale).isLessThan(1.0);
            // and the RDS icon is where the PNG has it
            assertThat(Pictures.count(fromSvg, (int) (412 * scale), (int) (514 * scale), (int) (64 * scale), (int) (64 * scale),
                    0xC925D1, 2)).isGreaterThan((int) (64 * scale * 64 * scale / 2));
        }
    }

    @Test
    void writesAFile(@TempDir Path dir) throws Exception {
        Path out = dir.resolve("pic.svg");
        SvgExporter.export(diagram, PALETTE, ImageOptions.defaults(), out, ExportMonitor.NONE);
        assertThat(parse(Files.readString(out)).getDocumentElement().getAttribute("width")).isEqualTo("1156");
    }
}
