package com.cloudwright.cfn;

import com.cloudwright.model.net.Link;
import com.cloudwright.model.Node;
import com.google.auto.service.AutoService;
import java.util.Set;

import java.util.ArrayList;
import java.util.List;

/**
 * API Gateway in front of Lambda (and, for a REST API, SQS, SNS and Step Functions through ApiIntegrations): a REST API (default), HTTP API or WebSocket API with one proxy
 * integration per function it calls and the permission for API Gateway to invoke each. A REST
 * API the drawing connects to Cognito authorises callers with that user pool.
 */
@AutoService(Mapper.class)
public final class ApiGatewayMapper implements Mapper {

    public ApiGatewayMapper() {
        // found by ServiceLoader
    }

    @Override
    public Set<String> paletteIds() {
        return Set.of("api-gateway");
    }

    @Override
    public Set<String> resourceTypes() {
        return Set.of("AWS::ApiGateway::Authorizer", "AWS::ApiGateway::Deployment",
                "AWS::ApiGateway::Method", "AWS::ApiGateway::Resource",
                "AWS::ApiGateway::RestApi", "AWS::ApiGateway::Stage",
                "AWS::ApiGatewayV2::Api", "AWS::ApiGatewayV2::Integration",
                "AWS::ApiGatewayV2::Route", "AWS::ApiGatewayV2::Stage");
    }

    @Override
    public WiringStage wiringStage(String paletteId) {
        return switch (paletteId) {
            case "api-gateway" -> WiringStage.API;
            default -> WiringStage.DEFAULT;
        };
    }

    @Override
    public void declare(Node node, Build b) {
        switch (node.type()) {
            case "api-gateway" -> {
                // declared while wiring: it needs the other nodes' resources
            }
            default -> throw new IllegalArgumentException(node.type() + " is not mapped by ApiGatewayMapper");
        }
    }

    @Override
    public void wire(Node node, Build b) {
        switch (node.type()) {
            case "api-gateway" -> api(node, b);
            default -> throw new IllegalArgumentException(node.type() + " is not mapped by ApiGatewayMapper");
        }
    }

    static String apiType(Build b, Node node) {
        return b.string(node, "apiType");
    }

    private static List<Node> functions(Node api, Build b) {
        List<Node> out = new ArrayList<>();
        for (Link l : b.linksFrom(api)) {
            Node t = l.callee();
            // the rest are the authorizer and tracing, ApiIntegrations' services, or drops CfnCoverage names
            if (t.type().equals("lambda") && b.expresses(api, t) && b.template.resource(b.id(t)) != null
                    && !out.contains(t)) {
                out.add(t);
            }
        }
        out.sort(java.util.Comparator.comparing(b::id));
        return out;
    }

    /** Declared in the wiring phase: it needs every function to exist. */
    private static void api(Node node, Build b) {
        switch (apiType(b, node)) {
            case "HTTP" -> v2(node, b, "HTTP");
            case "WEBSOCKET" -> v2(node, b, "WEBSOCKET");
            default -> rest(node, b);
        }
    }

    private static Object invokeArn(String api) {
        return Fn.sub("arn:${AWS::Partition}:execute-api:${AWS::Region}:${AWS::AccountId}:${" + api + "}/*");
    }

    private static void rest(Node node, Build b) {
        String id = b.id(node);
        String endpoint = b.string(node, "endpointType");
        if (endpoint.equals("PRIVATE")) {
            b.note(Build.text("api.note.privateRestApi", id));
            endpoint = "REGIONAL";
        }
        Resource api = b.primary(node, "AWS::ApiGateway::RestApi")
                .set("Name", Fn.sub("${AWS::StackName}-" + LogicalIds.kebab(id)))
                .set("EndpointConfiguration", Json.obj("Types", Json.list(endpoint)))
                .set("Tags", b.nameTag(node));
        Node pool = b.callees(node, "cognito").stream().findFirst().orElse(null);
        Resource authorizer = null;
        if (pool != null && b.template.resource(b.id(pool)) != null) {
            authorizer = b.add(node, "Authorizer", "AWS::ApiGateway::Authorizer")
                    .set("RestApiId", api.ref())
                    .set("Name", b.id(pool))
                    .set("Type", "COGNITO_USER_POOLS")
                    .set("IdentitySource", "method.request.header.Authorization")
                    .set("ProviderARNs", Json.list(Fn.getAtt(b.id(pool), "Arn")));
        }
        List<Node> functions = functions(node, b);
        List<String> methods = new ArrayList<>();
        Object root = api.att("RootResourceId");
        methods.addAll(ApiIntegrations.methods(node, b, api, root, functions.isEmpty(), authorizer));
        if (functions.isEmpty() && methods.isEmpty()) {
            methods.add(b.add(node, "RootMethod", "AWS::ApiGateway::Method")
                    .set("RestApiId", api.ref())
                    .set("ResourceId", root)
                    .set("HttpMethod", "ANY")
                    .set("AuthorizationType", "NONE")
                    .set("Integration", Json.obj("Type", "MOCK",
                            "RequestTemplates", Json.obj("application/json", "{\"statusCode\": 200}"),
                            "IntegrationResponses", Json.list(Json.obj("StatusCode", "200"))))
                    .set("MethodResponses", Json.list(Json.obj("StatusCode", "200")))
                    .logicalId());
            b.note(Build.text("api.note.noFunctionMock", id));
        }
        for (Node fn : functions) {
            String fnId = b.id(fn);
            Object uri = Fn.sub("arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${"
                    + fnId + ".Arn}/invocations");
            Object parent = root;
            String prefix = fnId;
            if (functions.size() == 1) {
                methods.add(method(b, node, "RootMethod", api, root, uri, authorizer));
                prefix = "";
            } else {
                Resource resource = b.add(node, fnId + "Resource", "AWS::ApiGateway::Resource")
                        .set("RestApiId", api.ref())
                        .set("ParentId", root)
                        .set("PathPart", LogicalIds.kebab(fnId));
                parent = resource.ref();
                methods.add(method(b, node, fnId + "Method", api, parent, uri, authorizer));
            }
            Resource proxy = b.add(node, prefix + "ProxyResource", "AWS::ApiGateway::Resource")
                    .set("RestApiId", api.ref())
                    .set("ParentId", parent)
                    .set("PathPart", "{proxy+}");
            methods.add(method(b, node, prefix + "ProxyMethod", api, proxy.ref(), uri, authorizer));
            Invocations.permission(b, fn, id + "Invoke", "apigateway.amazonaws.com", invokeArn(id));
        }
        Resource deployment = b.add(node, "Deployment", "AWS::ApiGateway::Deployment")
                .set("RestApiId", api.ref())
                .set("Description", "Deployed by the stack");
        methods.forEach(deployment::dependsOn);
        boolean traced = !b.callees(node, "xray").isEmpty();
        boolean cache = b.bool(node, "cacheEnabled");
        long rate = b.integer(node, "throttleRateLimit");
        b.add(node, "Stage", "AWS::ApiGateway::Stage")
                .set("RestApiId", api.ref())
                .set("DeploymentId", deployment.ref())
                .set("StageName", ApiStages.STAGE)
                .set("TracingEnabled", traced)
                .set("CacheClusterEnabled", cache)
                .set("CacheClusterSize", cache ? "0.5" : null)
                .set("MethodSettings", Json.list(Json.obj("ResourcePath", "/*", "HttpMethod", "*",
                        "ThrottlingRateLimit", (double) rate, "ThrottlingBurstLimit", Math.max(1, rate / 2),
                        "CachingEnabled", cache)));
        b.template.output(id + "Url", "Invoke URL of " + node.displayLabel(),
                Fn.sub("https://${" + id + "}.execute-api.${AWS::Region}.${AWS::URLSuffix}/" + ApiStages.STAGE + "/"));
    }

