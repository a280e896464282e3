package com.cloudwright.cfn;

import com.cloudwright.model.Node;
import com.cloudwright.model.net.Link;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.auto.service.AutoService;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Queues, topics, event buses, state machines and email: SQS with server-side encryption and a
 * redrive policy to the drawn dead-letter queue; SNS topics encrypted, subscribed by the queues
 * and functions they fan out to (with the queue policy that lets them deliver); EventBridge rules
 * whose targets come from the edges; Step Functions chaining the services they call.
 */
@AutoService(Mapper.class)
public final class MessagingMapper implements Mapper {

    private static final ObjectMapper JSON = new ObjectMapper();

    public MessagingMapper() {
        // found by ServiceLoader
    }

    @Override
    public Set<String> paletteIds() {
        return Set.of("sqs", "sns", "eventbridge", "step-functions", "ses");
    }

    @Override
    public Set<String> resourceTypes() {
        return Set.of("AWS::Events::EventBus", "AWS::Events::Rule",
                "AWS::SES::EmailIdentity", "AWS::SNS::Subscription",
                "AWS::SNS::Topic", "AWS::SQS::Queue",
                "AWS::StepFunctions::StateMachine");
    }

    @Override
    public void declare(Node node, Build b) {
        switch (node.type()) {
            case "sqs" -> sqs(node, b);
            case "sns" -> sns(node, b);
            case "eventbridge" -> eventBridge(node, b);
            case "step-functions" -> stepFunctions(node, b);
            case "ses" -> ses(node, b);
            default -> throw new IllegalArgumentException(node.type() + " is not mapped by MessagingMapper");
        }
    }

    @Override
    public void wire(Node node, Build b) {
        switch (node.type()) {
            case "sqs", "eventbridge", "step-functions", "ses" -> {
                // nothing to wire
            }
            case "sns" -> snsWire(node, b);
            default -> throw new IllegalArgumentException(node.type() + " is not mapped by MessagingMapper");
        }
    }

    // ---- SQS -----------------------------------------------------------------------------------

    private static void sqs(Node node, Build b) {
        boolean fifo = b.bool(node, "fifo");
        boolean isDeadLetterQueue = b.deadLetterQueues().contains(node.id());
        long retentionDays = node.props().has("retentionDays") || !isDeadLetterQueue
                ? b.integer(node, "retentionDays") : 14;
        Resource queue = b.primary(node, "AWS::SQS::Queue")
                .set("SqsManagedSseEnabled", true)
                .set("VisibilityTimeout", b.integer(node, "visibilityTimeoutSeconds"))
                .set("MessageRetentionPeriod", Math.min(1209600, retentionDays * 86400))
                .set("DelaySeconds", b.integer(node, "delaySeconds"))
                .set("Tags", b.nameTag(node))
                // A dead-letter queue holds the failures someone still has to look at; a working
                // queue only messages in transit, which a deleted stack no longer produces.
                .keep(isDeadLetterQueue ? "Retain" : "Delete");
        b.policies.queue(node);
        if (fifo) {
            queue.set("FifoQueue", true)
                    .set("QueueName", Fn.sub("${AWS::StackName}-" + LogicalIds.kebab(b.id(node)) + ".fifo"));
        }
        String dlq = node.props().string("deadLetterQueue", null);
        if (dlq != null) {
            b.diagram.node(dlq).filter(n -> n.type().equals("sqs") && b.inTemplate(n) && !n.id().equals(node.id()))
                    .ifPresentOrElse(n -> queue.set("RedrivePolicy", Json.obj(
                                    "deadLetterTargetArn", Fn.getAtt(b.id(n), "Arn"),
                                    "maxReceiveCount", b.integer(node, "maxReceiveCount"))),
                            () -> b.note(Build.text("messaging.note.unknownDeadLetterQueue", b.id(node), dlq)));
        }
    }

