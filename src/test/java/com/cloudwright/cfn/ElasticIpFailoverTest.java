package com.cloudwright.cfn;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.cloudwright.cfn.Fixtures.getAtt;
import static com.cloudwright.cfn.Fixtures.ref;
import static org.assertj.core.api.Assertions.assertThat;

/** Example 10: a one-instance group over two zones keeps one Elastic IP, claimed by whichever instance runs. */
class ElasticIpFailoverTest {

    private static final Fixtures.Parsed T = DrawnNotDroppedTest.export(
            DrawnNotDroppedTest.read("10-ec2-high-availability-elastic-ip"));

    @SuppressWarnings("unchecked")
    private static Map<String, Object> launchData() {
        return (Map<String, Object>) T.props("ASGMin1Max1Desired1LaunchTemplate").get("LaunchTemplateData");
    }

    @Test
    void theInstanceClaimsTheAddressAtBoot() {
        String script = (String) ((Map<?, ?>) ((Map<?, ?>) launchData().get("UserData")).get("Fn::Base64")).get("Fn::Sub");
        assertThat(script).startsWith("#!/bin/bash\n")
                .contains("aws ec2 associate-address --region ${AWS::Region} --allocation-id ${ElasticIP1985110010.AllocationId}")
                .contains("--allow-reassociation")
                .contains("X-aws-ec2-metadata-token");
    }

    @Test
    void theDrawnRoleRunsTheInstancesAndMayMoveOnlyThatAddress() {
        assertThat(launchData().get("IamInstanceProfile"))
                .isEqualTo(Map.of("Arn", getAtt("InstanceRoleAssociateAddressInstanceProfile", "Arn")));
        assertThat(T.ofType("AWS::IAM::Role")).containsExactly("InstanceRoleAssociateAddress");
        Map<String, Object> policy = T.props("InstanceRoleAssociateAddressPolicy");
        assertThat(policy.get("Roles")).isEqualTo(List.of(ref("InstanceRoleAssociateAddress")));
        Map<?, ?> statement = (Map<?, ?>) ((List<?>) ((Map<?, ?>) policy.get("PolicyDocument")).get("Statement")).get(0);
        assertThat(statement.get("Action")).isEqualTo("ec2:AssociateAddress");
        assertThat(statement.get("Resource").toString()).contains("elastic-ip/${ElasticIP1985110010.AllocationId}");
    }

    @Test
    void publicSubnetsGiveAPublicIpAndTheWebPortIsOpen() {
        assertThat(T.props("PublicSubnet")).containsEntry("MapPublicIpOnLaunch", true);
        assertThat(T.props("PublicSubnet2")).containsEntry("MapPublicIpOnLaunch", true);
        assertThat(T.props("ElasticIP1985110010To80"))
                .containsEntry("GroupId", getAtt("ASGMin1Max1Desired1SecurityGroup", "GroupId"))
                .containsEntry("CidrIp", "0.0.0.0/0").containsEntry("FromPort", 80).containsEntry("ToPort", 80);
    }

    @Test
    void aFixedSizeGroupHasNoTargetTrackingPolicy() {
        assertThat(T.ofType("AWS::AutoScaling::ScalingPolicy")).isEmpty();
        assertThat(T.props("ASGMin1Max1Desired1")).containsEntry("MinSize", "1").containsEntry("MaxSize", "1");
        assertThat(T.text()).contains("keeps exactly 1 instance(s) (min = max)");
    }
}
