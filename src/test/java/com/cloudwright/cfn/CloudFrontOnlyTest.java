package com.cloudwright.cfn;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A load balancer behind CloudFront admits CloudFront's origin-facing servers, not the internet. */
class CloudFrontOnlyTest {

    @ParameterizedTest
    @ValueSource(strings = {"03-over-10000-users", "04-over-100000-users", "05-highly-available-lamp"})
    void theLoadBalancerBehindCloudFrontAdmitsOnlyThePrefixList(String example) {
        Fixtures.Parsed t = DrawnNotDroppedTest.export(DrawnNotDroppedTest.read(example));
        String group = t.ofType("AWS::EC2::SecurityGroup").stream()
                .filter(g -> g.startsWith("PublicALB")).findFirst().orElseThrow();
        List<?> ingress = (List<?>) t.props(group).get("SecurityGroupIngress");
        assertThat(ingress).singleElement().isEqualTo(Map.of("IpProtocol", "tcp", "FromPort", 80, "ToPort", 80,
                "SourcePrefixListId", Fixtures.ref("CloudFrontOriginFacingPrefixListId"),
                "Description", "CloudFront origin-facing servers to listener 80"));
        Map<?, ?> parameter = (Map<?, ?>) t.section("Parameters").get("CloudFrontOriginFacingPrefixListId");
        assertThat(parameter.get("Default")).isEqualTo("pl-3b927c52");
        assertThat(parameter.get("Description").toString()).contains("com.amazonaws.global.cloudfront.origin-facing");
        assertThat(t.text()).doesNotContain("CidrIp: 0.0.0.0/0");
    }

    @ParameterizedTest
    @ValueSource(strings = {"01-under-1000-users", "02-over-1000-users"})
    void aLoadBalancerTheInternetReachesStaysOpenOnItsListeners(String example) {
        Fixtures.Parsed t = DrawnNotDroppedTest.export(DrawnNotDroppedTest.read(example));
        assertThat(t.text()).contains("CidrIp: 0.0.0.0/0").doesNotContain("CloudFrontOriginFacingPrefixListId");
    }
}
