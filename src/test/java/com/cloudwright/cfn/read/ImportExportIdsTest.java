package com.cloudwright.cfn.read;

import com.cloudwright.cfn.CfnExporter;
import com.cloudwright.cfn.ExportOptions;
import com.cloudwright.cfn.ExportResult;
import com.cloudwright.cfn.TemplateFormat;
import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;
import com.cloudwright.io.DiagramReader;
import com.cloudwright.io.DiagramWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Import, export, parse: the re-exported stack has every resource of the AWS-written sample under
 * its original logical id and passes the bundled schema check (the export fails on a schema problem).
 */
class ImportExportIdsTest {

    private static final Palette PALETTE = Palette.bundled();

    @ParameterizedTest
    @ValueSource(strings = {Samples.VPC_NAT, Samples.ECS_PRIVATE, Samples.RDS_REPLICA, Samples.API_LAMBDA,
            Samples.S3_LAMBDA, Samples.ALB_ASG})
    void everyOriginalLogicalIdComesBack(String sample) throws Exception {
        CfnTemplate original = Samples.template(sample);
        Diagram d = Samples.imported(sample);
        for (TemplateFormat format : TemplateFormat.values()) {
            ExportResult r = CfnExporter.export(d, PALETTE, ExportOptions.defaults().withFormat(format).withForce(true));
            assertThat(r.problems()).as(sample).isEmpty();
            assertThat(r.ok()).isTrue();
            String text = r.text();
            CfnTemplate back = TemplateReader.read(text.getBytes(StandardCharsets.UTF_8), "back." + format.name().toLowerCase());
            Set<String> missing = new TreeSet<>(original.resources().keySet());
            missing.removeAll(back.resources().keySet());
            assertThat(missing).as(sample).isEmpty();
            original.resources().forEach((id, res) ->
                    assertThat(back.resources().get(id).type()).as(sample + " " + id).isEqualTo(res.type()));
        }
    }

    /** Matching, not adding: one default route per route table and one route table per subnet, as before. */
    @ParameterizedTest
    @ValueSource(strings = {Samples.VPC_NAT, Samples.ECS_PRIVATE})
    void plumbingIsMatchedNotDoubled(String sample) throws Exception {
        CfnTemplate original = Samples.template(sample);
        CfnTemplate back = reexported(Samples.imported(sample));
        for (String type : List.of("AWS::EC2::Route", "AWS::EC2::RouteTable", "AWS::EC2::SubnetRouteTableAssociation",
                "AWS::EC2::VPCGatewayAttachment", "AWS::EC2::EIP", "AWS::EC2::NatGateway",
                "AWS::ElasticLoadBalancingV2::Listener", "AWS::EC2::NetworkAclEntry")) {
            assertThat(count(back, type)).as(sample + " " + type).isEqualTo(count(original, type));
        }
        assertThat(back.resources().get("PrivateSubnet0RouteTableAssociation")).isNull();
    }

    @Test
    void aNetworkAclKeepsTheSubnetsItGuards() throws Exception {
        Diagram d = Samples.imported(Samples.VPC_NAT);
        assertThat(d.node("PublicNetworkAcl").orElseThrow().props().strings("subnets"))
                .containsExactly("PublicSubnet0", "PublicSubnet1");
        ExportResult r = CfnExporter.export(d, PALETTE, ExportOptions.defaults().withForce(true));
        assertThat(r.text()).doesNotContain("lists no subnets");
        CfnTemplate back = TemplateReader.read(r.text().getBytes(StandardCharsets.UTF_8), "back.yaml");
        assertThat(back.resources()).containsKeys("PublicSubnetNetworkAclAssociation0", "PublicSubnetNetworkAclAssociation1");
        assertThat(count(back, "AWS::EC2::SubnetNetworkAclAssociation")).isEqualTo(2);
    }

    @Test
    void aResourceKeepsItsMetadata() throws Exception {
        CfnTemplate back = reexported(Samples.imported(Samples.ALB_ASG));
        assertThat(back.resources().get("InstanceSecurityGroup").attributes().get("Metadata"))
                .isEqualTo(java.util.Map.of("guard", java.util.Map.of("SuppressedRules", List.of("INCOMING_SSH_DISABLED"))));
        // written back with its own user data, which runs cfn-init on these instructions
        Object launchMetadata = back.resources().get("LaunchTemplate").attributes().get("Metadata");
        assertThat(((java.util.Map<?, ?>) launchMetadata).keySet().toString()).isEqualTo("[AWS::CloudFormation::Init]");
        @SuppressWarnings("unchecked")
        java.util.Map<String, Object> replica = (java.util.Map<String, Object>) reexported(Samples.imported(Samples.RDS_REPLICA))
                .resources().get("ReplicaDB").attributes().get("Metadata");
        assertThat(replica).containsEntry("cfn-lint", java.util.Map.of("config", java.util.Map.of("ignore_checks", List.of("I3013"))))
                .containsKey("cdk_nag");
    }

    @Test
    void theDiagramFileKeepsWhatTheExportNeeds() throws Exception {
        Diagram d = Samples.imported(Samples.RDS_REPLICA);
        String file = new DiagramWriter().write(d);
        Diagram reread = new DiagramReader(PALETTE).read(file.getBytes(StandardCharsets.UTF_8), "rds.cwd.json");
        assertThat(reexported(reread).resources().keySet()).containsExactlyInAnyOrderElementsOf(
                reexported(d).resources().keySet()).contains("MainDB", "ReplicaDB", "DBEC2SecurityGroup");
    }

    @Test
    void aNodeDeletedSinceTheImportTakesItsResourcesWithIt() throws Exception {
        Diagram d = Samples.imported(Samples.RDS_REPLICA);
        Diagram without = new Diagram(d.name(), d.region(), d.extra(),
                d.nodes().stream().filter(n -> !n.id().equals("MainDB")).toList(), d.edges());
        CfnTemplate back = reexported(without);
        assertThat(back.resources()).doesNotContainKeys("MainDB", "ReplicaDB");
    }

    private static CfnTemplate reexported(Diagram d) throws Exception {
        ExportResult r = CfnExporter.export(d, PALETTE, ExportOptions.defaults().withForce(true));
        assertThat(r.problems()).isEmpty();
        return TemplateReader.read(r.text().getBytes(StandardCharsets.UTF_8), "back.yaml");
    }

    private static long count(CfnTemplate t, String type) {
        return t.resources().values().stream().filter(x -> x.type().equals(type)).count();
    }
}
