package com.cloudwright.cfn;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Other stacks build on an exported one: its network ids and endpoints are exported by stack name. */
class StackExportsTest {

    @Test
    void theVpcSubnetsSecurityGroupsAndEndpointsAreExportedUnderTheStackName() {
        Fixtures.Parsed t = DrawnNotDroppedTest.export(DrawnNotDroppedTest.read("05-highly-available-lamp"));
        Map<String, Object> outputs = t.section("Outputs");
        for (String vpc : t.ofType("AWS::EC2::VPC")) {
            assertThat(outputs.get(vpc + "Id")).isEqualTo(Map.of("Description", "Id of VPC " + vpc,
                    "Value", Fixtures.ref(vpc), "Export", Map.of("Name", Fixtures.sub("${AWS::StackName}-" + vpc + "Id"))));
        }
        assertThat(t.ofType("AWS::EC2::Subnet")).isNotEmpty().allSatisfy(s -> assertThat(outputs).containsKey(s + "Id"));
        assertThat(t.ofType("AWS::EC2::SecurityGroup")).isNotEmpty().allSatisfy(g -> assertThat(
                ((Map<?, ?>) outputs.get(g)).get("Value")).isEqualTo(Fixtures.getAtt(g, "GroupId")));
        assertThat(outputs.values()).allSatisfy(o -> assertThat(((Map<?, ?>) o).get("Export")).isNotNull());
        assertThat(outputs.size()).isLessThanOrEqualTo(StackExports.MAX_OUTPUTS);
    }
}
