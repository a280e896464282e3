package com.cloudwright.cfn;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static com.cloudwright.cfn.Fixtures.getAtt;
import static com.cloudwright.cfn.Fixtures.ref;
import static org.assertj.core.api.Assertions.assertThat;

/** The serverless fixture: event sources, subscriptions, permissions and least privilege. */
class ServerlessWiringTest {

    private static final Fixtures.Parsed T = Fixtures.export("serverless");

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> statements(String policy) {
        Map<String, Object> doc = (Map<String, Object>) T.props(policy).get("PolicyDocument");
        return (List<Map<String, Object>>) doc.get("Statement");
    }

    @Test
    void queueFeedsTheWorkerThroughAnEventSourceMapping() {
        assertThat(T.props("FulfilFromFulfilmentJobs"))
                .containsEntry("EventSourceArn", getAtt("FulfilmentJobs", "Arn"))
                .containsEntry("FunctionName", ref("Fulfil"));
        assertThat(T.resource("FulfilFromFulfilmentJobs").get("DependsOn")).isEqualTo(List.of("FulfilRolePolicy"));
        assertThat(statements("FulfilRolePolicy")).anySatisfy(s -> assertThat(s)
                .containsEntry("Resource", getAtt("FulfilmentJobs", "Arn"))
                .containsEntry("Action", List.of("sqs:ChangeMessageVisibility", "sqs:DeleteMessage",
                        "sqs:GetQueueAttributes", "sqs:ReceiveMessage")));
        assertThat(T.props("FulfilmentJobs")).containsEntry("VisibilityTimeout", 360);
    }

    @Test
    void deadLetterQueueFromTheProperty() {
        assertThat(T.props("FulfilmentJobs").get("RedrivePolicy"))
                .isEqualTo(Map.of("deadLetterTargetArn", getAtt("FulfilmentDLQ", "Arn"), "maxReceiveCount", 5));
        assertThat(T.props("FulfilmentDLQ")).containsEntry("MessageRetentionPeriod", 1209600);
        assertThat(T.props("FulfilmentJobs")).containsEntry("SqsManagedSseEnabled", true);
    }

    @Test
    void topicFansOutToAQueueWithItsPolicyAndToAFunctionWithItsPermission() {
        assertThat(T.props("AuditSubscriptionToOrderEvents")).containsEntry("Protocol", "sqs")
                .containsEntry("TopicArn", ref("OrderEvents")).containsEntry("Endpoint", getAtt("Audit", "Arn"));
        // first the statement every queue gets (requests without TLS are denied), then the topic's
        assertThat(statements("AuditPolicy")).hasSize(2).first().satisfies(s -> assertThat(s)
                .containsEntry("Effect", "Deny").containsEntry("Action", "sqs:*")
                .containsEntry("Condition", Map.of("Bool", Map.of("aws:SecureTransport", "false"))));
        assertThat(statements("AuditPolicy")).last().satisfies(s -> assertThat(s)
                .containsEntry("Principal", Map.of("Service", "sns.amazonaws.com"))
                .containsEntry("Action", "sqs:SendMessage")
                .containsEntry("Condition", Map.of("ArnEquals", Map.of("aws:SourceArn", ref("OrderEvents")))));
        assertThat(T.props("MailerSubscriptionToOrderEvents")).containsEntry("Protocol", "lambda")
                .containsEntry("Endpoint", getAtt("Mailer", "Arn"));
        assertThat(T.props("MailerOrderEventsInvokePermission")).containsEntry("Principal", "sns.amazonaws.com")
                .containsEntry("SourceArn", ref("OrderEvents"));
        assertThat(T.props("OrderEvents")).containsEntry("KmsMasterKeyId", "alias/aws/sns");
    }

    @Test
    @SuppressWarnings("unchecked")
    void apiInvokesTheFunctionWithPermissionAndTheUserPool() {
        Map<String, Object> integration = (Map<String, Object>) T.props("OrdersAPIProxyMethod").get("Integration");
        assertThat(integration).containsEntry("Type", "AWS_PROXY").containsEntry("IntegrationHttpMethod", "POST");
        assertThat(integration.get("Uri").toString()).contains("${PlaceOrder.Arn}/invocations");
        assertThat(T.props("OrdersAPIProxyMethod")).containsEntry("AuthorizationType", "COGNITO_USER_POOLS");
        assertThat(T.props("PlaceOrderOrdersAPIInvokePermission")).containsEntry("Principal", "apigateway.amazonaws.com");
        assertThat(T.section("Outputs")).containsKey("OrdersAPIUrl");
    }

