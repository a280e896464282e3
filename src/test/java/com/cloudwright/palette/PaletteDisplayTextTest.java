package com.cloudwright.palette;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Display text follows the default locale at each call; the canonical English label never moves. */
class PaletteDisplayTextTest {

    private static final Palette PALETTE = Palette.bundled();

    @TempDir
    Path dir;

    private Locale before;

    @BeforeEach
    void remember() {
        before = Locale.getDefault();
    }

    @AfterEach
    void restore() {
        Locale.setDefault(before);
    }

    @Test
    void koreanUnderKoreanEnglishOtherwiseAndTheCanonicalLabelStays() {
        PaletteEntry nat = PALETTE.require("nat-gateway");
        PaletteEntry ec2 = PALETTE.require("ec2");
        Locale.setDefault(Locale.KOREAN);
        assertThat(nat.displayLabel()).isEqualTo("NAT 게이트웨이");
        assertThat(nat.label()).isEqualTo("NAT gateway");
        assertThat(ec2.displayLabel()).as("a brand stays as AWS brands it").isEqualTo("Amazon EC2");
        assertThat(ec2.displayDescription()).isEqualTo("VPC의 서브넷에서 실행되는, 크기를 조정할 수 있는 가상 서버입니다.");
        assertThat(PALETTE.displayCategory("Networking")).isEqualTo("네트워킹");
        assertThat(PALETTE.displayCategory("Front-end & Mobile")).isEqualTo("프런트엔드 및 모바일");
        assertThat(PALETTE.displayCategory("Not declared")).isEqualTo("Not declared");
        PropertySpec volume = ec2.property("volumeGb").orElseThrow();
        assertThat(volume.displayLabel()).isEqualTo("루트 볼륨 크기");
        PropertySpec retention = PALETTE.require("sqs").property("retentionDays").orElseThrow();
        assertThat(retention.displayUnit()).isEqualTo("일");
        PropertySpec hours = ec2.property("hoursPerMonth").orElseThrow();
        assertThat(hours.displayLabel()).as("a usage assumption from pricing.json").isEqualTo("월별 실행 시간");
        assertThat(hours.displayDescription()).startsWith("리소스가 한 달에 실행되는 시간입니다");

        Locale.setDefault(Locale.KOREA);
        assertThat(nat.displayLabel()).as("any Korean locale").isEqualTo("NAT 게이트웨이");

        Locale.setDefault(Locale.US);
        assertThat(nat.displayLabel()).as("a language switch takes effect at once").isEqualTo("NAT gateway");
        assertThat(ec2.displayDescription()).isEqualTo(ec2.description());
        assertThat(PALETTE.displayCategory("Networking")).isEqualTo("Networking");
        assertThat(volume.displayLabel()).isEqualTo("Root volume size");
        assertThat(retention.displayUnit()).isEqualTo("days");

        Locale.setDefault(Locale.JAPANESE);
        assertThat(nat.displayLabel()).as("an untranslated language falls back to English").isEqualTo("NAT gateway");
    }


    @ParameterizedTest(name = "\"{0}\" → {1}")
    @CsvSource({
            "인터넷 게이트웨이, internet-gateway", "인터넷게이트웨이, internet-gateway", "NAT 게이트웨이, nat-gateway",
            "nat게이트웨이, nat-gateway", "탄력적 IP 주소, elastic-ip", "탄력적IP, elastic-ip", "보안 그룹, security-group",
            "보안그룹, security-group", "네트워크 ACL, network-acl", "VPC 엔드포인트, vpc-endpoint", "가용영역, availability-zone",
            "퍼블릭서브넷, subnet", "프라이빗 서브넷, subnet", "로드밸런서, alb", "로드 밸런서, alb", "람다, lambda",
            "웹 서버, ec2", "웹서버, ec2", "디비, rds", "캐시, elasticache", "큐, sqs", "대기열, sqs", "알림, sns",
            "IAM 역할, iam-role", "VPC 흐름 로그, flow-logs", "사용자, users", "기업 데이터 센터, on-premises",
            "오토스케일링, auto-scaling-group", "Auto Scaling 그룹, auto-scaling-group", "다이나모디비, dynamodb",
            "다이나모 디비, dynamodb", "라우트 53, route53", "클라우드 워치, cloudwatch", "세이지 메이커, sagemaker",
    })
    void koreanSearchFindsByLabelOrAliasWithOrWithoutSpaces(String query, String id) {
        List<String> found = PALETTE.search(query).stream().map(PaletteEntry::id).toList();
        assertThat(found.subList(0, Math.min(3, found.size()))).as("top hits for \"%s\"", query).contains(id);
    }

