package com.cloudwright.cfn;

import com.cloudwright.io.DiagramReader;
import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A template is the same bytes in every language: its Metadata notes and reasons are written in
 * English, while the notes shown after the export follow the user's language.
 */
class KoreanLocaleTemplateTest {

    private final Locale before = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
    }

    static Stream<Arguments> diagrams() throws Exception {
        return GoldenTemplatesTest.diagrams();
    }

    private static ExportResult export(Path file, boolean example, TemplateFormat format, Locale locale) throws Exception {
        Locale.setDefault(locale);
        Diagram d = new DiagramReader(Palette.bundled()).read(file);
        ExportOptions options = ExportOptions.defaults().withFormat(format).withForce(!example);
        return example ? CfnExporter.export(d, Palette.bundled(), options)
                : new CfnExporter(DiagramCheck.NONE).run(d, Palette.bundled(), options);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("diagrams")
    void theTemplateUnderAKoreanLocaleIsByteForByteTheEnglishOne(String name, Path file, boolean example) throws Exception {
        ExportResult english = export(file, example, TemplateFormat.YAML, Locale.US);
        ExportResult korean = export(file, example, TemplateFormat.YAML, Locale.KOREA);
        assertThat(korean.ok()).as(name).isTrue();
        assertThat(korean.templates()).as(name).isEqualTo(english.templates());
        assertThat(korean.warnings()).as(name + ": one note shown per note written").hasSameSizeAs(english.warnings());
    }

    @Test
    void theNotesShownFollowTheLanguageWhileTheTemplateKeepsEnglish() throws Exception {
        Path file = GoldenTemplatesTest.EXAMPLES.resolve("06-sqs-lambda-dead-letter-queue.cwd.json");
        ExportResult english = export(file, true, TemplateFormat.JSON, Locale.US);
        ExportResult korean = export(file, true, TemplateFormat.JSON, Locale.KOREAN);
        assertThat(korean.text()).isEqualTo(english.text()).doesNotContainPattern("\\p{IsHangul}");
        assertThat(english.warnings()).isNotEmpty().noneMatch(w -> w.matches("(?s).*\\p{IsHangul}.*"));
        assertThat(korean.warnings()).isNotEmpty().allMatch(w -> w.matches("(?s).*\\p{IsHangul}.*"));
    }
}
