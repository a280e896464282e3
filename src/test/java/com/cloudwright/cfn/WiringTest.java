package com.cloudwright.cfn;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static com.cloudwright.cfn.Fixtures.getAtt;
import static com.cloudwright.cfn.Fixtures.ref;
import static org.assertj.core.api.Assertions.assertThat;

/** The three-tier fixture, exported, read back from YAML, and checked for how it is wired. */
class WiringTest {

    private static final Fixtures.Parsed T = Fixtures.export("three-tier");

    @Test
    void subnetsSitInTheirZonesWithRouteTables() {
        assertThat(T.props("PublicA").get("AvailabilityZone"))
                .isEqualTo(Map.of("Fn::Select", List.of(0, Map.of("Fn::GetAZs", ""))));
        assertThat(T.props("AppB").get("AvailabilityZone"))
                .isEqualTo(Map.of("Fn::Select", List.of(1, Map.of("Fn::GetAZs", ""))));
        assertThat(T.props("PublicARouteTableAssociation")).containsEntry("RouteTableId", ref("MainVPCPublicRouteTable"))
                .containsEntry("SubnetId", ref("PublicA"));
        assertThat(T.props("AppARouteTableAssociation")).containsEntry("RouteTableId", ref("AppARouteTable"));
    }

    @Test
    void publicSubnetsRouteToTheInternetGateway() {
        assertThat(T.props("MainVPCPublicDefaultRoute"))
                .containsEntry("DestinationCidrBlock", "0.0.0.0/0")
                .containsEntry("GatewayId", ref("Igw"))
                .containsEntry("RouteTableId", ref("MainVPCPublicRouteTable"));
        assertThat(T.resource("MainVPCPublicDefaultRoute").get("DependsOn")).isEqualTo(List.of("IgwAttachment"));
        assertThat(T.props("IgwAttachment")).containsEntry("VpcId", ref("MainVPC"))
                .containsEntry("InternetGatewayId", ref("Igw"));
    }

    @Test
    void privateSubnetsRouteToTheNatGatewayOfTheirZone() {
        assertThat(T.props("AppADefaultRoute")).containsEntry("NatGatewayId", ref("NatA"));
        assertThat(T.props("DataADefaultRoute")).containsEntry("NatGatewayId", ref("NatA"));
        assertThat(T.props("AppBDefaultRoute")).containsEntry("NatGatewayId", ref("NatB"));
        assertThat(T.props("DataBDefaultRoute")).containsEntry("NatGatewayId", ref("NatB"));
        assertThat(T.props("NatA")).containsEntry("SubnetId", ref("PublicA"))
                .containsEntry("AllocationId", getAtt("NatAEip", "AllocationId"));
        assertThat(T.props("NatAEip")).containsEntry("Domain", "vpc");
    }

    @Test
    void databaseAcceptsTheWebTierOnItsPortOnly() {
        assertThat(T.props("MySQLFromWebServers"))
                .containsEntry("GroupId", getAtt("MySQLSecurityGroup", "GroupId"))
                .containsEntry("SourceSecurityGroupId", getAtt("WebServersSecurityGroup", "GroupId"))
                .containsEntry("IpProtocol", "tcp")
                .containsEntry("FromPort", 3306)
                .containsEntry("ToPort", 3306);
        assertThat(T.props("SessionsFromWebServers")).containsEntry("FromPort", 6379);
        assertThat(T.props("WebServersFromWebALB")).containsEntry("FromPort", 80)
                .containsEntry("SourceSecurityGroupId", getAtt("WebALBSecurityGroup", "GroupId"));
        assertThat(T.props("MySQL").get("VPCSecurityGroups")).isEqualTo(List.of(getAtt("MySQLSecurityGroup", "GroupId")));
    }

    @Test
    void nothingIsOpenToTheWorldBehindCloudFrontAndNeverOnSsh() {
        List<String> open = new ArrayList<>();
        T.resources().forEach((id, r) -> collectOpen(id, r, open));
        assertThat(open).as("CloudFront is the only caller of the internet-facing ALB").isEmpty();
        assertThat(T.props("WebALBSecurityGroup").get("SecurityGroupIngress").toString())
                .contains("SourcePrefixListId={Ref=CloudFrontOriginFacingPrefixListId}");
        assertThat(T.props("WebALB")).containsEntry("Scheme", "internet-facing");
        assertThat(T.text()).doesNotContain("FromPort: 22\n");
    }

