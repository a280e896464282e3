package com.cloudwright.cfn;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The VPC's and the subnets' blocks are the deployer's choice, defaulting to the drawn ones. */
class CidrParametersTest {

    @Test
    void theVpcAndEverySubnetTakeTheirBlockFromAParameterDefaultingToTheDrawing() {
        Fixtures.Parsed t = DrawnNotDroppedTest.export(DrawnNotDroppedTest.read("05-highly-available-lamp"));
        Map<String, Object> parameters = t.section("Parameters");
        assertThat(t.props("VPC").get("CidrBlock")).isEqualTo(Fixtures.ref("VPCCidr"));
        Map<?, ?> vpc = (Map<?, ?>) parameters.get("VPCCidr");
        assertThat(vpc.get("Default")).isEqualTo("10.0.0.0/16");
        String pattern = (String) vpc.get("AllowedPattern");
        assertThat("10.0.0.0/16").matches(pattern);
        assertThat("10.0.0.0/8").doesNotMatch(pattern);
        assertThat("10.0.0.0").doesNotMatch(pattern);
        int subnets = 0;
        for (String id : t.ofType("AWS::EC2::Subnet")) {
            subnets++;
            assertThat(t.props(id).get("CidrBlock")).isEqualTo(Fixtures.ref(id + "Cidr"));
            assertThat(((Map<?, ?>) parameters.get(id + "Cidr")).get("Default").toString()).matches(pattern);
        }
        assertThat(subnets).isEqualTo(8);
    }

    @ParameterizedTest
    @MethodSource("com.cloudwright.cfn.StackTagsTest#examples")
    void theResourcesNameTheVpcBlockOnlyThroughItsParameter(String example) {
        Fixtures.Parsed t = DrawnNotDroppedTest.export(DrawnNotDroppedTest.read(example));
        Map<String, Object> parameters = t.section("Parameters");
        for (String id : t.ofType("AWS::EC2::VPC")) {
            String block = (String) ((Map<?, ?>) parameters.get(id + "Cidr")).get("Default");
            assertThat(t.resources().toString()).as("resources naming %s's block %s", id, block)
                    .contains("{Ref=" + id + "Cidr}").doesNotContain(block);
        }
    }
}
