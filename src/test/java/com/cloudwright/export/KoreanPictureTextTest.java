package com.cloudwright.export;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static com.cloudwright.export.Pictures.PALETTE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Text the app itself writes into a picture, and its refusals, follow the language; the user's labels stay. */
class KoreanPictureTextTest {

    private final Locale before = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
    }

    @Test
    void unlabelledSubnetsAreNamedInKorean() throws Exception {
        Locale.setDefault(Locale.KOREAN);
        List<String> texts = SvgExporterTest.texts(SvgExporterTest.parse(
                SvgExporter.toString(Pictures.smallWeb(), PALETTE, ImageOptions.defaults())));
        assertThat(texts).contains("퍼블릭 서브넷  10.0.1.0/24", "프라이빗 서브넷  10.0.11.0/24", "Web server", "Main VPC  10.0.0.0/16");
        assertThat(texts).noneMatch(t -> t.startsWith("Public subnet") || t.startsWith("Private subnet"));
    }

    @Test
    void aSelectionOfAMissingNodeIsRefusedInKorean() {
        Locale.setDefault(Locale.KOREAN);
        assertThatThrownBy(() -> Frame.of(Pictures.smallWeb(), ImageOptions.defaults().withSelection(List.of("gone"))))
                .hasMessage("선택 항목에 다이어그램에 없는 노드 'gone'이(가) 들어 있습니다");
    }
}
