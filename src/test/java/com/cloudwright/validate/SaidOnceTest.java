package com.cloudwright.validate;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.model.Props;
import com.cloudwright.palette.Palette;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A node without a label is named once in a message, not by its kind and then the same words in quotes. */
class SaidOnceTest {

    @Test
    void aTitleEqualToTheKindIsDropped() {
        assertThat(SaidOnce.apply("NAT gateway 'NAT gateway' has no Elastic IP drawn."))
                .isEqualTo("NAT gateway has no Elastic IP drawn.");
        assertThat(SaidOnce.apply("Application Load Balancer 'Application Load Balancer' has public subnets"))
                .isEqualTo("Application Load Balancer has public subnets");
        assertThat(SaidOnce.apply("NAT 게이트웨이 'NAT 게이트웨이'에 탄력적 IP 주소가 없습니다."))
                .isEqualTo("NAT 게이트웨이에 탄력적 IP 주소가 없습니다.");
    }

    @Test
    void aTitleOfItsOwnStays() {
        assertThat(SaidOnce.apply("NAT gateway 'NAT a' has no Elastic IP drawn."))
                .isEqualTo("NAT gateway 'NAT a' has no Elastic IP drawn.");
        assertThat(SaidOnce.apply("VPC 'Shop' has public subnets ('Public subnet 10.0.1.0/24')"))
                .isEqualTo("VPC 'Shop' has public subnets ('Public subnet 10.0.1.0/24')");
    }

    @Test
    void theValidatorNamesAnUnlabelledNatGatewayOnceInEnglishAndKorean() {
        Diagram d = new Diagram("t", "us-east-1", Map.of(), List.of(
                new Node("vpc", "vpc", null, null, new Bounds(0, 0, 800, 600), Props.EMPTY, Map.of()),
                new Node("az", "availability-zone", "vpc", null, new Bounds(20, 40, 500, 500), Props.of(Map.of("zone", "a")), Map.of()),
                new Node("pub", "subnet", "az", null, new Bounds(40, 80, 420, 200),
                        Props.of(Map.of("public", true, "cidr", "10.0.1.0/24")), Map.of()),
                new Node("nat", "nat-gateway", "pub", null, new Bounds(60, 120, 64, 64), Props.EMPTY, Map.of())), List.of());
        Locale before = Locale.getDefault();
        try {
            for (Locale locale : List.of(Locale.US, Locale.KOREAN)) {
                Locale.setDefault(locale);
                List<String> messages = new Validator(Palette.bundled()).validate(d).problems().stream()
                        .filter(p -> p.ruleId().equals("CW-N009")).map(Problem::message).toList();
                assertThat(messages).as(locale.toString()).hasSize(1);
                assertThat(messages.get(0)).as(locale.toString()).doesNotContain("'");
            }
        } finally {
            Locale.setDefault(before);
        }
    }
}
