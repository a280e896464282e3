package com.cloudwright.cfn;

import com.cloudwright.model.net.Link;
import com.cloudwright.model.Node;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Queues, topics, event buses, state machines, streams and email: SQS with server-side encryption
 * and a redrive policy to the drawn dead-letter queue; SNS topics encrypted, subscribed by the
 * queues and functions they fan out to (with the queue policy that lets them deliver); EventBridge
 * rules whose targets come from the edges; Step Functions chaining the services they call;
 * Kinesis streams and Firehose delivery to S3 with its own role.
 */
final class Integration {

    /** What an EventBridge rule (or an S3 notification through EventBridge) can deliver to. */
    static final Set<String> RULE_TARGETS = Set.of("lambda", "sqs", "sns", "step-functions", "kinesis-data-streams",
            "kinesis-firehose");
    private static final ObjectMapper JSON = new ObjectMapper();

    private Integration() {
    }

    // ---- SQS -----------------------------------------------------------------------------------

    static void sqs(Node node, Build b) {
        boolean fifo = b.bool(node, "fifo", false);
        boolean isDeadLetterQueue = b.deadLetterQueues().contains(node.id());
        long retentionDays = node.props().has("retentionDays") || !isDeadLetterQueue
                ? b.integer(node, "retentionDays", 4) : 14;
        Resource queue = b.primary(node, "AWS::SQS::Queue")
                .set("SqsManagedSseEnabled", true)
                .set("VisibilityTimeout", b.integer(node, "visibilityTimeoutSeconds", 30))
                .set("MessageRetentionPeriod", Math.min(1209600, retentionDays * 86400))
                .set("DelaySeconds", b.integer(node, "delaySeconds", 0))
                .set("Tags", b.nameTag(node));
        if (fifo) {
            queue.set("FifoQueue", true)
                    .set("QueueName", Fn.sub("${AWS::StackName}-" + LogicalIds.kebab(b.id(node)) + ".fifo"));
        }
        String dlq = node.props().string("deadLetterQueue", null);
        if (dlq != null) {
            b.diagram.node(dlq).filter(n -> n.type().equals("sqs") && b.inTemplate(n) && !n.id().equals(node.id()))
                    .ifPresentOrElse(n -> queue.set("RedrivePolicy", Json.obj(
                                    "deadLetterTargetArn", Fn.getAtt(b.id(n), "Arn"),
                                    "maxReceiveCount", b.integer(node, "maxReceiveCount", 5))),
                            () -> b.note("Queue " + b.id(node) + " names dead-letter queue '" + dlq
                                    + "', which is not a queue of this template."));
        }
    }

    /** A queue that feeds a function must stay invisible while the function works on a message. */
    static void atLeastVisibility(Build b, Node queue, long seconds) {
        Resource r = b.template.resource(b.id(queue));
        if (r != null && r.get("VisibilityTimeout") instanceof Long current && current < seconds) {
            r.set("VisibilityTimeout", Math.min(43200, seconds));
            b.note("Queue " + r.logicalId() + ": visibility timeout raised to " + Math.min(43200, seconds)
                    + " s (six times the timeout of the function it feeds).");
        }
    }

    // ---- SNS -----------------------------------------------------------------------------------

    static void sns(Node node, Build b) {
        boolean fedByEvents = b.linksTo(node).stream().anyMatch(l -> l.caller().type().equals("eventbridge")
                || l.caller().type().equals("s3") || l.caller().type().equals("cloudwatch"));
        boolean fifo = b.bool(node, "fifo", false);
        Resource topic = b.primary(node, "AWS::SNS::Topic")
                .set("DisplayName", b.string(node, "displayName", null))
                .set("Tags", b.nameTag(node));
        if (fedByEvents) {
            b.note("Topic " + topic.logicalId() + " is left unencrypted: EventBridge, S3 and CloudWatch cannot publish "
                    + "to a topic encrypted with the AWS managed key (use a customer managed KMS key to encrypt it).");
        } else {
            topic.set("KmsMasterKeyId", "alias/aws/sns");
        }
        if (fifo) {
            topic.set("FifoTopic", true)
                    .set("TopicName", Fn.sub("${AWS::StackName}-" + LogicalIds.kebab(b.id(node)) + ".fifo"));
        }
    }

