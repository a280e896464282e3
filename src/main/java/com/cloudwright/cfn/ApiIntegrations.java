package com.cloudwright.cfn;

import com.cloudwright.coverage.CfnCoverage;
import com.cloudwright.model.Node;
import com.cloudwright.model.net.Link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A REST API drawn onto SQS queues, SNS topics or Step Functions state machines: each gets a POST
 * method whose AWS integration hands the request body on (SendMessage, Publish, StartExecution),
 * under one role API Gateway assumes that may do exactly that to those resources and nothing else.
 */
final class ApiIntegrations {

    /** The resource type each service integration needs the callee to have made. */
    private static final Map<String, String> RESOURCE_TYPES = Map.of(
            "sqs", "AWS::SQS::Queue",
            "sns", "AWS::SNS::Topic",
            "step-functions", "AWS::StepFunctions::StateMachine");

    private ApiIntegrations() {
    }

    /** The services (not functions) the API calls that the template holds, by logical id. */
    static List<Node> services(Node api, Build b) {
        List<Node> out = new ArrayList<>();
        for (Link l : b.linksFrom(api)) {
            Node t = l.callee();
            String type = RESOURCE_TYPES.get(t.type());
            Resource r = b.template.resource(b.ids.knows(t) ? b.id(t) : "");
            if (type != null && CfnCoverage.REST_API_INTEGRATIONS.contains(t.type()) && b.expresses(api, t)
                    && r != null && r.type().equals(type) && !out.contains(t)) {
                out.add(t);
            }
        }
        out.sort(Comparator.comparing(b::id));
        return out;
    }

    /**
     * Adds the methods (on the root when the API has nothing else to route, else on a path named
     * after each service) and returns their logical ids, for the deployment to wait on.
     */
    static List<String> methods(Node node, Build b, Resource api, Object root, boolean rootFree, Resource authorizer) {
        List<Node> services = services(node, b);
        List<String> methods = new ArrayList<>();
        if (services.isEmpty()) {
            return methods;
        }
        Resource role = b.access.role(node, "IntegrationRole", "apigateway.amazonaws.com", List.of());
        for (Node s : services) {
            String sId = b.id(s);
            Object parent = root;
            String suffix = "RootMethod";
            if (!(rootFree && services.size() == 1)) {
                parent = b.add(node, sId + "Resource", "AWS::ApiGateway::Resource")
                        .set("RestApiId", api.ref())
                        .set("ParentId", root)
                        .set("PathPart", LogicalIds.kebab(sId)).ref();
                suffix = sId + "Method";
            }
            Map<String, Object> integration = switch (s.type()) {
                case "sqs" -> sendMessage(b, role, s);
                case "sns" -> publish(b, role, s);
                case "step-functions" -> startExecution(b, role, s);
                default -> throw Build.unexpressed(node, s);
            };
            integration.put("Type", "AWS");
            integration.put("IntegrationHttpMethod", "POST");
            integration.put("Credentials", role.att("Arn"));
            integration.put("PassthroughBehavior", "NEVER");
            integration.put("IntegrationResponses", Json.list(Json.obj("StatusCode", "200")));
            Resource m = b.add(node, suffix, "AWS::ApiGateway::Method")
                    .set("RestApiId", api.ref())
                    .set("ResourceId", parent)
                    .set("HttpMethod", "POST")
                    .set("AuthorizationType", authorizer == null ? "NONE" : "COGNITO_USER_POOLS")
                    .set("AuthorizerId", authorizer == null ? null : authorizer.ref())
                    .set("Integration", integration)
                    .set("MethodResponses", Json.list(Json.obj("StatusCode", "200")));
            methods.add(m.logicalId());
        }
        return methods;
    }

    /** The request body becomes one message on the queue. */
    private static Map<String, Object> sendMessage(Build b, Resource role, Node queue) {
        String id = b.id(queue);
        b.access.allow(role.logicalId(), List.of("sqs:SendMessage"), Fn.getAtt(id, "Arn"));
        String body = "MessageBody=$util.urlEncode($input.body)";
        if (b.bool(queue, "fifo")) {
            // A FIFO queue needs a group; the request id keeps every message distinct.
            body += "&MessageGroupId=api&MessageDeduplicationId=$context.requestId";
        }
        return Json.obj(
                "Uri", Fn.sub("arn:${AWS::Partition}:apigateway:${AWS::Region}:sqs:action/SendMessage"),
                "RequestParameters", Json.obj(
                        "integration.request.header.Content-Type", "'application/x-www-form-urlencoded'",
                        "integration.request.querystring.QueueUrl", Fn.sub("'${" + id + ".QueueUrl}'")),
                "RequestTemplates", Json.obj("application/json", body));
    }

    /** The request body becomes one message published to the topic. */
    private static Map<String, Object> publish(Build b, Resource role, Node topic) {
        String id = b.id(topic);
        b.access.allow(role.logicalId(), List.of("sns:Publish"), Fn.ref(id));
        String body = "Message=$util.urlEncode($input.body)";
        if (b.bool(topic, "fifo")) {
            body += "&MessageGroupId=api&MessageDeduplicationId=$context.requestId";
        }
        return Json.obj(
                "Uri", Fn.sub("arn:${AWS::Partition}:apigateway:${AWS::Region}:sns:action/Publish"),
                "RequestParameters", Json.obj(
                        "integration.request.header.Content-Type", "'application/x-www-form-urlencoded'",
                        "integration.request.querystring.TopicArn", Fn.sub("'${" + id + "}'")),
                "RequestTemplates", Json.obj("application/json", body));
    }

    /** The request body becomes the input of one execution of the state machine. */
    private static Map<String, Object> startExecution(Build b, Resource role, Node machine) {
        String id = b.id(machine);
        b.access.allow(role.logicalId(), List.of("states:StartExecution"), Fn.ref(id));
        return Json.obj(
                "Uri", Fn.sub("arn:${AWS::Partition}:apigateway:${AWS::Region}:states:action/StartExecution"),
                "RequestTemplates", Json.obj("application/json", Fn.sub(
                        "{\"input\": \"$util.escapeJavaScript($input.json('$'))\", \"stateMachineArn\": \"${" + id + "}\"}")));
    }
}
