package com.cloudwright.export;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SvgLimitsTest {

    private static byte[] svg(String body) {
        return ("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 48 48\">" + body + "</svg>")
                .getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void everyBundledIconIsWithinTheLimitsAndReads() throws IOException {
        List<Path> icons;
        try (Stream<Path> files = Files.walk(Path.of("palettes/icons"))) {
            icons = files.filter(p -> p.toString().endsWith(".svg")).sorted().toList();
        }
        assertThat(icons).hasSizeGreaterThan(100);
        for (Path icon : icons) {
            byte[] bytes = Files.readAllBytes(icon);
            assertThat(SvgLimits.withinLimits(bytes)).as(icon.toString()).isTrue();
            assertThat(Icons.parse(icon.getFileName().toString(), bytes)).as(icon.toString()).isPresent();
        }
    }

    @Test
    void aNumberAfterClosePathIsRefusedBeforeJsvgLoopsOnIt() {
        assertThat(SvgLimits.withinLimits(svg("<path d=\"M1 1h2z32H3\"/>"))).isFalse();
        assertThat(SvgLimits.withinLimits(svg("<path d='M1 1 Z , -3'/>"))).isFalse();
        assertThat(Icons.parse("bad.svg", svg("<path d=\"M1 1h2z32H3\"/>"))).isEmpty();
        assertThat(SvgLimits.withinLimits(svg("<path d=\"M1 1h2zM3 3h1z\"/>"))).isTrue();
        assertThat(SvgLimits.withinLimits(svg("<path d=\"M10 33h19V18H10z*4.046-20.53\"/>"))).isFalse();
        assertThat(SvgLimits.wellFormedPath("M19.5 22c1.1 0 2 .9 2 2s-.9 2-2 2-2-.9-2-2 .9-2 2-2m-.5 4.9v3.4h1z m1,1 l2e1-3E-1 Z")).isTrue();
        assertThat(SvgLimits.wellFormedPath("M1 1 h")).isTrue();
        assertThat(SvgLimits.wellFormedPath("M1 1 x 3")).isFalse();
        assertThat(SvgLimits.wellFormedPath("")).isTrue();
    }

    @Test
    void numbersFarOutsideAnIconsGridAreRefused() {
        assertThat(SvgLimits.withinLimits(svg("<path d=\"M11111111111111 10 C 20 0, 30 20, 35 35\" stroke-dasharray=\"2 1\"/>"))).isFalse();
        assertThat(SvgLimits.withinLimits(svg("<path d=\"M1 1L40 40\" stroke=\"#000\" stroke-dasharray=\"0.00000001\"/>"))).isFalse();
        assertThat(SvgLimits.withinLimits(svg("<g transform=\"scale(1e9)\"><path d=\"M1 1L4 4\"/></g>"))).isFalse();
        assertThat(SvgLimits.withinLimits(svg("<rect width=\"1e99999999999\" height=\"1\"/>"))).isFalse();
        assertThat(SvgLimits.withinLimits(svg("<rect x=\"-0.5\" width=\".25\" height=\"1e1\" opacity=\"0\" fill=\"#8c4fff\"/>"))).isTrue();
    }

    @Test
    void digitsInsideNamesAndColoursAreNotNumbers() {
        assertThat(SvgLimits.withinLimits(svg("<g id=\"Icon-Architecture_48_12345678901\" fill=\"#11111111\"/>"))).isTrue();
        assertThat(SvgLimits.withinLimits(svg("<path d=\"M0 0 0 0-11111111111 1\"/>"))).isFalse();
        assertThat(SvgLimits.withinLimits(svg("<style>.a{stroke-dasharray:0.0000001}</style><path class=\"a\" d=\"M1 1L9 9\"/>"))).isFalse();
    }
}