    private static String method(Build b, Node node, String suffix, Resource api, Object resource, Object uri,
                                 Resource authorizer) {
        Resource m = b.add(node, suffix, "AWS::ApiGateway::Method")
                .set("RestApiId", api.ref())
                .set("ResourceId", resource)
                .set("HttpMethod", "ANY")
                .set("AuthorizationType", authorizer == null ? "NONE" : "COGNITO_USER_POOLS")
                .set("AuthorizerId", authorizer == null ? null : authorizer.ref())
                .set("Integration", Json.obj("Type", "AWS_PROXY", "IntegrationHttpMethod", "POST", "Uri", uri));
        return m.logicalId();
    }

    private static void v2(Node node, Build b, String protocol) {
        String id = b.id(node);
        boolean ws = protocol.equals("WEBSOCKET");
        Resource api = b.primary(node, "AWS::ApiGatewayV2::Api")
                .set("Name", Fn.sub("${AWS::StackName}-" + LogicalIds.kebab(id)))
                .set("ProtocolType", protocol)
                .set("RouteSelectionExpression", ws ? "$request.body.action" : null)
                .set("Tags", Json.obj("Name", Fn.sub("${AWS::StackName}-" + LogicalIds.kebab(id))));
        List<Node> functions = functions(node, b);
        for (int i = 0; i < functions.size(); i++) {
            Node fn = functions.get(i);
            String fnId = b.id(fn);
            Resource integration = b.add(node, fnId + "Integration", "AWS::ApiGatewayV2::Integration")
                    .set("ApiId", api.ref())
                    .set("IntegrationType", "AWS_PROXY")
                    .set("IntegrationUri", ws ? Fn.sub("arn:${AWS::Partition}:apigateway:${AWS::Region}:lambda:path/"
                            + "2015-03-31/functions/${" + fnId + ".Arn}/invocations") : Fn.getAtt(fnId, "Arn"))
                    .set("PayloadFormatVersion", ws ? null : "2.0");
            String routeKey;
            if (ws) {
                routeKey = i == 0 ? "$default" : LogicalIds.kebab(fnId);
            } else {
                routeKey = functions.size() == 1 ? "$default" : "ANY /" + LogicalIds.kebab(fnId) + "/{proxy+}";
            }
            b.add(node, fnId + "Route", "AWS::ApiGatewayV2::Route")
                    .set("ApiId", api.ref())
                    .set("RouteKey", routeKey)
                    .set("Target", Fn.sub("integrations/${" + integration.logicalId() + "}"));
            Invocations.permission(b, fn, id + "Invoke", "apigateway.amazonaws.com", invokeArn(id));
        }
        if (functions.isEmpty()) {
            b.note(Build.text("api.note.noFunctionNoRoutes", id));
        }
        b.add(node, "Stage", "AWS::ApiGatewayV2::Stage")
                .set("ApiId", api.ref())
                .set("StageName", ws ? ApiStages.STAGE : "$default")
                .set("AutoDeploy", true)
                .set("DefaultRouteSettings", Json.obj("ThrottlingRateLimit",
                        (double) b.integer(node, "throttleRateLimit"),
                        "ThrottlingBurstLimit", Math.max(1, b.integer(node, "throttleRateLimit") / 2)));
        b.template.output(id + "Url", "Endpoint of " + node.displayLabel(), ws
                ? Fn.sub("wss://${" + id + "}.execute-api.${AWS::Region}.${AWS::URLSuffix}/" + ApiStages.STAGE)
                : api.att("ApiEndpoint"));
    }

}