    static void snsWire(Node node, Build b) {
        String topic = b.id(node);
        for (Link l : b.linksFrom(node)) {
            Node target = l.callee();
            switch (target.type()) {
                case "sqs" -> {
                    b.add(target, "SubscriptionTo" + topic, "AWS::SNS::Subscription")
                            .set("TopicArn", Fn.ref(topic))
                            .set("Protocol", "sqs")
                            .set("Endpoint", Fn.getAtt(b.id(target), "Arn"))
                            .set("RawMessageDelivery", true);
                    b.policies.queue(target, ResourcePolicies.allowService("sns.amazonaws.com", "sqs:SendMessage",
                            Fn.getAtt(b.id(target), "Arn"), Fn.ref(topic)));
                }
                case "lambda" -> {
                    // the function's mapper subscribes it
                }
                default -> b.note("Topic " + topic + " → " + b.id(target) + " (" + target.type()
                        + "): SNS delivers only to queues, functions, HTTP(S), email and SMS; not wired.");
            }
        }
    }

    // ---- EventBridge ---------------------------------------------------------------------------

    static boolean customBus(Build b, Node node) {
        return "custom".equals(b.string(node, "eventBus", "default"));
    }

    static Object eventBusArn(Build b, Node node) {
        Optional<Resource> bus = b.resourceOf(node, "AWS::Events::EventBus");
        if (bus.isPresent()) {
            return bus.get().att("Arn");
        }
        return Fn.sub("arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:event-bus/default");
    }

    static void eventBridge(Node node, Build b) {
        boolean custom = customBus(b, node);
        Resource bus = null;
        if (custom) {
            bus = b.add(node, "Bus", "AWS::Events::EventBus");
            bus.set("Name", Fn.sub("${AWS::StackName}-" + LogicalIds.kebab(b.id(node))));
        }
        List<Node> targets = new ArrayList<>();
        for (Link l : b.linksFrom(node)) {
            if (!targets.contains(l.callee())) {
                targets.add(l.callee());
            }
        }
        String schedule = b.string(node, "schedule", null);
        String pattern = b.string(node, "eventPattern", null);
        if (targets.isEmpty() && schedule == null && pattern == null) {
            if (!custom) {
                b.notMapped(node, "the default event bus exists in every account; with no targets, schedule or "
                        + "pattern there is no rule to create");
            }
            return;
        }
        Resource rule = b.primary(node, "AWS::Events::Rule")
                .set("Description", "Rule drawn as " + node.displayLabel())
                .set("State", "ENABLED");
        if (bus != null) {
            rule.set("EventBusName", bus.ref());
        }
        if (schedule != null && !custom) {
            rule.set("ScheduleExpression", schedule);
        } else {
            rule.set("EventPattern", pattern(b, node, pattern, custom));
        }
        ruleTargets(b, node, rule, targets);
    }

    private static Object pattern(Build b, Node node, String pattern, boolean custom) {
        if (pattern != null) {
            try {
                return JSON.readValue(pattern, LinkedHashMap.class);
            } catch (JsonProcessingException e) {
                b.note("Rule " + b.id(node) + ": eventPattern is not valid JSON; the template uses a default pattern.");
            }
        }
        return custom ? Json.obj("account", Json.list(Fn.ref("AWS::AccountId")))
                : Json.obj("source", Json.list("custom." + LogicalIds.kebab(b.id(node))));
    }

