package com.cloudwright.cfn;

import com.cloudwright.io.DiagramFormatException;
import com.cloudwright.io.DiagramReader;
import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static com.cloudwright.cfn.Fixtures.getAtt;
import static com.cloudwright.cfn.Fixtures.ref;
import static org.assertj.core.api.Assertions.assertThat;

/** What the examples draw reaches their templates as resources, not only as a note in the Metadata. */
class DrawnNotDroppedTest {

    private static final Path EXAMPLES = Path.of("examples");

    @Test
    void route53BesideCloudFrontAliasesTheDistribution() {
        for (String example : List.of("03-over-10000-users", "05-highly-available-lamp")) {
            Fixtures.Parsed t = export(read(example));
            assertThat(t.ofType("AWS::Route53::RecordSet")).as(example)
                    .containsExactly("Route53CloudFrontAAAARecord", "Route53CloudFrontARecord");
            assertThat(t.props("Route53CloudFrontARecord"))
                    .containsEntry("Type", "A")
                    .containsEntry("HostedZoneId", ref("Route53HostedZoneId"))
                    .containsEntry("Name", ref("Route53DomainName"))
                    .containsEntry("AliasTarget", Map.of("DNSName", getAtt("CloudFront", "DomainName"),
                            "HostedZoneId", EdgeMapper.CLOUDFRONT_ZONE, "EvaluateTargetHealth", false));
            @SuppressWarnings("unchecked")
            Map<String, Object> distribution = (Map<String, Object>) t.props("CloudFront").get("DistributionConfig");
            assertThat(distribution.get("Aliases")).isEqualTo(List.of(ref("Route53DomainName")));
            assertThat(notMapped(t)).as(example).doesNotContainKey("route53");
        }
    }

    @Test
    void route53WithNothingToPointAtIsStillListedAsNotMapped() throws Exception {
        String json = source("03-over-10000-users").replace(
                "{\"id\": \"e2\", \"from\": \"users\", \"to\": \"cloudfront\"", "{\"id\": \"e2\", \"from\": \"cloudfront\", \"to\": \"users\"");
        Fixtures.Parsed t = export(parse(json));
        assertThat(t.ofType("AWS::Route53::RecordSet")).isEmpty();
        assertThat(notMapped(t)).containsKey("route53");
    }

    @Test
    @SuppressWarnings("unchecked")
    void restApiSendsToTheQueueWithARoleThatMaySendOnlyThere() {
        Fixtures.Parsed t = export(read("06-sqs-lambda-dead-letter-queue"));
        Map<String, Object> method = t.props("APIGatewayRootMethod");
        assertThat(method).containsEntry("HttpMethod", "POST");
        Map<String, Object> integration = (Map<String, Object>) method.get("Integration");
        assertThat(integration).containsEntry("Type", "AWS").containsEntry("IntegrationHttpMethod", "POST")
                .containsEntry("Credentials", getAtt("APIGatewayIntegrationRole", "Arn"))
                .containsEntry("Uri", Map.of("Fn::Sub", "arn:${AWS::Partition}:apigateway:${AWS::Region}:sqs:action/SendMessage"));
        assertThat((Map<String, Object>) integration.get("RequestParameters"))
                .containsEntry("integration.request.querystring.QueueUrl", Map.of("Fn::Sub", "'${OrdersQueue.QueueUrl}'"));
        assertThat(t.text()).doesNotContain("MOCK").doesNotContain("only Lambda proxy integrations");
        Map<String, Object> policy = t.props("APIGatewayIntegrationRolePolicy");
        assertThat(policy.get("Roles")).isEqualTo(List.of(ref("APIGatewayIntegrationRole")));
        assertThat(policy.get("PolicyDocument").toString()).contains("sqs:SendMessage").contains("OrdersQueue");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aBucketDrawnOntoTheBusSendsItsEventsAndTheDrawnPatternIsKept() {
        Fixtures.Parsed t = export(read("08-s3-events-eventbridge"));
        assertThat(t.props("UploadsBucket")).containsEntry("NotificationConfiguration",
                Map.of("EventBridgeConfiguration", Map.of("EventBridgeEnabled", true)));
        Map<String, Object> pattern = (Map<String, Object>) t.props("DefaultEventBus").get("EventPattern");
        assertThat(pattern).containsEntry("source", List.of("aws.s3")).containsEntry("detail-type", List.of("Object Created"));
        assertThat(t.text()).doesNotContain("is not valid JSON");
    }

    @Test
    void networkAclDeniesTheDrawnListInBothDirections() {
        Fixtures.Parsed t = export(read("09-blocking-an-ip-lines-of-defence"));
        assertDenied(t, "203.0.113.7/32", 100);
        assertThat(t.text()).doesNotContain("not a single value");
    }

    @Test
    void networkAclReadsCommaSeparatedTextAsTheSameList() throws Exception {
        String json = source("09-blocking-an-ip-lines-of-defence")
                .replace("\"denyCidrs\": [\"203.0.113.7/32\"]", "\"denyCidrs\": \"203.0.113.7/32, 198.51.100.0/24\"");
        Fixtures.Parsed t = export(parse(json));
        assertDenied(t, "203.0.113.7/32", 100);
        assertDenied(t, "198.51.100.0/24", 110);
    }

    private static void assertDenied(Fixtures.Parsed t, String cidr, int rule) {
        for (String direction : List.of("In", "Out")) {
            String id = "NetworkACLDeny2030113732Deny" + direction + rule;
            assertThat(t.type(id)).isEqualTo("AWS::EC2::NetworkAclEntry");
            assertThat(t.props(id)).containsEntry("CidrBlock", cidr).containsEntry("RuleAction", "deny")
                    .containsEntry("Egress", direction.equals("Out")).containsEntry("RuleNumber", rule)
                    .containsEntry("NetworkAclId", ref("NetworkACLDeny2030113732"));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> notMapped(Fixtures.Parsed t) {
        Map<String, Object> cloudwright = (Map<String, Object>) t.section("Metadata").get("Cloudwright");
        return (Map<String, Object>) cloudwright.getOrDefault("NotMapped", Map.of());
    }

    static Fixtures.Parsed export(Diagram d) {
        ExportResult r = new CfnExporter(DiagramCheck.NONE).run(d, Palette.bundled(), ExportOptions.defaults().withForce(true));
        assertThat(r.ok()).as("export: %s", r.problems()).isTrue();
        return new Fixtures.Parsed(r.text(), CfnYaml.load(r.text()));
    }

    private static String source(String example) throws IOException {
        return Files.readString(EXAMPLES.resolve(example + ".cwd.json"), StandardCharsets.UTF_8);
    }

    static Diagram read(String example) {
        try {
            return parse(source(example));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Diagram parse(String json) {
        try {
            return new DiagramReader(Palette.bundled()).read(json.getBytes(StandardCharsets.UTF_8), "test");
        } catch (DiagramFormatException e) {
            throw new IllegalStateException(e);
        }
    }
}
