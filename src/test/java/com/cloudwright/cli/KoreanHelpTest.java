package com.cloudwright.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The help in Korean: by --lang (before or after the subcommand) or by the system's locale. */
class KoreanHelpTest {

    private final Locale before = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
    }

    private static ValidateCommandTest.Run run(String... args) {
        return ValidateCommandTest.run(args);
    }

    @Test
    void theTopLevelHelpIsKoreanWithLangKo() {
        ValidateCommandTest.Run r = run("--lang", "ko", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("사용법: cloudwright ")
                .contains("AWS 아키텍처를 그리고 검사하며 CloudFormation, 그림, 비용으로 내보냅니다.",
                        "명령:", "validate  다이어그램을 모든 규칙으로 검사합니다", "이 도움말을 표시하고 종료합니다.",
                        "help      지정한 명령의 도움말을 표시합니다.", "--lang=LANG")
                .doesNotContain("Usage:", "Commands:", "Show this help message");
    }

    @Test
    void aSubcommandsHelpIsKoreanWithItsDefaultValues() {
        ValidateCommandTest.Run r = run("--lang", "ko", "cost", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("사용법: cloudwright cost ")
                .contains("다이어그램의 월별 비용을 예상합니다", "FILE                다이어그램 파일(.cwd.json)",
                        "text, json 또는 csv (기본값: text)", "(기본값: 30)", "네트워크 없이 계산(내려받은 요금, 없으면 스냅샷)")
                .doesNotContain("Usage:", "the diagram (.cwd.json)", "${DEFAULT-VALUE}");
    }

    @Test
    void langWorksAfterTheSubcommandToo() {
        ValidateCommandTest.Run r = run("export", "cfn", "--lang", "ko", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("다이어그램을 CloudFormation 템플릿(YAML 또는 JSON)으로 내보냅니다.",
                "작성할 템플릿 파일(.yaml 또는 .json)");
        ValidateCommandTest.Run picture = run("export", "png", "--help", "--lang=ko");
        assertThat(picture.out()).contains("작성할 파일", "캔버스 단위당 픽셀 수", "(기본값: 24.0)");
    }

    @Test
    void aKoreanSystemLocaleGivesKoreanHelpWithoutLang() {
        Locale.setDefault(Locale.KOREA);
        ValidateCommandTest.Run r = run("validate", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("사용법: cloudwright validate ").contains("종료 코드 0: 오류 없음");
        ValidateCommandTest.Run help = run("help", "rules");
        assertThat(help.out()).contains("규칙을 모두 나열합니다");
    }

    @Test
    void langEnUnderAKoreanSystemLocaleGivesEnglish() {
        Locale.setDefault(Locale.KOREA);
        ValidateCommandTest.Run r = run("--lang", "en", "cost", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Usage: cloudwright cost ")
                .contains("Estimate the monthly cost of a diagram", "text, json or csv (default: text)")
                .doesNotContainPattern("\\p{IsHangul}");
    }

    @Test
    void theEnglishHelpIsUnchangedByTheBundle() {
        ValidateCommandTest.Run r = run("--lang", "en-US", "export", "cfn", "--help");
        assertThat(r.out()).contains("Export a diagram as a CloudFormation template (YAML with short-form intrinsics,",
                "OUT.<region>.yaml for each (e.g. OUT.us-east-1.yaml, OUT.eu-west-1.yaml).",
                "--key-pair     add a KeyName parameter for EC2 instances (SSH stays",
                "Show this help message and exit.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"ko", "ko-KR", "KO", "ko_KR", "en", "en-US", "EN-us"})
    void knownLanguagesAreAcceptedInEitherSpelling(String language) {
        ValidateCommandTest.Run r = run("--lang", language, "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith(language.toLowerCase(Locale.ROOT).startsWith("ko") ? "사용법:" : "Usage:");
    }

    @Test
    void anUnknownLanguageExitsTwoNamingTheKnownOnes() {
        ValidateCommandTest.Run r = run("--lang", "fr", "--help");
        assertThat(r.code()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).contains("--lang", "'fr'", "ko, ko-KR, en, en-US");
        ValidateCommandTest.Run equals = run("validate", "x.cwd.json", "--lang=english");
        assertThat(equals.code()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(equals.err()).contains("'english'", "ko, ko-KR, en, en-US");
        ValidateCommandTest.Run none = run("--lang");
        assertThat(none.code()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(none.err()).contains("--lang");
    }
}