    /** Targets of a rule, each with what lets the rule deliver to it (permission, policy or role). */
    static void ruleTargets(Build b, Node owner, Resource rule, List<Node> targets) {
        List<Object> list = new ArrayList<>();
        Resource role = null;
        for (Node t : targets) {
            String id = b.id(t);
            Map<String, Object> target = Json.obj("Id", id.length() > 64 ? id.substring(0, 64) : id);
            switch (t.type()) {
                case "lambda" -> {
                    target.put("Arn", Fn.getAtt(id, "Arn"));
                    Compute.permission(b, t, rule.logicalId(), "events.amazonaws.com", rule.att("Arn"));
                }
                case "sqs" -> {
                    target.put("Arn", Fn.getAtt(id, "Arn"));
                    if (b.bool(t, "fifo", false)) {
                        target.put("SqsParameters", Json.obj("MessageGroupId", rule.logicalId()));
                    }
                    b.policies.queue(t, ResourcePolicies.allowService("events.amazonaws.com", "sqs:SendMessage",
                            Fn.getAtt(id, "Arn"), rule.att("Arn")));
                }
                case "sns" -> {
                    target.put("Arn", Fn.ref(id));
                    b.policies.topic(t, ResourcePolicies.allowService("events.amazonaws.com", "sns:Publish",
                            Fn.ref(id), rule.att("Arn")));
                }
                case "step-functions", "kinesis-data-streams", "kinesis-firehose" -> {
                    if (role == null) {
                        role = b.add(rule.logicalId() + "Role", "AWS::IAM::Role")
                                .set("AssumeRolePolicyDocument", Access.trust("events.amazonaws.com"));
                        b.access.register(owner, role.logicalId());
                    }
                    Object arn = t.type().equals("step-functions") ? Fn.ref(id) : Fn.getAtt(id, "Arn");
                    target.put("Arn", arn);
                    target.put("RoleArn", role.att("Arn"));
                    List<String> actions = switch (t.type()) {
                        case "step-functions" -> List.of("states:StartExecution");
                        case "kinesis-data-streams" -> List.of("kinesis:PutRecord", "kinesis:PutRecords");
                        default -> List.of("firehose:PutRecord", "firehose:PutRecordBatch");
                    };
                    b.access.allow(role.logicalId(), actions, arn);
                }
                default -> {
                    b.note("Rule " + rule.logicalId() + " → " + id + " (" + t.type() + ") is not a target the "
                            + "template wires.");
                    continue;
                }
            }
            list.add(target);
        }
        rule.set("Targets", list);
    }

    // ---- Step Functions ------------------------------------------------------------------------

