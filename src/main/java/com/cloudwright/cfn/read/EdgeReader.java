package com.cloudwright.cfn.read;

import com.cloudwright.model.Edge;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.model.Props;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The connections a template states, from caller to callee: security-group ingress from another
 * group (with the port), load balancer → targets through listeners and target groups, event
 * source → function, topic → subscriber, bucket → notified function/queue/topic, API → its
 * integrations, CloudFront → origins, Route 53 alias → target, and a SAM function's events.
 */
final class EdgeReader {

    private final ImportContext ctx;
    private final Map<String, Edge> edges = new LinkedHashMap<>();

    EdgeReader(ImportContext ctx) {
        this.ctx = ctx;
    }

    List<Edge> read() {
        securityGroups();
        loadBalancers();
        for (CfnResource m : ctx.resourcesOfType("AWS::Lambda::EventSourceMapping")) {
            connect(ImportContext.refs(ctx.prop(m, "EventSourceArn")), ImportContext.refs(ctx.prop(m, "FunctionName")), null);
        }
        for (CfnResource s : ctx.resourcesOfType("AWS::SNS::Subscription")) {
            connect(ImportContext.refs(ctx.prop(s, "TopicArn")), ImportContext.refs(ctx.prop(s, "Endpoint")), null);
        }
        for (CfnResource t : ctx.resourcesOfType("AWS::SNS::Topic")) {
            for (Object sub : ImportContext.list(ctx.prop(t, "Subscription"))) {
                connect(List.of(t.logicalId()), ImportContext.refs(sub), null);
            }
        }
        for (CfnResource b : ctx.resourcesOfType("AWS::S3::Bucket")) {
            Object config = ctx.prop(b, "NotificationConfiguration");
            if (config instanceof Map<?, ?> m) {
                for (String kind : List.of("LambdaConfigurations", "QueueConfigurations", "TopicConfigurations")) {
                    for (Object c : ImportContext.list(m.get(kind))) {
                        connect(List.of(b.logicalId()), ImportContext.refs(c), null);
                    }
                }
            }
        }
        for (CfnResource method : ctx.resourcesOfType("AWS::ApiGateway::Method")) {
            connect(ImportContext.refs(ctx.prop(method, "RestApiId")), ImportContext.refs(ctx.prop(method, "Integration.Uri")), null);
        }
        for (CfnResource integration : ctx.resourcesOfType("AWS::ApiGatewayV2::Integration")) {
            connect(ImportContext.refs(ctx.prop(integration, "ApiId")),
                    ImportContext.refs(ctx.prop(integration, "IntegrationUri")), null);
        }
        for (CfnResource cf : ctx.resourcesOfType("AWS::CloudFront::Distribution")) {
            for (Object origin : ImportContext.list(ctx.prop(cf, "DistributionConfig.Origins"))) {
                Object domain = origin instanceof Map<?, ?> o ? o.get("DomainName") : null;
                connect(List.of(cf.logicalId()), ImportContext.refs(domain), null);
            }
        }
        for (CfnResource record : ctx.resourcesOfType("AWS::Route53::RecordSet")) {
            connect(List.of(record.logicalId()), ImportContext.refs(ctx.prop(record, "AliasTarget.DNSName")), null);
        }
        new SamEvents(ctx).read((from, to) -> connect(from, to, null));
        return new ArrayList<>(edges.values());
    }

    private void securityGroups() {
        for (CfnResource rule : ctx.resourcesOfType("AWS::EC2::SecurityGroupIngress")) {
            ingress(ImportContext.ref(ctx.prop(rule, "GroupId")), ctx.props(rule));
        }
        for (CfnResource sg : ctx.resourcesOfType("AWS::EC2::SecurityGroup")) {
            for (Object rule : ImportContext.list(ctx.prop(sg, "SecurityGroupIngress"))) {
                if (rule instanceof Map<?, ?> m) {
                    ingress(sg.logicalId(), m);
                }
            }
        }
    }

    private void ingress(String target, Map<?, ?> rule) {
        String source = ImportContext.ref(rule.get("SourceSecurityGroupId"));
        if (source == null || target == null) {
            return;
        }
        String port = ImportContext.text(rule.get("FromPort"));
        connect(List.of(source), List.of(target), port);
    }

    private void loadBalancers() {
        Map<String, List<String>> targetsOf = new LinkedHashMap<>();
        for (CfnResource asg : ctx.resourcesOfType("AWS::AutoScaling::AutoScalingGroup")) {
            for (String tg : ImportContext.refs(ctx.prop(asg, "TargetGroupARNs"))) {
                targetsOf.computeIfAbsent(tg, k -> new ArrayList<>()).add(asg.logicalId());
            }
        }
        for (CfnResource service : ctx.resourcesOfType("AWS::ECS::Service")) {
            for (String tg : ImportContext.refs(ctx.prop(service, "LoadBalancers"))) {
                targetsOf.computeIfAbsent(tg, k -> new ArrayList<>()).add(service.logicalId());
            }
        }
        for (CfnResource tg : ctx.resourcesOfType("AWS::ElasticLoadBalancingV2::TargetGroup")) {
            targetsOf.computeIfAbsent(tg.logicalId(), k -> new ArrayList<>())
                    .addAll(ImportContext.refs(ctx.prop(tg, "Targets")));
        }
        List<CfnResource> listeners = new ArrayList<>(ctx.resourcesOfType("AWS::ElasticLoadBalancingV2::Listener"));
        for (CfnResource rule : ctx.resourcesOfType("AWS::ElasticLoadBalancingV2::ListenerRule")) {
            listeners.add(rule);
        }
        for (CfnResource listener : listeners) {
            List<String> lbs = ImportContext.refs(ctx.prop(listener, "LoadBalancerArn"));
            if (lbs.isEmpty()) {
                lbs = ImportContext.refs(ctx.prop(listener, "ListenerArn")).stream()
                        .flatMap(l -> ctx.resource(l).stream())
                        .flatMap(l -> ImportContext.refs(ctx.prop(l, "LoadBalancerArn")).stream()).toList();
            }
            Object actions = ctx.prop(listener, "DefaultActions") != null ? ctx.prop(listener, "DefaultActions")
                    : ctx.prop(listener, "Actions");
            for (String tg : ImportContext.refs(actions)) {
                String port = ctx.resource(tg).map(t -> ImportContext.text(ctx.prop(t, "Port"))).orElse(null);
                connect(lbs, targetsOf.getOrDefault(tg, List.of()), port);
            }
        }
    }

    private void connect(List<String> from, List<String> to, String port) {
        for (String f : from) {
            for (String t : to) {
                String a = nodeOf(f);
                String b = nodeOf(t);
                if (a == null || b == null || a.equals(b)) {
                    continue;
                }
                String key = a + "→" + b;
                if (!edges.containsKey(key)) {
                    Props props = port == null ? Props.EMPTY : Props.of("port", portNumber(port));
                    edges.put(key, new Edge("edge-" + (edges.size() + 1), a, b, port, List.of(), props, Map.of()));
                }
            }
        }
    }

    private static Object portNumber(String port) {
        try {
            return Integer.parseInt(port.strip());
        } catch (NumberFormatException e) {
            return port;
        }
    }

    /** The node an edge end is drawn as; never a container (an edge to a VPC says nothing). */
    private String nodeOf(String logicalId) {
        return ctx.drawnAs(logicalId).filter(d -> !NodeTypes.isContainer(d.type)).map(d -> d.id).orElse(null);
    }
}
