package com.cloudwright.cfn;

import com.cloudwright.model.Node;
import com.cloudwright.model.net.Link;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A REST API drawn onto SQS queues: each queue gets a POST method whose AWS integration sends the
 * request body as a message (SendMessage), under a role API Gateway assumes that may send to
 * those queues only.
 */
final class ApiQueues {

    private ApiQueues() {
    }

    /** The queues the API calls that the template holds. */
    static List<Node> queues(Node api, Build b) {
        List<Node> out = new ArrayList<>();
        for (Link l : b.linksFrom(api)) {
            Node q = l.callee();
            Resource r = b.template.resource(b.ids.knows(q) ? b.id(q) : "");
            if (q.type().equals("sqs") && r != null && r.type().equals("AWS::SQS::Queue") && !out.contains(q)) {
                out.add(q);
            }
        }
        out.sort(Comparator.comparing(b::id));
        return out;
    }

    /**
     * Adds the methods (on the root when the API has nothing else to route, else on a path named
     * after each queue) and returns their logical ids, for the deployment to wait on.
     */
    static List<String> methods(Node node, Build b, Resource api, Object root, boolean rootFree, Resource authorizer) {
        List<Node> queues = queues(node, b);
        List<String> methods = new ArrayList<>();
        if (queues.isEmpty()) {
            return methods;
        }
        Resource role = b.access.role(node, "SqsRole", "apigateway.amazonaws.com", List.of());
        for (Node q : queues) {
            String qId = b.id(q);
            b.access.allow(role.logicalId(), List.of("sqs:SendMessage"), Fn.getAtt(qId, "Arn"));
            Object parent = root;
            String suffix = "RootMethod";
            if (!(rootFree && queues.size() == 1)) {
                parent = b.add(node, qId + "Resource", "AWS::ApiGateway::Resource")
                        .set("RestApiId", api.ref())
                        .set("ParentId", root)
                        .set("PathPart", LogicalIds.kebab(qId)).ref();
                suffix = qId + "Method";
            }
            String body = "MessageBody=$util.urlEncode($input.body)";
            if (b.bool(q, "fifo")) {
                // A FIFO queue needs a group; the request id keeps every message distinct.
                body += "&MessageGroupId=api&MessageDeduplicationId=$context.requestId";
            }
            Resource m = b.add(node, suffix, "AWS::ApiGateway::Method")
                    .set("RestApiId", api.ref())
                    .set("ResourceId", parent)
                    .set("HttpMethod", "POST")
                    .set("AuthorizationType", authorizer == null ? "NONE" : "COGNITO_USER_POOLS")
                    .set("AuthorizerId", authorizer == null ? null : authorizer.ref())
                    .set("Integration", Json.obj(
                            "Type", "AWS",
                            "IntegrationHttpMethod", "POST",
                            "Uri", Fn.sub("arn:${AWS::Partition}:apigateway:${AWS::Region}:sqs:action/SendMessage"),
                            "Credentials", role.att("Arn"),
                            "PassthroughBehavior", "NEVER",
                            "RequestParameters", Json.obj(
                                    "integration.request.header.Content-Type", "'application/x-www-form-urlencoded'",
                                    "integration.request.querystring.QueueUrl", Fn.sub("'${" + qId + ".QueueUrl}'")),
                            "RequestTemplates", Json.obj("application/json", body),
                            "IntegrationResponses", Json.list(Json.obj("StatusCode", "200"))))
                    .set("MethodResponses", Json.list(Json.obj("StatusCode", "200")));
            methods.add(m.logicalId());
        }
        return methods;
    }
}