    static void stepFunctions(Node node, Build b) {
        Resource role = b.access.role(node, "Role", "states.amazonaws.com", null);
        Map<String, Object> states = new LinkedHashMap<>();
        Map<String, Object> substitutions = new LinkedHashMap<>();
        List<Node> steps = new ArrayList<>();
        for (Link l : b.linksFrom(node)) {
            if (!steps.contains(l.callee())) {
                steps.add(l.callee());
            }
        }
        steps.sort(java.util.Comparator.comparing(b::id));
        List<String> names = new ArrayList<>();
        List<Map<String, Object>> bodies = new ArrayList<>();
        for (Node step : steps) {
            String id = b.id(step);
            Map<String, Object> task = switch (step.type()) {
                case "lambda" -> {
                    substitutions.put(id + "Arn", Fn.getAtt(id, "Arn"));
                    yield Json.obj("Type", "Task", "Resource", "arn:aws:states:::lambda:invoke",
                            "Parameters", Json.obj("FunctionName", "${" + id + "Arn}", "Payload.$", "$"),
                            "OutputPath", "$.Payload");
                }
                case "sqs" -> {
                    substitutions.put(id + "Url", Fn.ref(id));
                    yield Json.obj("Type", "Task", "Resource", "arn:aws:states:::sqs:sendMessage",
                            "Parameters", Json.obj("QueueUrl", "${" + id + "Url}", "MessageBody.$", "$"),
                            "ResultPath", null);
                }
                case "sns" -> {
                    substitutions.put(id + "Arn", Fn.ref(id));
                    yield Json.obj("Type", "Task", "Resource", "arn:aws:states:::sns:publish",
                            "Parameters", Json.obj("TopicArn", "${" + id + "Arn}", "Message.$", "$"));
                }
                case "dynamodb" -> {
                    substitutions.put(id + "Name", Fn.ref(id));
                    String key = b.string(step, "partitionKey", "id");
                    yield Json.obj("Type", "Task", "Resource", "arn:aws:states:::dynamodb:putItem",
                            "Parameters", Json.obj("TableName", "${" + id + "Name}",
                                    "Item", Json.obj(key, Json.obj("S.$", "$$.Execution.Name"))),
                            "ResultPath", null);
                }
                case "step-functions" -> {
                    substitutions.put(id + "Arn", Fn.ref(id));
                    yield Json.obj("Type", "Task", "Resource", "arn:aws:states:::states:startExecution",
                            "Parameters", Json.obj("StateMachineArn", "${" + id + "Arn}", "Input.$", "$"));
                }
                default -> {
                    b.note("State machine " + b.id(node) + " → " + id + " (" + step.type() + ") has no task the "
                            + "template writes; add it to the definition.");
                    yield null;
                }
            };
            if (task != null) {
                names.add(id);
                bodies.add(task);
            }
        }
        if (names.isEmpty()) {
            names.add("Start");
            bodies.add(Json.obj("Type", "Pass"));
        }
        for (int i = 0; i < names.size(); i++) {
            Map<String, Object> body = new LinkedHashMap<>(bodies.get(i));
            if (i + 1 < names.size()) {
                body.put("Next", names.get(i + 1));
            } else {
                body.put("End", true);
            }
            states.put(names.get(i), body);
        }
        boolean traced = !b.callees(node, "xray").isEmpty();
        b.primary(node, "AWS::StepFunctions::StateMachine")
                .set("StateMachineType", b.string(node, "type", "STANDARD"))
                .set("RoleArn", role.att("Arn"))
                .set("Definition", Json.obj("Comment", "Drawn as " + node.displayLabel(), "StartAt", names.get(0),
                        "States", states))
                .set("DefinitionSubstitutions", substitutions)
                .set("TracingConfiguration", traced ? Json.obj("Enabled", true) : null);
        if (traced) {
            b.access.allow(role.logicalId(), List.of("xray:GetSamplingRules", "xray:GetSamplingTargets",
                    "xray:PutTelemetryRecords", "xray:PutTraceSegments"), "*");
        }
    }

    // ---- Kinesis ---------------------------------------------------------------------------------

    static void kinesis(Node node, Build b) {
        boolean onDemand = "ON_DEMAND".equals(b.string(node, "streamMode", "PROVISIONED"));
        Resource stream = b.primary(node, "AWS::Kinesis::Stream")
                .set("StreamModeDetails", Json.obj("StreamMode", onDemand ? "ON_DEMAND" : "PROVISIONED"))
                .set("RetentionPeriodHours", b.integer(node, "retentionHours", 24))
                .set("Tags", b.nameTag(node));
        if (!onDemand) {
            stream.set("ShardCount", Math.max(1, b.integer(node, "shards", 1)));
        }
        if (b.bool(node, "encrypted", true)) {
            stream.set("StreamEncryption", Json.obj("EncryptionType", "KMS", "KeyId", "alias/aws/kinesis"));
        }
    }

