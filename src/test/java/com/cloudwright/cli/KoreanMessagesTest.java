package com.cloudwright.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Errors and reports in Korean; numbers, JSON, CSV columns and templates as in English. */
class KoreanMessagesTest {

    private static final Pattern MONEY = Pattern.compile("\\$[0-9][0-9,]*\\.[0-9]+");
    private final Locale before = Locale.getDefault();

    @TempDir
    Path dir;

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
    }

    private static ValidateCommandTest.Run run(String... args) {
        return ValidateCommandTest.run(args);
    }

    @Test
    void errorsAreKorean() throws Exception {
        Path truncated = Files.writeString(dir.resolve("cut.cwd.json"), "{\"format\": \"cloudwright-diagram\", \"nodes\": [");
        ValidateCommandTest.Run cut = run("--lang", "ko", "validate", truncated.toString());
        assertThat(cut.code()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(cut.err()).contains(truncated + ": ", "행, ", "열: 파일이 중간에 끝납니다(잘렸나요?)");
        ValidateCommandTest.Run missing = run("--lang", "ko", "validate", dir.resolve("nope.cwd.json").toString());
        assertThat(missing.code()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(missing.err().strip()).isEqualTo("cloudwright: " + dir.resolve("nope.cwd.json") + ": 파일이 없습니다");
        ValidateCommandTest.Run region = run("--lang", "ko", "cost", CostCommandTest.threeTier(), "--offline", "--region", "Seoul");
        assertThat(region.code()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(region.err()).contains("'Seoul'은(는) AWS 리전 코드(예: us-east-1)가 아닙니다");
        ValidateCommandTest.Run option = run("--lang", "ko", "validate", "--colour", "x.cwd.json");
        assertThat(option.code()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(option.err()).contains("알 수 없는 옵션 또는 인수: '--colour'", "'cloudwright validate --help'를 실행해 보세요.");
        ValidateCommandTest.Run format = run("--lang", "ko", "cost", CostCommandTest.threeTier(), "--format", "xml");
        assertThat(format.err()).contains("--format의 값이 올바르지 않습니다: 'xml'", "text, json, csv");
        ValidateCommandTest.Run required = run("--lang", "ko", "export", "png", CostCommandTest.threeTier());
        assertThat(required.err()).contains("필수 인수가 없습니다: '--output=OUT'");
    }

    @Test
    void langEnUnderAKoreanSystemLocaleGivesEnglishErrors() {
        Locale.setDefault(Locale.KOREA);
        ValidateCommandTest.Run korean = run("validate", dir.resolve("nope.cwd.json").toString());
        assertThat(korean.err()).contains("파일이 없습니다");
        ValidateCommandTest.Run english = run("--lang", "en", "validate", dir.resolve("nope.cwd.json").toString());
        assertThat(english.code()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(english.err()).contains("no such file").doesNotContainPattern("\\p{IsHangul}");
    }

    @Test
    void theCostReportIsKoreanWithTheSameFiguresAndMachineOutput() throws Exception {
        String english = run("--lang", "en", "cost", CostCommandTest.threeTier(), "--offline").out();
        String korean = run("--lang", "ko", "cost", CostCommandTest.threeTier(), "--offline").out();
        assertThat(korean).contains("월별 예상 비용", "합계: 월 $").doesNotContain("Monthly cost estimate");
        assertThat(money(korean)).isNotEmpty().isEqualTo(money(english));
        ObjectMapper json = new ObjectMapper();
        JsonNode en = json.readTree(run("--lang", "en", "cost", CostCommandTest.threeTier(), "--offline", "--format", "json").out());
        JsonNode ko = json.readTree(run("--lang", "ko", "cost", CostCommandTest.threeTier(), "--offline", "--format", "json").out());
        assertThat(fields(ko)).isEqualTo(fields(en));
        assertThat(ko.path("total").decimalValue()).isEqualByComparingTo(en.path("total").decimalValue());
        String csv = run("--lang", "ko", "cost", CostCommandTest.threeTier(), "--offline", "--format", "csv").out();
        assertThat(csv).startsWith("node,service,description,quantity,unit,unitPrice,monthly,assumptions,source,note\n");
        String compare = run("--lang", "ko", "cost", CostCommandTest.threeTier(), "--offline", "--compare-regions").out();
        assertThat(compare).contains("리전별 월별 비용(USD)", "합계 ").doesNotContain("Total");
    }

    @Test
    void validateJsonKeepsItsKeysAndRuleIds() throws Exception {
        Path file = Path.of("src/test/resources/cfn/fixtures/invalid.cwd.json");
        ObjectMapper json = new ObjectMapper();
        JsonNode en = json.readTree(run("--lang", "en", "validate", file.toString(), "--format", "json").out());
        JsonNode ko = json.readTree(run("--lang", "ko", "validate", file.toString(), "--format", "json").out());
        assertThat(ko.path("problems").size()).isEqualTo(en.path("problems").size()).isPositive();
        for (int i = 0; i < en.path("problems").size(); i++) {
            assertThat(fields(ko.path("problems").get(i))).isEqualTo(fields(en.path("problems").get(i)));
            assertThat(ko.path("problems").get(i).path("rule")).isEqualTo(en.path("problems").get(i).path("rule"));
            assertThat(ko.path("problems").get(i).path("severity")).isEqualTo(en.path("problems").get(i).path("severity"));
        }
    }

    @Test
    void theTemplateIsTheEnglishOneWhileTheNotesAreKorean() throws Exception {
        String file = "examples/06-sqs-lambda-dead-letter-queue.cwd.json";
        ValidateCommandTest.Run english = run("--lang", "en", "export", "cfn", file);
        ValidateCommandTest.Run korean = run("--lang", "ko", "export", "cfn", file);
        assertThat(korean.code()).isZero();
        assertThat(korean.out()).isEqualTo(english.out()).isNotEmpty();
        assertThat(korean.err()).contains("참고: ").containsPattern("\\p{IsHangul}");
        Path out = dir.resolve("stack.yaml");
        ValidateCommandTest.Run written = run("--lang", "ko", "export", "cfn", file, "-o", out.toString(), "-q");
        assertThat(written.err()).contains(out + "을(를) 작성했습니다(리전 us-east-1)");
        assertThat(Files.readString(out)).isEqualTo(english.out());
    }

    private static List<String> money(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = MONEY.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static List<String> fields(JsonNode node) {
        List<String> out = new ArrayList<>();
        node.fieldNames().forEachRemaining(out::add);
        return out;
    }
}
