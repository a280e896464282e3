package com.cloudwright.export;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.model.Props;
import com.cloudwright.render.TextStyle;
import com.cloudwright.render.Typeface;
import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.Map;

import static com.cloudwright.export.Pictures.PALETTE;
import static org.assertj.core.api.Assertions.assertThat;

/** Korean labels in exported pictures are drawn with real Hangul glyphs from the bundled face. */
class KoreanLabelPictureTest {

    /** Characters no bundled face has: drawn as a missing-glyph box whatever the machine's fonts. */
    private static final String MISSING = "\uE000\uE000\uE000";

    private static Diagram labelled(String label) {
        Node web = new Node("web", "ec2", null, label, new Bounds(100, 100, 48, 48), Props.EMPTY, Map.of());
        return new Diagram("한국어", "ap-northeast-2", Map.of(), List.of(web), List.of());
    }

    @Test
    void hangulIsDrawnWithTheBundledKoreanFace() {
        TextStyle style = new TextStyle(12, false, 0xff000000, TextStyle.Align.CENTER);
        assertThat(Typeface.forText("웹 서버")).isEqualTo(Typeface.PRETENDARD);
        assertThat(Typeface.forText("Web server")).isEqualTo(Typeface.LIBERATION_SANS);
        java.awt.Font font = Fonts.font(style, "웹 서버");
        assertThat(font.getFamily()).isEqualTo("Pretendard");
        assertThat(font.canDisplayUpTo("웹 서버 데이터베이스 로드 밸런서 가용 영역")).isEqualTo(-1);
        // every modern syllable, not only the common 2,350
        assertThat(font.canDisplay('\uAC00')).isTrue();
        assertThat(font.canDisplay('\uD7A3')).isTrue();
        assertThat(font.canDisplay('\uE000')).isFalse();
    }

    @Test
    void aKoreanLabelInAPngIsGlyphsNotBoxes() throws IOException {
        BufferedImage web = PngExporterTest.export(labelled("웹서버"), ImageOptions.defaults().withScale(2));
        BufferedImage data = PngExporterTest.export(labelled("데이터"), ImageOptions.defaults().withScale(2));
        BufferedImage boxes = PngExporterTest.export(labelled(MISSING), ImageOptions.defaults().withScale(2));
        // Missing glyphs all draw the same box: two different words drawn as boxes would be the same picture.
        assertThat(differ(web, data)).as("웹서버 and 데이터 drawn alike").isTrue();
        assertThat(differ(web, boxes)).as("웹서버 drawn as missing-glyph boxes").isTrue();
        assertThat(Pictures.dark(web, 0, 0, web.getWidth(), web.getHeight(), 100)).isGreaterThan(40);
    }

    private static boolean differ(BufferedImage a, BufferedImage b) {
        return a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight() || Pictures.meanDifference(a, b) > 0.05;
    }

    @Test
    void anSvgNamesTheKoreanFaceAmongItsFallbacks() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SvgExporter.export(labelled("웹 서버"), PALETTE, ImageOptions.defaults(), out, ExportMonitor.NONE);
        String svg = out.toString(StandardCharsets.UTF_8);
        assertThat(svg).contains("Pretendard, &apos;Noto Sans KR&apos;").contains("&apos;Malgun Gothic&apos;");
        assertThat(svg).containsPattern("<text [^>]*font-family=\"Pretendard, [^>]*>웹 서버</text>");
    }
}