    // ---- SNS -----------------------------------------------------------------------------------

    private static void sns(Node node, Build b) {
        boolean fedByEvents = b.linksTo(node).stream().anyMatch(l -> l.caller().type().equals("eventbridge")
                || l.caller().type().equals("s3") || l.caller().type().equals("cloudwatch"));
        boolean fifo = b.bool(node, "fifo");
        Resource topic = b.primary(node, "AWS::SNS::Topic")
                .set("DisplayName", b.string(node, "displayName", null))
                .set("Tags", b.nameTag(node));
        b.policies.topic(node);
        if (fedByEvents) {
            b.note(Build.text("messaging.note.topicLeftUnencrypted", topic.logicalId()));
        } else {
            topic.set("KmsMasterKeyId", "alias/aws/sns");
        }
        if (fifo) {
            topic.set("FifoTopic", true)
                    .set("TopicName", Fn.sub("${AWS::StackName}-" + LogicalIds.kebab(b.id(node)) + ".fifo"));
        }
    }

    private static void snsWire(Node node, Build b) {
        String topic = b.id(node);
        for (Link l : b.linksFrom(node)) {
            Node target = l.callee();
            if (!b.expresses(node, target)) {
                continue; // one of the drops CfnCoverage names
            }
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
                default -> throw Build.unexpressed(node, target);
            }
        }
    }

    // ---- EventBridge ---------------------------------------------------------------------------

    static boolean customBus(Build b, Node node) {
        return "custom".equals(b.string(node, "eventBus"));
    }

    private static void eventBridge(Node node, Build b) {
        boolean custom = customBus(b, node);
        Resource bus = null;
        if (custom) {
            bus = b.add(node, "Bus", "AWS::Events::EventBus");
            bus.set("Name", Fn.sub("${AWS::StackName}-" + LogicalIds.kebab(b.id(node))));
        }
        List<Node> targets = new ArrayList<>();
        for (Link l : b.linksFrom(node)) {
            if (b.expresses(node, l.callee()) && !targets.contains(l.callee())) {
                targets.add(l.callee());
            }
        }
        String schedule = b.string(node, "schedule", null);
        String pattern = b.string(node, "eventPattern", null);
        if (targets.isEmpty() && schedule == null && pattern == null) {
            if (!custom) {
                b.notMapped(node, Build.text("messaging.reason.defaultBusWithoutRule"));
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
        EventRules.targets(b, node, rule, targets);
    }

    private static Object pattern(Build b, Node node, String pattern, boolean custom) {
        if (pattern != null) {
            try {
                return JSON.readValue(pattern, LinkedHashMap.class);
            } catch (JsonProcessingException e) {
                b.note(Build.text("messaging.note.invalidEventPattern", b.id(node)));
            }
        }
        return custom ? Json.obj("account", Json.list(Fn.ref("AWS::AccountId")))
                : Json.obj("source", Json.list("custom." + LogicalIds.kebab(b.id(node))));
    }

    // ---- Step Functions ------------------------------------------------------------------------

    private static void stepFunctions(Node node, Build b) {
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
                    String key = b.string(step, "partitionKey");
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
                    b.note(Build.text("messaging.note.noTaskForStep", b.id(node), id, step.type()));
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
                .set("StateMachineType", b.string(node, "type"))
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

    // ---- SES -----------------------------------------------------------------------------------

    private static void ses(Node node, Build b) {
        Object domain = b.parameter(new Template.Parameter(b.id(node) + "Domain", "String",
                "The domain (or address) " + node.displayLabel() + " sends from; verify it with the DKIM records SES "
                        + "shows", b.string(node, "domain"), null, List.of(), null));
        b.primary(node, "AWS::SES::EmailIdentity").set("EmailIdentity", domain);
        if (b.bool(node, "dedicatedIp")) {
            b.note(Build.text("messaging.note.dedicatedIps", b.id(node)));
        }
    }
}