    @Test
    @SuppressWarnings("unchecked")
    void functionsGetExactlyWhatTheirEdgesNeed() {
        assertThat(statements("PlaceOrderRolePolicy")).containsExactlyInAnyOrder(
                Map.of("Effect", "Allow", "Resource", getAtt("Orders", "Arn"), "Action", List.of(
                        "dynamodb:BatchGetItem", "dynamodb:GetItem", "dynamodb:Query", "dynamodb:BatchWriteItem",
                        "dynamodb:DeleteItem", "dynamodb:PutItem", "dynamodb:UpdateItem")),
                Map.of("Effect", "Allow", "Resource", getAtt("FulfilmentJobs", "Arn"), "Action", "sqs:SendMessage"));
        assertThat(statements("ReportRolePolicy")).singleElement().satisfies(s -> assertThat(s)
                .containsEntry("Action", List.of("dynamodb:BatchGetItem", "dynamodb:GetItem", "dynamodb:Query")));
        Map<String, Object> env = (Map<String, Object>) ((Map<String, Object>) T.props("PlaceOrder")
                .get("Environment")).get("Variables");
        assertThat(env).containsEntry("ORDERS_TABLE", ref("Orders"))
                .containsEntry("FULFILMENT_JOBS_QUEUE_URL", ref("FulfilmentJobs"));
    }

    @Test
    void scheduleAndBucketEventsInvokeFunctionsThroughEventBridge() {
        assertThat(T.props("Nightly")).containsEntry("ScheduleExpression", "cron(0 3 * * ? *)")
                .containsEntry("Targets", List.of(Map.of("Arn", getAtt("Report", "Arn"), "Id", "Report")));
        assertThat(T.props("ReportNightlyPermission")).containsEntry("Principal", "events.amazonaws.com")
                .containsEntry("SourceArn", getAtt("Nightly", "Arn"));
        assertThat(T.props("Uploads").get("NotificationConfiguration"))
                .isEqualTo(Map.of("EventBridgeConfiguration", Map.of("EventBridgeEnabled", true)));
        assertThat(T.props("UploadsObjectCreatedRule").get("EventPattern")).isEqualTo(Map.of(
                "source", List.of("aws.s3"), "detail-type", List.of("Object Created"),
                "detail", Map.of("bucket", Map.of("name", List.of(ref("Uploads"))))));
    }

    @Test
    @SuppressWarnings("unchecked")
    void streamFlowsThroughFirehoseIntoTheLakeWhichArchivesToGlacier() {
        assertThat(T.props("ClickHose")).containsEntry("DeliveryStreamType", "KinesisStreamAsSource");
        Map<String, Object> s3 = (Map<String, Object>) T.props("ClickHose").get("ExtendedS3DestinationConfiguration");
        assertThat(s3).containsEntry("BucketARN", getAtt("ClickLake", "Arn"))
                .containsEntry("RoleARN", getAtt("ClickHoseRole", "Arn"));
        Map<String, Object> lifecycle = (Map<String, Object>) T.props("ClickLake").get("LifecycleConfiguration");
        assertThat((List<Map<String, Object>>) lifecycle.get("Rules")).anySatisfy(r -> assertThat(r)
                .containsEntry("Transitions", List.of(Map.of("StorageClass", "GLACIER", "TransitionInDays", 180))));
        assertThat(T.resources()).doesNotContainKey("Archive");
    }

    @Test
    @SuppressWarnings("unchecked")
    void stateMachineChainsTheServicesItCalls() {
        Map<String, Object> definition = (Map<String, Object>) T.props("RefundFlow").get("Definition");
        assertThat(definition).containsEntry("StartAt", "Fulfil");
        Map<String, Object> states = (Map<String, Object>) definition.get("States");
        assertThat((Map<String, Object>) states.get("Fulfil")).containsEntry("Next", "OrderEvents");
        assertThat((Map<String, Object>) states.get("OrderEvents")).containsEntry("End", true);
        assertThat(statements("RefundFlowRolePolicy")).extracting(s -> s.get("Action"))
                .containsExactlyInAnyOrder("lambda:InvokeFunction", "sns:Publish");
    }
}
