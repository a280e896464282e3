package com.cloudwright.cfn;

import com.cloudwright.io.DiagramReader;
import com.cloudwright.palette.Palette;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Secure by default, every exception justified: queues and topics refuse requests without TLS,
 * and each best-practice finding a template accepts is in its resource's Metadata with a reason
 * naming what was drawn, and in the export's result.
 */
class AcceptedRisksTest {

    private static final Palette PALETTE = Palette.bundled();

    static Stream<Path> examples() throws IOException {
        return Files.list(Path.of("examples")).filter(p -> p.toString().endsWith(".cwd.json")).sorted();
    }

    private static ExportResult export(Path example) throws Exception {
        ExportResult r = CfnExporter.export(new DiagramReader(PALETTE).read(example), PALETTE,
                ExportOptions.defaults().withForce(true));
        assertThat(r.ok()).as(example + ": " + r.problems()).isTrue();
        return r;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Map<String, Object>> resources(ExportResult r) {
        return (Map<String, Map<String, Object>>) CfnYaml.load(r.text()).get("Resources");
    }

    @ParameterizedTest
    @MethodSource("examples")
    @SuppressWarnings("unchecked")
    void everyQueueAndTopicDeniesRequestsWithoutTls(Path example) throws Exception {
        Map<String, Map<String, Object>> resources = resources(export(example));
        resources.forEach((id, r) -> {
            String policyType = switch (String.valueOf(r.get("Type"))) {
                case "AWS::SQS::Queue" -> "AWS::SQS::QueuePolicy";
                case "AWS::SNS::Topic" -> "AWS::SNS::TopicPolicy";
                default -> null;
            };
            if (policyType == null) {
                return;
            }
            Map<String, Object> policy = resources.get(id + "Policy");
            assertThat(policy).as(example + ": policy of " + id).isNotNull().containsEntry("Type", policyType);
            Map<String, Object> props = (Map<String, Object>) policy.get("Properties");
            List<Map<String, Object>> statements = (List<Map<String, Object>>)
                    ((Map<String, Object>) props.get("PolicyDocument")).get("Statement");
            assertThat(statements).as(example + ": " + id).anySatisfy(s -> assertThat(s)
                    .containsEntry("Effect", "Deny").containsEntry("Principal", "*")
                    .containsEntry("Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false"))));
        });
    }

    @ParameterizedTest
    @MethodSource("examples")
    @SuppressWarnings("unchecked")
    void theResultListsExactlyWhatTheMetadataSuppresses(Path example) throws Exception {
        ExportResult r = export(example);
        Map<String, Map<String, Object>> resources = resources(r);
        int suppressed = 0;
        for (Map.Entry<String, Map<String, Object>> e : resources.entrySet()) {
            Object metadata = e.getValue().get("Metadata");
            if (metadata == null) {
                continue;
            }
            List<Map<String, Object>> rules = (List<Map<String, Object>>)
                    ((Map<String, Object>) ((Map<String, Object>) metadata).get("cdk_nag")).get("rules_to_suppress");
            for (Map<String, Object> rule : rules) {
                suppressed++;
                assertThat(r.acceptedRisks()).as(example + ": " + e.getKey())
                        .anySatisfy(a -> assertThat(List.of(a.region(), a.resource(), a.rule(), a.reason()))
                                .isEqualTo(List.of("us-east-1", e.getKey(), rule.get("id"), rule.get("reason"))));
                assertThat((String) rule.get("reason")).hasSizeGreaterThanOrEqualTo(10).doesNotContain("{");
            }
        }
        assertThat(r.acceptedRisks()).as(example.toString()).isNotEmpty().hasSize(suppressed);
    }

    @ParameterizedTest
    @MethodSource("examples")
    @SuppressWarnings("unchecked")
    void anAuroraInstanceCarriesNoRiskOfItsClusterNorOfAStandaloneDatabase(Path example) throws Exception {
        ExportResult r = export(example);
        Map<String, Map<String, Object>> resources = resources(r);
        for (AcceptedRisk a : r.acceptedRisks()) {
            Map<String, Object> res = resources.get(a.resource());
            if ("AWS::RDS::DBInstance".equals(res.get("Type"))) {
                assertThat((Map<String, Object>) res.get("Properties")).as(example + ": " + a)
                        .doesNotContainKey("DBClusterIdentifier");
            }
        }
    }

    @Test
    void aVpcWithoutFlowLogsNamesTheDrawnVpcInTheReason() throws Exception {
        ExportResult r = export(Path.of("examples/01-under-1000-users.cwd.json"));
        assertThat(r.acceptedRisks()).filteredOn(a -> a.rule().equals("AwsSolutions-VPC7")).singleElement()
                .satisfies(a -> {
                    assertThat(a.resource()).isEqualTo("VPC");
                    assertThat(a.reason()).startsWith("Flow logs of VPC are off:");
                });
        assertThat(resources(r).values()).noneMatch(res -> "AWS::EC2::FlowLog".equals(res.get("Type")));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aVpcWithFlowLogsOnRecordsItsTrafficInALogGroupThroughItsOwnRole() throws Exception {
        com.cloudwright.model.Diagram d = new DiagramReader(PALETTE).read(Path.of("examples/01-under-1000-users.cwd.json"));
        d = new com.cloudwright.model.Diagram(d.name(), d.region(), Map.of(), d.nodes().stream()
                .map(n -> n.id().equals("vpc") ? n.withProp("flowLogs", true) : n).toList(), d.edges());
        ExportResult r = CfnExporter.export(d, PALETTE, ExportOptions.defaults().withForce(true));
        assertThat(r.ok()).as(r.problems().toString()).isTrue();
        Map<String, Map<String, Object>> resources = resources(r);
        Map<String, Object> flowLog = (Map<String, Object>) resources.get("VPCFlowLog").get("Properties");
        assertThat(flowLog).containsEntry("ResourceId", Map.of("Ref", "VPC")).containsEntry("ResourceType", "VPC")
                .containsEntry("TrafficType", "ALL").containsEntry("LogGroupName", Map.of("Ref", "VPCFlowLogGroup"))
                .containsEntry("DeliverLogsPermissionArn", Map.of("Fn::GetAtt", List.of("VPCFlowLogRole", "Arn")));
        assertThat(resources.get("VPCFlowLogGroup")).containsEntry("Type", "AWS::Logs::LogGroup");
        assertThat(resources.get("VPCFlowLogRole").get("Properties").toString())
                .contains("vpc-flow-logs.amazonaws.com", "logs:PutLogEvents", "VPCFlowLogGroup");
        assertThat(r.acceptedRisks()).noneMatch(a -> a.rule().equals("AwsSolutions-VPC7"));
    }

    private static ExportResult exportWith(String type, String property, Object value) throws Exception {
        com.cloudwright.model.Diagram d = new DiagramReader(PALETTE).read(Path.of("examples/01-under-1000-users.cwd.json"));
        assertThat(d.nodes()).as(type).anyMatch(n -> n.type().equals(type));
        d = new com.cloudwright.model.Diagram(d.name(), d.region(), Map.of(), d.nodes().stream()
                .map(n -> n.type().equals(type) ? n.withProp(property, value) : n).toList(), d.edges());
        ExportResult r = CfnExporter.export(d, PALETTE, ExportOptions.defaults().withForce(true));
        assertThat(r.ok()).as(r.problems().toString()).isTrue();
        return r;
    }

    @Test
    void whatTheDrawingTurnsOnIsNoLongerSuppressed() throws Exception {
        assertThat(export(Path.of("examples/01-under-1000-users.cwd.json")).acceptedRisks())
                .anyMatch(a -> a.rule().equals("AwsSolutions-EC28")).anyMatch(a -> a.rule().equals("AwsSolutions-COG2"));
        assertThat(exportWith("ec2", "detailedMonitoring", true).acceptedRisks())
                .noneMatch(a -> a.rule().equals("AwsSolutions-EC28"));
        assertThat(exportWith("cognito", "mfa", "ON").acceptedRisks())
                .noneMatch(a -> a.rule().equals("AwsSolutions-COG2"));
    }

    @Test
    void mfaTurnedOffIsAcceptedWithAReasonThatSaysSo() throws Exception {
        assertThat(exportWith("cognito", "mfa", "OFF").acceptedRisks())
                .filteredOn(a -> a.rule().equals("AwsSolutions-COG2")).singleElement()
                .satisfies(a -> assertThat(a.reason()).contains("is off as drawn").doesNotContain("optional"));
    }

    @Test
    void aManagedPolicyIsAcceptedByItsArnAsCdkNagNamesIt() throws Exception {
        ExportResult r = export(Path.of("examples/01-under-1000-users.cwd.json"));
        assertThat(r.acceptedRisks()).anySatisfy(a -> {
            assertThat(a.rule()).isEqualTo(
                    "AwsSolutions-IAM4[Policy::arn:<AWS::Partition>:iam::aws:policy/AmazonSSMManagedInstanceCore]");
            assertThat(a.reason()).contains("Systems Manager");
        });
    }

    @Test
    void valuesAreNamedTheWayCdkNagNamesThem() {
        assertThat(AcceptedRisks.render(Fn.sub("${Bucket.Arn}/*"))).isEqualTo("<Bucket.Arn>/*");
        assertThat(AcceptedRisks.render(Fn.getAtt("Queue", "Arn"))).isEqualTo("<Queue.Arn>");
        assertThat(AcceptedRisks.render(Fn.ref("Topic"))).isEqualTo("<Topic>");
        assertThat(AcceptedRisks.render("*")).isEqualTo("*");
    }

    @Test
    void everyRuleOfTheDataFileNamesAResourceTypeTheExporterKnows() {
        assertThat(AcceptedRisks.RULES).hasSizeGreaterThan(40).allSatisfy(rule -> {
            assertThat(SchemaChecker.bundled().schema(rule.type())).as(rule.type()).isPresent();
            assertThat(rule.rule()).startsWith("AwsSolutions-");
            assertThat(rule.reason()).hasSizeGreaterThanOrEqualTo(10);
        });
    }
}
