package com.cloudwright.ui.shell;

import com.cloudwright.io.BundledExamples;
import com.cloudwright.palette.Palette;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** File → Examples names each example by its title in the language of the UI. */
class ExampleTitlesTest {

    @Test
    void englishTitlesAreTheExamplesOwnNames() {
        Palette palette = Palette.bundled();
        for (String file : BundledExamples.files()) {
            assertThat(FileMenu.title(file)).isEqualTo(file.substring(0, 2) + "  " + BundledExamples.read(palette, file).name());
        }
    }

    @Test
    void koreanTitlesAreKorean() {
        Locale before = Locale.getDefault();
        Locale.setDefault(Locale.KOREAN);
        try {
            for (String file : BundledExamples.files()) {
                assertThat(FileMenu.title(file)).as(file).containsPattern("\\p{IsHangul}");
            }
            assertThat(FileMenu.title("05-highly-available-lamp.cwd.json")).isEqualTo("05  고가용성 LAMP 서비스(화이트보드 설명)");
        } finally {
            Locale.setDefault(before);
        }
    }
}
