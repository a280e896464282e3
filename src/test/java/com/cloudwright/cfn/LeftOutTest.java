package com.cloudwright.cfn;

import com.cloudwright.coverage.CfnCoverage;
import com.cloudwright.coverage.Drop;
import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import com.cloudwright.model.Props;
import com.cloudwright.palette.Palette;
import com.cloudwright.testing.ExportDiagrams;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static com.cloudwright.cfn.Fixtures.getAtt;
import static com.cloudwright.cfn.Fixtures.ref;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the exporter leaves out is what {@link CfnCoverage} says, named in the result and the
 * Metadata; what it says is kept becomes resources (API Gateway's AWS service integrations).
 */
class LeftOutTest {

    private static final Palette PALETTE = Palette.bundled();

    @Test
    void theResultAndTheMetadataNameWhatCoverageLeavesOut() {
        Diagram d = ExportDiagrams.everyService(PALETTE, true);
        ExportResult r = new CfnExporter(DiagramCheck.NONE).run(d, PALETTE, ExportOptions.defaults().withForce(true));
        assertThat(r.ok()).as("%s", r.problems()).isTrue();
        List<Drop> drops = CfnCoverage.drops(d, PALETTE);
        assertThat(r.dropped()).isEqualTo(drops);
        assertThat(drops).anyMatch(x -> !x.isConnection() && x.nodeId().equals("codebuild"))
                .anyMatch(x -> x.isConnection() && x.nodeId().equals("sns") && x.calleeId().equals("ec2"));
        Build b = CfnExporter.build(d, PALETTE, ExportOptions.defaults().withForce(true)).get("us-east-1");
        @SuppressWarnings("unchecked")
        Map<String, Object> notWired = (Map<String, Object>) ((Map<String, Object>) b.template.metadata().get("Cloudwright"))
                .get("NotWired");
        for (Drop x : drops) {
            if (x.isConnection()) {
                assertThat(notWired).containsKey(x.edgeId());
                assertThat(notWired.get(x.edgeId()).toString()).contains(x.reasonInEnglish());
            } else {
                assertThat(b.notMapped()).containsEntry(x.nodeId(), x.reasonInEnglish());
            }
        }
    }

    @Test
    void aTopicDrawnOntoAnInstanceSubscribesNothingAndSaysSo() {
        Diagram d = ExportDiagrams.everyService(PALETTE, true);
        Fixtures.Parsed t = DrawnNotDroppedTest.export(d);
        assertThat(t.ofType("AWS::SNS::Subscription")).noneMatch(id -> id.startsWith("EC2"));
        assertThat(t.text()).contains("the template subscribes SQS queues and Lambda functions to a topic");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aRestApiPublishesToTopicsAndStartsStateMachinesWithOneRole() {
        Diagram d = withServices(DrawnNotDroppedTest.read("06-sqs-lambda-dead-letter-queue"));
        Fixtures.Parsed t = DrawnNotDroppedTest.export(d);
        Map<String, Object> publish = (Map<String, Object>) t.props("APIGatewayAlertsMethod").get("Integration");
        assertThat(publish).containsEntry("Type", "AWS")
                .containsEntry("Credentials", getAtt("APIGatewayIntegrationRole", "Arn"))
                .containsEntry("Uri", Map.of("Fn::Sub", "arn:${AWS::Partition}:apigateway:${AWS::Region}:sns:action/Publish"));
        assertThat((Map<String, Object>) publish.get("RequestParameters"))
                .containsEntry("integration.request.querystring.TopicArn", Map.of("Fn::Sub", "'${Alerts}'"));
        Map<String, Object> start = (Map<String, Object>) t.props("APIGatewayCheckoutMethod").get("Integration");
        assertThat(start).containsEntry("Type", "AWS")
                .containsEntry("Uri", Map.of("Fn::Sub", "arn:${AWS::Partition}:apigateway:${AWS::Region}:states:action/StartExecution"));
        assertThat(start.get("RequestTemplates").toString()).contains("stateMachineArn").contains("${Checkout}");
        assertThat(t.props("APIGatewayOrdersQueueMethod")).isNotNull();
        Map<String, Object> policy = t.props("APIGatewayIntegrationRolePolicy");
        assertThat(policy.get("Roles")).isEqualTo(List.of(ref("APIGatewayIntegrationRole")));
        String document = policy.get("PolicyDocument").toString();
        assertThat(document).contains("sqs:SendMessage", "sns:Publish", "states:StartExecution");
        assertThat(t.text()).doesNotContain("MOCK");
        ExportResult r = new CfnExporter(DiagramCheck.NONE).run(d, PALETTE, ExportOptions.defaults());
        assertThat(r.dropped()).noneMatch(Drop::isConnection);
    }

    /** Example 06 with its API also drawn onto a topic and a state machine. */
    private static Diagram withServices(Diagram d) {
        List<Node> nodes = new ArrayList<>(d.nodes());
        nodes.add(new Node("alerts", "sns", "region", "Alerts", new Bounds(230, 330, 64, 64), Props.EMPTY, Map.of()));
        nodes.add(new Node("checkout", "step-functions", "region", "Checkout", new Bounds(230, 420, 64, 64), Props.EMPTY, Map.of()));
        List<Edge> edges = new ArrayList<>(d.edges());
        edges.add(new Edge("e-api-alerts", "apigw", "alerts"));
        edges.add(new Edge("e-api-checkout", "apigw", "checkout"));
        return new Diagram(d.name(), "us-east-1", Map.of(), nodes, edges);
    }
}