    private static void collectOpen(String id, Object value, List<String> out) {
        if (value instanceof Map<?, ?> m) {
            if ("0.0.0.0/0".equals(m.get("CidrIp")) || "::/0".equals(m.get("CidrIpv6"))) {
                out.add(id + ":" + m.get("FromPort"));
            }
            m.values().forEach(v -> collectOpen(id, v, out));
        } else if (value instanceof List<?> l) {
            l.forEach(v -> collectOpen(id, v, out));
        }
    }

    @Test
    void loadBalancerForwardsToTheAutoScalingGroupsTargetGroup() {
        assertThat(T.props("WebALB").get("Subnets")).isEqualTo(List.of(ref("PublicA"), ref("PublicB")));
        assertThat(T.props("WebALBHttpListener").get("DefaultActions"))
                .isEqualTo(List.of(Map.of("TargetGroupArn", ref("WebALBTargetGroup"), "Type", "forward")));
        assertThat(T.props("WebServers").get("TargetGroupARNs")).isEqualTo(List.of(ref("WebALBTargetGroup")));
        assertThat(T.props("WebServers")).containsEntry("HealthCheckType", "ELB")
                .containsEntry("MinSize", "2").containsEntry("MaxSize", "6").containsEntry("DesiredCapacity", "2");
        assertThat(T.props("WebServers").get("VPCZoneIdentifier")).isEqualTo(List.of(ref("AppA"), ref("AppB")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void instancesRequireImdsV2EncryptTheirVolumesAndBootTheLatestAmi() {
        Map<String, Object> data = (Map<String, Object>) T.props("WebServersLaunchTemplate").get("LaunchTemplateData");
        assertThat((Map<String, Object>) data.get("MetadataOptions")).containsEntry("HttpTokens", "required");
        Map<String, Object> ebs = (Map<String, Object>) ((Map<String, Object>) ((List<Object>) data
                .get("BlockDeviceMappings")).get(0)).get("Ebs");
        assertThat(ebs).containsEntry("Encrypted", true);
        assertThat(data).containsEntry("ImageId", ref("AmazonLinux2023AmiId")).containsEntry("InstanceType", ref("WebAInstanceType"));
        assertThat((Map<String, Object>) T.section("Parameters").get("WebAInstanceType")).containsEntry("Default", "t3.small");
        Map<String, Object> ami = (Map<String, Object>) T.section("Parameters").get("AmazonLinux2023AmiId");
        assertThat(ami).containsEntry("Type", "AWS::SSM::Parameter::Value<AWS::EC2::Image::Id>")
                .containsEntry("Default", "/aws/service/ami-amazon-linux-latest/al2023-ami-kernel-default-x86_64");
        assertThat(data).doesNotContainKey("KeyName");
    }

    @Test
    void databaseHasNoPasswordIsEncryptedMultiAzAndSpansTwoZones() {
        assertThat(T.props("MySQL"))
                .containsEntry("ManageMasterUserPassword", true)
                .containsEntry("StorageEncrypted", true)
                .containsEntry("MultiAZ", true)
                .containsEntry("BackupRetentionPeriod", 7)
                .containsEntry("DBSubnetGroupName", ref("MySQLSubnetGroup"))
                .doesNotContainKey("MasterUserPassword");
        assertThat(T.text()).doesNotContainPattern("(?m)^\\s*(MasterUserPassword|MasterPassword|Password):");
        assertThat(T.props("MySQLSubnetGroup").get("SubnetIds")).isEqualTo(List.of(ref("DataA"), ref("DataB")));
    }

    @Test
    void statefulResourcesKeepTheirDataWhenTheStackGoes() {
        Set<String> stateful = Set.of("AWS::RDS::DBInstance", "AWS::RDS::DBCluster", "AWS::EFS::FileSystem",
                "AWS::DynamoDB::Table", "AWS::S3::Bucket", "AWS::ElastiCache::ReplicationGroup",
                "AWS::ElastiCache::CacheCluster");
        assertThat(T.resource("MySQL")).containsEntry("DeletionPolicy", "Snapshot")
                .containsEntry("UpdateReplacePolicy", "Snapshot");
        assertThat(T.resource("Sessions")).containsEntry("DeletionPolicy", "Snapshot");
        assertThat(T.resource("StaticAssets")).containsEntry("DeletionPolicy", "Retain")
                .containsEntry("UpdateReplacePolicy", "Retain");
        T.resources().forEach((id, r) -> {
            Map<?, ?> resource = (Map<?, ?>) r;
            if (stateful.contains(resource.get("Type"))) {
                assertThat(resource.get("DeletionPolicy")).as(id).isNotNull();
                assertThat(resource.get("UpdateReplacePolicy")).as(id).isNotNull();
            }
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void bucketsAreEncryptedPrivateAndReadByCloudFrontOnly() {
        assertThat(T.props("StaticAssets").get("PublicAccessBlockConfiguration")).isEqualTo(Map.of(
                "BlockPublicAcls", true, "BlockPublicPolicy", true, "IgnorePublicAcls", true, "RestrictPublicBuckets", true));
        assertThat(T.props("StaticAssets")).containsKey("BucketEncryption");
        Map<String, Object> config = (Map<String, Object>) T.props("CDN").get("DistributionConfig");
        List<Map<String, Object>> origins = (List<Map<String, Object>>) config.get("Origins");
        assertThat(origins).anySatisfy(o -> assertThat(o)
                .containsEntry("DomainName", getAtt("StaticAssets", "RegionalDomainName"))
                .containsEntry("OriginAccessControlId", getAtt("CDNOriginAccessControl", "Id")));
        assertThat(origins).anySatisfy(o -> assertThat(o).containsEntry("DomainName", getAtt("WebALB", "DNSName")));
        Map<String, Object> policy = (Map<String, Object>) T.props("StaticAssetsPolicy").get("PolicyDocument");
        assertThat((List<Map<String, Object>>) policy.get("Statement")).anySatisfy(s -> assertThat(s)
                .containsEntry("Principal", Map.of("Service", "cloudfront.amazonaws.com"))
                .containsEntry("Action", "s3:GetObject"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void route53AliasesTheDomainParameterToCloudFront() {
        assertThat(T.props("DNSCDNARecord")).containsEntry("HostedZoneId", ref("DNSHostedZoneId"))
                .containsEntry("Name", ref("DNSDomainName")).containsEntry("Type", "A");
        assertThat((Map<String, Object>) T.props("DNSCDNARecord").get("AliasTarget"))
                .containsEntry("HostedZoneId", "Z2FDTNDATAQYW2")
                .containsEntry("DNSName", getAtt("CDN", "DomainName"));
        Map<String, Object> params = T.section("Parameters");
        assertThat((Map<String, Object>) params.get("DNSHostedZoneId")).containsEntry("Type", "AWS::Route53::HostedZone::Id");
        assertThat((Map<String, Object>) params.get("DNSDomainName")).containsEntry("Default", "shop.example.com");
        assertThat(params).containsKey("CDNCertificateArn");
    }

    @Test
    @SuppressWarnings("unchecked")
    void webTierRoleMayReachOnlyWhatItsEdgesReach() {
        Map<String, Object> doc = (Map<String, Object>) T.props("WebServersRolePolicy").get("PolicyDocument");
        List<Map<String, Object>> statements = (List<Map<String, Object>>) doc.get("Statement");
        assertThat(statements).extracting(s -> s.get("Resource")).containsExactlyInAnyOrder(
                getAtt("MySQL", "MasterUserSecret.SecretArn"),
                Fixtures.sub("${StaticAssets.Arn}/*"),
                getAtt("StaticAssets", "Arn"));
        assertThat(T.text()).doesNotContain("Action: '*'").doesNotContain("Resource: '*'");
        assertThat(T.props("WebServersRolePolicy").get("Roles")).isEqualTo(List.of(ref("WebServersRole")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void outputsAndMetadata() {
        assertThat(T.section("Outputs")).containsKeys("WebALBUrl", "CDNDomainName", "MySQLEndpoint", "SessionsEndpoint");
        Map<String, Object> meta = (Map<String, Object>) T.section("Metadata").get("Cloudwright");
        assertThat(meta).containsEntry("Diagram", "Three-tier web").containsEntry("Region", "us-east-1");
        assertThat((Map<String, Object>) meta.get("NotMapped")).containsKeys("users", "aza", "r1");
        Map<String, Object> db = (Map<String, Object>) ((Map<String, Object>) meta.get("Nodes")).get("db");
        assertThat(db).containsEntry("Type", "rds").containsEntry("Parent", "db-a")
                .containsEntry("Position", Map.of("X", 200, "Y", 660, "W", 64, "H", 64));
        assertThat((List<String>) db.get("Resources")).contains("MySQL", "MySQLSubnetGroup", "MySQLSecurityGroup");
        Map<String, Object> member = (Map<String, Object>) ((Map<String, Object>) meta.get("Nodes")).get("web-a");
        assertThat(member.get("Resources")).isEqualTo(List.of("WebServers"));
    }
}