    static void firehose(Node node, Build b) {
        Resource role = b.access.role(node, "Role", "firehose.amazonaws.com", null);
        Node destination = b.callees(node, "s3").stream().findFirst().orElse(null);
        String bucketId;
        if (destination != null) {
            bucketId = b.id(destination);
        } else {
            Resource bucket = b.add(node, "Bucket", "AWS::S3::Bucket")
                    .set("BucketEncryption", Json.obj("ServerSideEncryptionConfiguration", Json.list(Json.obj(
                            "ServerSideEncryptionByDefault", Json.obj("SSEAlgorithm", "AES256")))))
                    .set("PublicAccessBlockConfiguration", Json.obj("BlockPublicAcls", true, "IgnorePublicAcls", true,
                            "BlockPublicPolicy", true, "RestrictPublicBuckets", true))
                    .set("OwnershipControls", Json.obj("Rules", Json.list(Json.obj("ObjectOwnership",
                            "BucketOwnerEnforced"))))
                    .keep("Retain");
            bucketId = bucket.logicalId();
            b.note("Delivery stream " + b.id(node) + " has no S3 bucket drawn after it; the template adds " + bucketId + ".");
        }
        b.access.allow(role.logicalId(), List.of("s3:AbortMultipartUpload", "s3:GetBucketLocation", "s3:GetObject",
                "s3:ListBucket", "s3:ListBucketMultipartUploads", "s3:PutObject"),
                Json.list(Fn.getAtt(bucketId, "Arn"), Fn.sub("${" + bucketId + ".Arn}/*")));
        if (!"NONE".equals(b.string(node, "formatConversion", "NONE"))) {
            b.note("Delivery stream " + b.id(node) + ": record format conversion needs a Glue table schema; the "
                    + "template delivers records as they arrive.");
        }
        Resource stream = b.primary(node, "AWS::KinesisFirehose::DeliveryStream")
                .set("ExtendedS3DestinationConfiguration", Json.obj(
                        "BucketARN", Fn.getAtt(bucketId, "Arn"),
                        "RoleARN", role.att("Arn"),
                        "BufferingHints", Json.obj("SizeInMBs", b.integer(node, "bufferSizeMb", 5),
                                "IntervalInSeconds", b.integer(node, "bufferIntervalSeconds", 300)),
                        "CompressionFormat", b.string(node, "compression", "UNCOMPRESSED"),
                        "ErrorOutputPrefix", "errors/"))
                .set("Tags", b.nameTag(node));
        b.access.afterPermissions(role.logicalId(), stream);
        List<Object> processors = new ArrayList<>();
        for (Node fn : b.callees(node, "lambda")) {
            processors.add(Json.obj("Type", "Lambda", "Parameters", Json.list(Json.obj(
                    "ParameterName", "LambdaArn", "ParameterValue", Fn.getAtt(b.id(fn), "Arn")))));
            b.access.allow(role.logicalId(), List.of("lambda:GetFunctionConfiguration", "lambda:InvokeFunction"),
                    Fn.getAtt(b.id(fn), "Arn"));
            break;
        }
        if (!processors.isEmpty()) {
            @SuppressWarnings("unchecked")
            Map<String, Object> s3Config = (Map<String, Object>) stream.get("ExtendedS3DestinationConfiguration");
            s3Config.put("ProcessingConfiguration", Json.obj("Enabled", true, "Processors", processors));
        }
        Node source = b.callers(node, "kinesis-data-streams").stream().findFirst().orElse(null);
        if (source != null) {
            String sourceId = b.id(source);
            stream.set("DeliveryStreamType", "KinesisStreamAsSource")
                    .set("KinesisStreamSourceConfiguration", Json.obj("KinesisStreamARN", Fn.getAtt(sourceId, "Arn"),
                            "RoleARN", role.att("Arn")));
            b.access.allow(role.logicalId(), List.of("kinesis:DescribeStream", "kinesis:GetRecords",
                    "kinesis:GetShardIterator", "kinesis:ListShards"), Fn.getAtt(sourceId, "Arn"));
        } else {
            stream.set("DeliveryStreamType", "DirectPut")
                    .set("DeliveryStreamEncryptionConfigurationInput", Json.obj("KeyType", "AWS_OWNED_CMK"));
        }
    }

    // ---- SES -----------------------------------------------------------------------------------

    static void ses(Node node, Build b) {
        Object domain = b.parameter(new Template.Parameter(b.id(node) + "Domain", "String",
                "The domain (or address) " + node.displayLabel() + " sends from; verify it with the DKIM records SES "
                        + "shows", b.string(node, "domain", "example.com"), null, List.of(), null));
        b.primary(node, "AWS::SES::EmailIdentity").set("EmailIdentity", domain);
        if (b.bool(node, "dedicatedIp", false)) {
            b.note("Email identity " + b.id(node) + ": dedicated IPs are leased outside CloudFormation.");
        }
    }
}
