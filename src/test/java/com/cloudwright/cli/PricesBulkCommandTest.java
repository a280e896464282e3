package com.cloudwright.cli;

import com.cloudwright.cost.offers.OfferCache;
import com.cloudwright.cost.offers.OfferLocation;
import com.cloudwright.cost.offers.OfferServer;
import com.cloudwright.cost.PriceSnapshot;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code prices refresh} from the bulk files (the loopback server with the recorded excerpts), then {@code cost} with them. */
class PricesBulkCommandTest {

    static final String EXAMPLE_05 = Path.of("examples", "05-highly-available-lamp.cwd.json").toString();

    @TempDir
    Path dir;

    private OfferServer server;
    private String url;
    private String offers;

    @BeforeEach
    void start() throws IOException {
        server = new OfferServer();
        url = System.getProperty(OfferLocation.URL_PROPERTY);
        offers = System.getProperty(OfferCache.DIR_PROPERTY);
        System.setProperty(OfferLocation.URL_PROPERTY, server.base().toString());
        System.setProperty(OfferCache.DIR_PROPERTY, dir.resolve("offers").toString());
    }

    @AfterEach
    void stop() {
        server.close();
        restore(OfferLocation.URL_PROPERTY, url);
        restore(OfferCache.DIR_PROPERTY, offers);
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    @Test
    void oneCommandBringsSeoulPricesThatCostThenUsesOffline() throws IOException {
        CostCommandTest.Result refresh = CostCommandTest.run("prices", "refresh", "--regions", "ap-northeast-2",
                "--diagram", EXAMPLE_05);

        assertThat(refresh.code()).as(refresh.err()).isZero();
        assertThat(refresh.out()).isEmpty();
        assertThat(refresh.err())
                .contains("prices: [1/16] AWSCodeCommit ap-northeast-2: downloading " + server.base()
                        + "/offers/v1.0/aws/AWSCodeCommit/20260918164559/ap-northeast-2/index.json")
                .contains("prices: AmazonEC2 ap-northeast-2: published 2026-09-25, 9 products read, ")
                .contains("prices: AmazonRoute53 global: published 2026-09-19")
                .contains("prices: 16 files downloaded (")
                .contains("0 unchanged, 0 failed; prices kept in " + dir.resolve("offers"));

        CostCommandTest.Result cost = CostCommandTest.run("cost", EXAMPLE_05, "--offline", "--region", "ap-northeast-2",
                "--format", "json");
        assertThat(cost.code()).as(cost.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(cost.out());
        assertThat(root.path("priceSource").asText())
                .isEqualTo("AWS Price List bulk files downloaded for ap-northeast-2, else the bundled price snapshot, as of "
                        + PriceSnapshot.bundled().asOf());
        assertThat(root.path("items")).allSatisfy(i -> {
            assertThat(i.path("monthly").isNumber()).as(i.toString()).isTrue();
            assertThat(i.path("source").path("name").asText()).isEqualTo("AWS Price List bulk files");
        });
        java.util.List<String> unpriced = new java.util.ArrayList<>();
        root.path("unpriced").forEach(u -> {
            if (u.path("kind").asText().equals("line")) {
                unpriced.add(u.path("node").asText());
            }
        });
        assertThat(unpriced).as("nodes of the lines whose Seoul price no public source gives")
                .containsExactlyInAnyOrderElementsOf(com.cloudwright.cost.offers.SeoulFromBulkFilesTest.UNSOURCED_IN_SEOUL
                        .stream().map(line -> line.substring(0, line.indexOf('/'))).toList());
        assertThat(root.path("items")).anySatisfy(i -> {
            assertThat(i.path("node").asText()).isEqualTo("nat-a");
            assertThat(i.path("unitPrice").decimalValue()).isEqualByComparingTo("0.059");
        });

        CostCommandTest.Result again = CostCommandTest.run("prices", "refresh", "--regions", "ap-northeast-2",
                "--diagram", EXAMPLE_05);
        assertThat(again.code()).isZero();
        assertThat(again.err()).contains("prices: AmazonEC2 ap-northeast-2: unchanged since its publication on 2026-09-25")
                .contains("prices: no files downloaded (0 B), 16 unchanged, 0 failed");
        assertThat(server.count("/ap-northeast-2/index.json")).as("offer files downloaded").isEqualTo(14);
    }

    @Test
    void refreshCanAlsoWriteASnapshotInTheBundledFormat() throws IOException {
        Path out = dir.resolve("seoul.json");
        CostCommandTest.Result r = CostCommandTest.run("prices", "refresh", "--regions", "ap-northeast-2", "--diagram",
                EXAMPLE_05, "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        PriceSnapshot s = PriceSnapshot.read(Files.readAllBytes(out), out.toString());
        assertThat(s.regions().get("ap-northeast-2")).startsWith("AWS Price List bulk files, fetched ");
        assertThat(s.entries()).anySatisfy(e -> {
            assertThat(e.key().filters()).containsEntry("instanceType", "m5.large").containsEntry("operatingSystem", "Linux");
            assertThat(e.regions().get("ap-northeast-2").price().firstRate()).isEqualByComparingTo("0.118");
        });
    }

    @Test
    void anUnknownRegionExitsTwoListingTheKnownOnes() {
        CostCommandTest.Result prices = CostCommandTest.run("prices", "refresh", "--regions", "ap-northeast-2,ap-seoul-1");
        assertThat(prices.code()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(prices.err()).startsWith("cloudwright: --regions: 'ap-seoul-1' is not an AWS region code with published"
                + " prices; known Regions: af-south-1, ap-east-1, ").contains("ap-northeast-2, ").contains("us-west-2");
        assertThat(server.requests()).isEmpty();

        CostCommandTest.Result cost = CostCommandTest.run("cost", EXAMPLE_05, "--offline", "--region", "eu-moon-1");
        assertThat(cost.code()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(cost.err()).startsWith("cloudwright: --region: 'eu-moon-1' is not an AWS region code").contains("known Regions: ");
        assertThat(cost.out()).isEmpty();
    }

    @Test
    void aNetworkFailureIsOneLineNamingTheUrlNotAStackTrace() {
        server.answer("/offers/v1.0/aws/index.json", OfferServer.Answer.status(403));
        CostCommandTest.Result r = CostCommandTest.run("prices", "refresh", "--regions", "ap-northeast-2", "--diagram",
                EXAMPLE_05);
        assertThat(r.code()).isEqualTo(Cli.EXIT_PROBLEMS);
        assertThat(r.err().strip()).isEqualTo("cloudwright: " + server.base() + "/offers/v1.0/aws/index.json answered HTTP 403 Forbidden");
    }

    @Test
    void aFileThatFailsIsListedAndTheExitCodeSaysSo() {
        server.answer("/offers/v1.0/aws/AmazonRDS/20261001023317/ap-northeast-2/index.json", OfferServer.Answer.status(500));
        CostCommandTest.Result r = CostCommandTest.run("prices", "refresh", "--regions", "ap-northeast-2", "--diagram",
                EXAMPLE_05);
        assertThat(r.code()).isEqualTo(Cli.EXIT_PROBLEMS);
        assertThat(r.err()).contains("prices: AmazonRDS ap-northeast-2: failed: " + server.base()
                        + "/offers/v1.0/aws/AmazonRDS/20261001023317/ap-northeast-2/index.json answered HTTP 500")
                .contains("15 files downloaded").contains("1 failed").doesNotContain("Exception");
    }

    @Test
    void refreshSpeaksKoreanWithLangKo() {
        java.util.Locale before = java.util.Locale.getDefault();
        try {
            CostCommandTest.Result r = CostCommandTest.run("--lang", "ko", "prices", "refresh", "--regions", "ap-northeast-2",
                    "--diagram", EXAMPLE_05);
            assertThat(r.code()).as(r.err()).isZero();
            assertThat(r.err()).contains("prices: [6/16] AmazonEC2 ap-northeast-2: " + server.base()
                            + "/offers/v1.0/aws/AmazonEC2/20260925190432/ap-northeast-2/index.json 내려받는 중")
                    .contains("prices: AmazonEC2 ap-northeast-2: 2026-09-25 게시, 제품 9개 읽음, ")
                    .contains("prices: 파일 16개 내려받음(").contains("0개 변경 없음, 0개 실패. 요금 보관 위치: ");

            CostCommandTest.Result cost = CostCommandTest.run("--lang", "ko", "cost", EXAMPLE_05, "--offline", "--region",
                    "ap-northeast-2");
            assertThat(cost.out()).contains("요금: ap-northeast-2용으로 내려받은 AWS Price List 대량 파일, 그 밖에는 번들 요금 스냅샷");

            CostCommandTest.Result bad = CostCommandTest.run("--lang", "ko", "cost", EXAMPLE_05, "--region", "ap-seoul-1");
            assertThat(bad.err()).startsWith("cloudwright: --region: 'ap-seoul-1'은(는) AWS 리전 코드(예: us-east-1)가 아닙니다."
                    + " 요금이 게시된 리전: af-south-1, ");
        } finally {
            java.util.Locale.setDefault(before);
        }
    }

    @Test
    void theRegionComparisonCoversDownloadedRegionsRankedWithTheirUnpricedLines() throws IOException {
        assertThat(CostCommandTest.run("prices", "refresh", "--regions", "ap-northeast-2,us-east-1", "--diagram", EXAMPLE_05)
                .code()).isZero();
        CostCommandTest.Result r = CostCommandTest.run("cost", EXAMPLE_05, "--offline", "--compare-regions", "--format", "json");
        assertThat(r.code()).as(r.err()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        java.util.List<String> regions = new java.util.ArrayList<>();
        root.path("regions").forEach(n -> regions.add(n.asText()));
        java.util.Set<String> withPrices = new java.util.TreeSet<>(com.cloudwright.cost.SnapshotPriceSource.bundled().regions());
        withPrices.addAll(java.util.List.of("us-east-1", "ap-northeast-2"));
        assertThat(regions).as("every Region with prices, downloaded or bundled").containsExactlyInAnyOrderElementsOf(withPrices);
        JsonNode unpriced = root.path("unpricedLines");
        assertThat(unpriced.path("ap-northeast-2").asInt())
                .isEqualTo(com.cloudwright.cost.offers.SeoulFromBulkFilesTest.UNSOURCED_IN_SEOUL.size());
        assertThat(unpriced.path("eu-west-1").asInt()).isPositive();
        for (int i = 1; i < regions.size(); i++) {
            int before = unpriced.path(regions.get(i - 1)).asInt();
            int here = unpriced.path(regions.get(i)).asInt();
            assertThat(before).as(regions + " " + unpriced).isLessThanOrEqualTo(here);
            if (before == here) {
                assertThat(root.path("totals").path(regions.get(i - 1)).decimalValue())
                        .isLessThanOrEqualTo(root.path("totals").path(regions.get(i)).decimalValue());
            }
        }
        String text = CostCommandTest.run("cost", EXAMPLE_05, "--offline", "--compare-regions").out();
        assertThat(text).contains("Lines without a price").contains("Regions are ranked by the lines they price");
    }
}
