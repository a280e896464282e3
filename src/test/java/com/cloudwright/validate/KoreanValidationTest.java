package com.cloudwright.validate;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.model.Diagram;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The validator speaks Korean when the default locale is Korean: problems, hints, quick fixes and rule metadata. */
class KoreanValidationTest {

    private static final Pattern HANGUL = Pattern.compile("[\\uAC00-\\uD7A3]");
    private static final Validator VALIDATOR = RuleCase.validator();

    private final Locale before = Locale.getDefault();

    record Case(String name, Supplier<Fixture> fixture, Set<String> rules) {
        @Override
        public String toString() {
            return name;
        }
    }

    static Stream<Case> diagrams() {
        return Stream.of(
                new Case("placement", () -> Fixture.web().parent("nat-b", "app-b").parent("db", "pub-a")
                        .node("bucket", "s3", "app-a").remove("igw"),
                        Set.of("CW-P003", "CW-P004", "CW-P005", "CW-P006")),
                new Case("network", () -> Fixture.web().set("vpc", "cidr", "10.0.0.0/8").set("app-b", "cidr", "10.0.11.0/24")
                        .set("pub-b", "cidr", "10.0.2.1/24").set("pub-a", "cidr", "10.0.1.0/28").node("lb", "alb", "pub-a"),
                        Set.of("CW-N001", "CW-N002", "CW-N003", "CW-N004")),
                new Case("connections and reliability", () -> Fixture.web().node("cdn", "cloudfront", null).edge("cdn", "db")
                        .node("q", "sqs", "r1").node("fn", "lambda", "r1").edge("q", "fn")
                        .set("db", "multiAz", false).set("asg", "desired", 9).remove("nat-b"),
                        Set.of("CW-C001", "CW-C002", "CW-R002", "CW-R004", "CW-R008")),
                new Case("security and cost", () -> Fixture.web().set("db", "encrypted", false)
                        .node("bucket", "s3", "r1", "public", true).set("web-a", "instanceType", "t2.micro")
                        .node("eip", "elastic-ip", "vpc").set("db", "publiclyAccessible", true),
                        Set.of("CW-S002", "CW-S004", "CW-S005", "CW-K001", "CW-K003")));
    }

    @BeforeEach
    void korean() {
        Locale.setDefault(Locale.KOREAN);
    }

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
    }

    @ParameterizedTest
    @MethodSource("diagrams")
    void problemsHintsAndQuickFixesAreKorean(Case c) {
        Diagram diagram = c.fixture().get().build();
        List<Problem> problems = VALIDATOR.validate(diagram).problems();
        assertThat(problems).extracting(Problem::ruleId).containsAll(c.rules());
        for (Problem p : problems) {
            assertReadsKorean(p.ruleId() + " message", p.message());
            assertReadsKorean(p.ruleId() + " hint", p.hint());
            for (QuickFix fix : VALIDATOR.quickFixes(diagram, p)) {
                assertReadsKorean(p.ruleId() + " quick fix", fix.title());
            }
        }
    }

    @Test
    void aNatGatewayInAPrivateSubnetReadsAsWritten() {
        Diagram diagram = Fixture.web().parent("nat-b", "app-b").build();
        Problem problem = RuleCase.problems(diagram, "CW-P005").get(0);
        assertThat(problem.message())
                .isEqualTo("NAT 게이트웨이이(가) 프라이빗 서브넷 '프라이빗 서브넷 10.0.12.0/24'에 있습니다. 이 위치에서는 인터넷에 연결할 수 없습니다.");
        assertThat(problem.hint()).isEqualTo("NAT 게이트웨이를 같은 가용 영역의 퍼블릭 서브넷으로 옮기세요.");
        assertThat(VALIDATOR.quickFixes(diagram, problem)).extracting(QuickFix::title)
                .containsExactly("'NAT 게이트웨이'을(를) 퍼블릭 서브넷 '퍼블릭 서브넷 10.0.2.0/24'(으)로 이동");
    }

    @Test
    void aPortIsWrittenWithoutDigitGrouping() {
        Diagram diagram = Fixture.web().node("box", "ec2", "app-a").edge("users", "box", "port", 3306).build();
        assertThat(RuleCase.problems(diagram, "CW-S005").get(0).message()).contains("데이터베이스 포트 3306을(를) 통해");
        Locale.setDefault(Locale.US);
        assertThat(RuleCase.problems(diagram, "CW-S005").get(0).message()).contains("on database port 3306 by");
    }

    @Test
    void ruleMetadataFollowsTheLanguageOfTheMoment() {
        RuleInfo korean = VALIDATOR.rules().rule("CW-R002").orElseThrow().info();
        assertThat(korean.title()).isEqualTo("RDS, Aurora, DocumentDB는 다중 AZ로 구성해야 합니다");
        assertThat(korean.pillar().title()).isEqualTo("안정성");
        assertThat(korean.group().title()).isEqualTo("안정성");
        for (RuleInfo info : VALIDATOR.rules().infos()) {
            assertReadsKorean(info.id() + " title", info.title());
            assertReadsKorean(info.id() + " description", info.description());
            assertReadsKorean(info.id() + " hint", info.fixHint());
            assertReadsKorean(info.id() + " origin", info.origin());
            assertReadsKorean(info.id() + " pillar", info.pillar().title());
            assertReadsKorean(info.id() + " group", info.group().title());
        }

        Locale.setDefault(Locale.US);
        RuleInfo english = VALIDATOR.rules().rule("CW-R002").orElseThrow().info();
        assertThat(english.title()).isEqualTo("RDS, Aurora and DocumentDB are Multi-AZ");
        assertThat(english.pillar().title()).isEqualTo("Reliability");
        assertThat(english.group().title()).isEqualTo("Reliability");
    }

    @Test
    void theSummaryAndTheListJoinerAreKorean() {
        Bundle text = Bundle.named("com.cloudwright.validate.messages");
        assertThat(text.get("validator.summary", 2, 1, 0)).isEqualTo("오류 2개, 경고 1개, 정보 0개");
        assertThat(text.get("validator.andMore", "'a', 'b'", 7)).isEqualTo("'a', 'b' 외 7개");
    }

    @Test
    void everyKoreanPatternFormatsAndWritesApostrophesTwice() throws IOException {
        Properties ko = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/com/cloudwright/validate/messages_ko.properties")) {
            assertThat(in).as("messages_ko.properties").isNotNull();
            ko.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        Pattern loneApostrophe = Pattern.compile("(?<!')'(?!')");
        Object[] args = {1, 1, 1, 1, 1, 1};
        for (String key : ko.stringPropertyNames()) {
            String pattern = ko.getProperty(key);
            assertThat(loneApostrophe.matcher(pattern).find()).as("lone apostrophe in %s", key).isFalse();
            assertReadsKorean(key, new MessageFormat(pattern, Locale.KOREAN).format(args));
        }
    }

    private static void assertReadsKorean(String what, String text) {
        assertThat(text).as(what).isNotBlank().doesNotContain("{").doesNotContain("''");
        assertThat(HANGUL.matcher(text).find()).as("%s is Korean: %s", what, text).isTrue();
    }
}
