package com.cloudwright.cfn;

import com.cloudwright.model.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * EventBridge rules: an event bus's own rules and an S3 bucket's notifications through
 * EventBridge deliver to their targets the same way, with what lets each target receive.
 */
final class EventRules {

    private EventRules() {
    }

    /** The ARN of the node's own event bus, else of the account's default bus. */
    static Object eventBusArn(Build b, Node node) {
        Optional<Resource> bus = b.resourceOf(node, "AWS::Events::EventBus");
        if (bus.isPresent()) {
            return bus.get().att("Arn");
        }
        return Fn.sub("arn:${AWS::Partition}:events:${AWS::Region}:${AWS::AccountId}:event-bus/default");
    }

    /** Targets of a rule, each with what lets the rule deliver to it (permission, policy or role). */
    static void targets(Build b, Node owner, Resource rule, List<Node> targets) {
        List<Object> list = new ArrayList<>();
        Resource role = null;
        for (Node t : targets) {
            String id = b.id(t);
            Map<String, Object> target = Json.obj("Id", id.length() > 64 ? id.substring(0, 64) : id);
            switch (t.type()) {
                case "lambda" -> {
                    target.put("Arn", Fn.getAtt(id, "Arn"));
                    Invocations.permission(b, t, rule.logicalId(), "events.amazonaws.com", rule.att("Arn"));
                }
                case "sqs" -> {
                    target.put("Arn", Fn.getAtt(id, "Arn"));
                    if (b.bool(t, "fifo")) {
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
                    b.access.grantTo(role.logicalId(), t);
                }
                default -> throw Build.unexpressed(owner, t);
            }
            list.add(target);
        }
        rule.set("Targets", list);
    }
}