    @Test
    void koreanLabelsAreFoundFirstInAnyLanguage() {
        Locale.setDefault(Locale.US);
        assertThat(PALETTE.search("인터넷 게이트웨이").get(0).id()).isEqualTo("internet-gateway");
        assertThat(PALETTE.search("탄력적 네트워크 인터페이스").get(0).id()).isEqualTo("network-interface");
        assertThat(PALETTE.search("internet gateway").get(0).id()).isEqualTo("internet-gateway");
        // words that no single name holds, each matching one of the entry's names
        assertThat(PALETTE.search("람다 함수").get(0).id()).isEqualTo("lambda");
        assertThat(PALETTE.search("redis cache").get(0).id()).isEqualTo("elasticache");
    }

    /** A label or alias that differs from the query only in spacing ranks like the spaced match, above substrings. */
    @Test
    void spacingVariantsRankAboveOtherEntriesSubstrings() throws IOException {
        Files.writeString(dir.resolve("index.json"), "{\"categories\": [\"C\"], \"files\": [\"a.json\"]}");
        String entry = "{\"id\": \"%s\", \"label\": \"%s\", \"category\": \"C\", \"kind\": \"service\","
                + " \"placement\": \"subnet\", \"aliases\": [\"%s\"]}";
        Files.writeString(dir.resolve("a.json"), "{\"entries\": [" + entry.formatted("policy", "Policy", "보안그룹정책") + ", "
                + entry.formatted("sg", "Security group", "보안 그룹") + ", " + entry.formatted("lb", "Load balancer", "로드밸런서") + "]}");
        Palette p = PaletteLoader.fromDirectory(dir);
        assertThat(p.search("보안그룹")).extracting(PaletteEntry::id).containsExactly("sg", "policy");
        assertThat(p.search("로드 밸런서")).extracting(PaletteEntry::id).containsExactly("lb");
    }

    @Test
    void presetsIgnoreSpaces() {
        PaletteEntry subnet = PALETTE.require("subnet");
        assertThat(subnet.presetFor("퍼블릭서브넷")).containsEntry("public", true);
        assertThat(subnet.presetFor("프라이빗서브넷")).containsEntry("public", false);
        assertThat(subnet.presetFor("publicsubnet")).containsEntry("public", true);
    }

    @Test
    void translationBlocksAreReadAndCheckedStrictly() throws IOException {
        Files.writeString(dir.resolve("index.json"), "{\"categories\": [\"C\"], \"ko\": {\"C\": \"씨\"}, \"files\": [\"a.json\"]}");
        String entry = "{\"entries\": [{\"id\": \"x\", \"label\": \"X\", \"category\": \"C\", \"kind\": \"service\","
                + " \"placement\": \"subnet\", \"description\": \"An x.\", \"ko\": %s,"
                + " \"properties\": [{\"name\": \"size\", \"type\": \"integer\", \"unit\": \"days\", \"ko\": {\"unit\": \"일\"}}]}]}";
        Files.writeString(dir.resolve("a.json"), entry.formatted("{\"label\": \"엑스\", \"description\": \"엑스입니다.\"}"));
        Palette p = PaletteLoader.fromDirectory(dir);
        Locale.setDefault(Locale.KOREAN);
        assertThat(p.require("x").displayLabel()).isEqualTo("엑스");
        assertThat(p.require("x").displayDescription()).isEqualTo("엑스입니다.");
        assertThat(p.require("x").property("size").orElseThrow().displayUnit()).isEqualTo("일");
        assertThat(p.displayCategory("C")).isEqualTo("씨");
        assertThat(p.search("엑스")).extracting(PaletteEntry::id).containsExactly("x");

        Files.writeString(dir.resolve("a.json"), entry.formatted("{\"lable\": \"엑스\"}"));
        assertThatThrownBy(() -> PaletteLoader.fromDirectory(dir))
                .hasMessageContaining("entries[0] (x).ko: \"lable\" is not translatable here");
        Files.writeString(dir.resolve("a.json"), entry.formatted("\"엑스\""));
        assertThatThrownBy(() -> PaletteLoader.fromDirectory(dir)).hasMessageContaining("must be an object of texts");
        Files.writeString(dir.resolve("a.json"), entry.formatted("{\"label\": \" \"}"));
        assertThatThrownBy(() -> PaletteLoader.fromDirectory(dir)).hasMessageContaining("ko.label: must be a non-blank string");
        Files.writeString(dir.resolve("a.json"), entry.formatted("{}").replace("\"ko\": {},", "\"kx\": {},"));
        assertThatThrownBy(() -> PaletteLoader.fromDirectory(dir)).as("not a language code: a typo")
                .hasMessageContaining("unknown field \"kx\"");
        Files.writeString(dir.resolve("index.json"), "{\"categories\": [\"C\"], \"ko\": {\"D\": \"디\"}, \"files\": [\"a.json\"]}");
        assertThatThrownBy(() -> PaletteLoader.fromDirectory(dir)).hasMessageContaining("index.json.ko: \"D\" is not translatable");
    }
}
