package com.cloudwright.cfn;

import com.cloudwright.io.DiagramReader;
import com.cloudwright.palette.Palette;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every accepted risk has its reason in Korean too (accepted-risks_ko.txt, keyed like
 * accepted-risks.txt), for the export dialog of the Korean UI: a twin for every line and no
 * stray one, the same placeholders, written in Hangul; the template keeps the English reason.
 */
class AcceptedRisksKoreanTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[,}]");
    private static final Pattern HANGUL = Pattern.compile("[\\uAC00-\\uD7A3]");

    private static List<String> keysOf(String file) throws IOException {
        List<String> keys = new ArrayList<>();
        try (InputStream in = AcceptedRisks.class.getResourceAsStream(file)) {
            assertThat(in).as(file).isNotNull();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    String[] parts = line.split("\\s*\\|\\s*", 4);
                    assertThat(parts).as(file + ": " + line).hasSize(4);
                    keys.add(AcceptedRisks.Rule.key(parts[0].strip(), parts[1], parts[2]));
                }
            }
        }
        return keys;
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> out = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    @Test
    void everyLineHasItsKoreanTwinAndNoTwinIsStray() throws IOException {
        List<String> english = keysOf("accepted-risks.txt");
        List<String> korean = keysOf("accepted-risks_ko.txt");
        assertThat(korean).as("the Korean file's lines, in the English file's order").isEqualTo(english);
        assertThat(AcceptedRisks.KOREAN_REASONS.keySet()).containsExactlyElementsOf(english);
    }

    @Test
    void everyKoreanReasonIsHangulWithTheEnglishPlaceholders() {
        assertThat(AcceptedRisks.RULES).hasSizeGreaterThan(40).allSatisfy(rule -> {
            String korean = AcceptedRisks.KOREAN_REASONS.get(rule.key());
            assertThat(korean).as(rule.key()).isNotNull().isEqualTo(rule.koreanReason()).isNotEqualTo(rule.reason());
            assertThat(HANGUL.matcher(korean).find()).as(rule.key() + ": " + korean).isTrue();
            assertThat(placeholders(korean)).as(rule.key() + ": " + korean).isEqualTo(placeholders(rule.reason()));
            assertThat(korean).as(rule.key()).doesNotContain("'").hasSizeGreaterThanOrEqualTo(10);
        });
    }

    @Test
    void anExportCarriesBothReasonsAndTheMetadataKeepsTheEnglishOne() throws Exception {
        Palette palette = Palette.bundled();
        ExportResult r = CfnExporter.export(new DiagramReader(palette).read(Path.of("examples/01-under-1000-users.cwd.json")),
                palette, ExportOptions.defaults().withForce(true));
        AcceptedRisk flowLogs = r.acceptedRisks().stream().filter(a -> a.rule().equals("AwsSolutions-VPC7"))
                .findFirst().orElseThrow();
        assertThat(flowLogs.reason(Locale.ENGLISH)).isEqualTo(flowLogs.reason())
                .startsWith("Flow logs of VPC are off:");
        assertThat(flowLogs.reason(Locale.KOREAN)).isEqualTo(flowLogs.koreanReason())
                .isEqualTo(flowLogs.reason(Locale.KOREA))
                .startsWith("VPC의 흐름 로그가 꺼져 있습니다.");
        assertThat(r.acceptedRisks()).allSatisfy(a -> {
            assertThat(HANGUL.matcher(a.koreanReason()).find()).as(a.toString()).isTrue();
            assertThat(a.koreanReason()).as(a.toString()).doesNotContain("{");
        });
        assertThat(r.text()).doesNotContainPattern(HANGUL.pattern());
    }
}
