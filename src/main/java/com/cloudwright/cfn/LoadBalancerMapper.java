package com.cloudwright.cfn;

import com.cloudwright.model.net.Link;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.google.auto.service.AutoService;
import java.util.Set;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Application and Network Load Balancers: the balancer over its subnets (internet-facing: the
 * VPC's public subnets, one per zone; internal: the subnets of its targets' zones), a listener,
 * and a target group per kind of target found along its edges — instances listed as targets, an
 * Auto Scaling group pointed at its group through {@code TargetGroupARNs}, Fargate services by
 * IP, Lambda functions with the permission to invoke them.
 */
@AutoService(Mapper.class)
public final class LoadBalancerMapper implements Mapper {

    static final String TLS_POLICY = "ELBSecurityPolicy-TLS13-1-2-2021-06";

    public LoadBalancerMapper() {
        // found by ServiceLoader
    }

    @Override
    public Set<String> paletteIds() {
        return Set.of("alb", "nlb");
    }

    @Override
    public Set<String> resourceTypes() {
        return Set.of("AWS::ElasticLoadBalancingV2::Listener", "AWS::ElasticLoadBalancingV2::ListenerRule",
                "AWS::ElasticLoadBalancingV2::LoadBalancer", "AWS::ElasticLoadBalancingV2::TargetGroup");
    }

    @Override
    public WiringStage wiringStage(String paletteId) {
        return switch (paletteId) {
            case "alb" -> WiringStage.LOAD_BALANCING;
            case "nlb" -> WiringStage.LOAD_BALANCING;
            default -> WiringStage.DEFAULT;
        };
    }

    @Override
    public void declare(Node node, Build b) {
        switch (node.type()) {
            case "alb", "nlb" -> balancer(node, b);
            default -> throw new IllegalArgumentException(node.type() + " is not mapped by LoadBalancerMapper");
        }
    }

    @Override
    public void wire(Node node, Build b) {
        switch (node.type()) {
            case "alb", "nlb" -> balancerWire(node, b);
            default -> throw new IllegalArgumentException(node.type() + " is not mapped by LoadBalancerMapper");
        }
    }

    private static void balancer(Node lb, Build b) {
        boolean alb = lb.type().equals("alb");
        if (b.network.vpcOf(lb).isEmpty()) {
            b.notMapped(lb, Build.text("loadBalancer.reason.needsVpc"));
            return;
        }
        boolean open = SecurityGroups.internetFacing(b, lb);
        List<Network.Subnet> subnets = open ? b.network.spread(lb, true) : internalSubnets(lb, b);
        if (subnets.isEmpty()) {
            b.notMapped(lb, Build.text(open ? "loadBalancer.reason.noPublicSubnets" : "loadBalancer.reason.noPrivateSubnets"));
            return;
        }
        String group = b.securityGroups.of(lb).orElseThrow();
        List<Integer> listenerPorts = listenerPorts(b, lb);
        if (open && CloudFrontOnly.reachedOnlyThroughCloudFront(b, lb)) {
            b.template.resource(group).set("SecurityGroupIngress", CloudFrontOnly.ingress(b, listenerPorts));
            b.note(Build.text("loadBalancer.note.cloudFrontOnly", b.id(lb), CloudFrontOnly.PREFIX_LIST_NAME));
        } else if (open) {
            List<Integer> webPorts = listenerPorts.stream().filter(p -> p == 80 || p == 443).toList();
            b.template.resource(group).set("SecurityGroupIngress",
                    SecurityGroups.fromInternet(webPorts, "dualstack".equals(b.string(lb, "ipAddressType", "ipv4"))));
            if (webPorts.size() < listenerPorts.size()) {
                b.note(Build.text("loadBalancer.note.onlyWebPortsOpen", b.id(lb), listenerPorts));
            }
        }
        List<Object> attributes = new ArrayList<>();
        if (alb) {
            attributes.add(Json.obj("Key", "idle_timeout.timeout_seconds",
                    "Value", Long.toString(b.integer(lb, "idleTimeoutSeconds"))));
            attributes.add(Json.obj("Key", "routing.http.drop_invalid_header_fields.enabled", "Value", "true"));
        } else {
            attributes.add(Json.obj("Key", "load_balancing.cross_zone.enabled",
                    "Value", Boolean.toString(b.bool(lb, "crossZone"))));
        }
        b.primary(lb, "AWS::ElasticLoadBalancingV2::LoadBalancer")
                .set("Type", alb ? "application" : "network")
                .set("Scheme", open ? "internet-facing" : "internal")
                .set("Subnets", Network.refs(b, subnets))
                .set("SecurityGroups", Json.list(b.securityGroups.groupId(group)))
                .set("IpAddressType", alb ? b.string(lb, "ipAddressType") : null)
                .set("LoadBalancerAttributes", attributes)
                .set("Tags", b.nameTag(lb));
        b.template.output(b.id(lb) + "Url", "Address of " + lb.displayLabel(),
                Fn.sub((listenerPorts.contains(443) ? "https" : "http") + "://${" + b.id(lb) + ".DNSName}"));
    }

    private static List<Integer> listenerPorts(Build b, Node lb) {
        if (lb.type().equals("alb")) {
            return "HTTPS".equals(b.string(lb, "listenerProtocol")) ? List.of(80, 443) : List.of(80);
        }
        return List.of((int) b.integer(lb, "listenerPort"));
    }

    /** An internal balancer lives in the private subnets of its targets' zones. */
    private static List<Network.Subnet> internalSubnets(Node lb, Build b) {
        if (!lb.props().strings("subnets").isEmpty()) {
            return b.network.spread(lb, false);
        }
        Map<String, Network.Subnet> byZone = new LinkedHashMap<>();
        for (Link l : b.linksFrom(lb)) {
            b.network.subnetOf(l.callee()).filter(s -> !s.isPublic())
                    .ifPresent(s -> byZone.putIfAbsent(s.zone().key(), s));
        }
        if (byZone.size() >= (lb.type().equals("alb") ? 2 : 1)) {
            List<Network.Subnet> out = new ArrayList<>(byZone.values());
            out.sort(java.util.Comparator.comparing((Network.Subnet s) -> s.zone().order()));
            return out;
        }
        return b.network.spread(lb, false);
    }

    /** A target group and what it holds. */
    private record Targets(String name, String type, List<Node> nodes, int port) {
    }

    private static void balancerWire(Node lb, Build b) {
        Resource balancer = b.template.resource(b.ids.knows(lb) ? b.id(lb) : "");
        if (balancer == null || !balancer.type().equals("AWS::ElasticLoadBalancingV2::LoadBalancer")) {
            return;
        }
        boolean alb = lb.type().equals("alb");
        Node vpc = b.network.vpcOf(lb).orElseThrow();
        Map<String, Targets> groups = new LinkedHashMap<>();
        for (Link l : b.linksFrom(lb)) {
            Node t = l.callee();
            if (!b.expresses(lb, t)) {
                continue; // one of the drops CfnCoverage names
            }
            int port = targetPort(b, lb, t, l);
            Optional<Node> asg = b.group(t, NodeTypes.AUTO_SCALING_GROUP).filter(g -> b.template.resource(b.id(g)) != null);
            switch (t.type()) {
                case "ec2" -> {
                    if (asg.isPresent()) {
                        groups.computeIfAbsent(asg.get().id(), k -> new Targets(b.id(asg.get()), "instance",
                                new ArrayList<>(List.of(asg.get())), port));
                    } else if (b.template.resource(b.id(t)) != null) {
                        groups.computeIfAbsent("#instances", k -> new Targets("Instances", "instance", new ArrayList<>(),
                                port)).nodes().add(t);
                    }
                }
                case "ecs", "fargate" -> {
                    if (b.template.resource(b.id(t)) != null) {
                        groups.putIfAbsent(t.id(), new Targets(b.id(t), "ip", List.of(t), port));
                    }
                }
                case "lambda" -> groups.putIfAbsent(t.id(), new Targets(b.id(t), "lambda", List.of(t), port));
                default -> throw Build.unexpressed(lb, t);
            }
        }
        List<String> tgIds = new ArrayList<>();
        for (Targets targets : groups.values()) {
            String name = groups.size() == 1 ? "TargetGroup" : targets.name() + "TargetGroup";
            Resource tg = b.add(lb, name, "AWS::ElasticLoadBalancingV2::TargetGroup")
                    .set("TargetType", targets.type())
                    .set("Tags", b.nameTag(lb));
            if (!targets.type().equals("lambda")) {
                tg.set("Port", targets.port())
                        .set("Protocol", alb ? "HTTP" : targetProtocol(b, lb))
                        .set("VpcId", b.ref(vpc));
                if (alb) {
                    tg.set("HealthCheckPath", healthPath(b, targets.nodes().get(0)))
                            .set("Matcher", Json.obj("HttpCode", "200-399"));
                }
            }
            switch (targets.type()) {
                case "instance" -> {
                    Node first = targets.nodes().get(0);
                    if (first.type().equals(NodeTypes.AUTO_SCALING_GROUP)) {
                        Resource group = b.template.resource(b.id(first));
                        @SuppressWarnings("unchecked")
                        List<Object> arns = group.get("TargetGroupARNs") == null ? new ArrayList<>()
                                : new ArrayList<>((List<Object>) group.get("TargetGroupARNs"));
                        arns.add(tg.ref());
                        group.set("TargetGroupARNs", arns);
                    } else {
                        List<Object> list = new ArrayList<>();
                        targets.nodes().forEach(n -> list.add(Json.obj("Id", b.ref(n), "Port", targets.port())));
                        tg.set("Targets", list);
                    }
                }
                case "ip" -> ContainerTargets.attach(b, targets.nodes().get(0), tg, targets.port());
                case "lambda" -> {
                    Node fn = targets.nodes().get(0);
                    Resource permission = Invocations.permission(b, fn, b.id(lb) + "Invoke",
                            "elasticloadbalancing.amazonaws.com", null);
                    permission.set("SourceArn", null);
                    tg.set("Targets", Json.list(Json.obj("Id", Fn.getAtt(b.id(fn), "Arn"))))
                            .dependsOn(permission.logicalId());
                }
                default -> throw new IllegalStateException(targets.type());
            }
            tgIds.add(tg.logicalId());
        }
        listeners(lb, b, balancer, tgIds, new ArrayList<>(groups.values()));
    }

    /** The path the targets answer: the software's health check on instances and groups, the container's own. */
    private static String healthPath(Build b, Node target) {
        List<Node> servers = new ArrayList<>(List.of(target));
        if (target.type().equals(NodeTypes.AUTO_SCALING_GROUP)) {
            servers.addAll(Instances.inGroup(target, b));
        }
        String path = b.palette.entryOf(target).flatMap(e -> e.property("healthCheckPath")).isPresent()
                ? ServerSoftware.healthPath(b, servers) : "/";
        return BootScript.SAFE_PATH.matcher(path).matches() ? path : "/";
    }

    private static int targetPort(Build b, Node lb, Node target, Link link) {
        if (lb.props().has("targetPort")) {
            return (int) b.integer(lb, "targetPort");
        }
        return Ports.of(b, target, link.edge());
    }

    private static String targetProtocol(Build b, Node lb) {
        String listener = b.string(lb, "listenerProtocol");
        return listener.equals("TLS") ? "TCP" : listener;
    }

    private static void listeners(Node lb, Build b, Resource balancer, List<String> tgIds, List<Targets> groups) {
        boolean alb = lb.type().equals("alb");
        Object forward = tgIds.isEmpty() ? null
                : Json.list(Json.obj("Type", "forward", "TargetGroupArn", Fn.ref(tgIds.get(0))));
        if (alb) {
            Object fallback = forward != null ? forward : Json.list(Json.obj("Type", "fixed-response",
                    "FixedResponseConfig", Json.obj("StatusCode", "503", "ContentType", "text/plain",
                            "MessageBody", "No targets are drawn behind this load balancer")));
            boolean https = "HTTPS".equals(b.string(lb, "listenerProtocol"));
            Resource main;
            if (https) {
                main = b.add(lb, "HttpsListener", "AWS::ElasticLoadBalancingV2::Listener")
                        .set("LoadBalancerArn", balancer.ref())
                        .set("Port", 443)
                        .set("Protocol", "HTTPS")
                        .set("SslPolicy", TLS_POLICY)
                        .set("Certificates", Json.list(Json.obj("CertificateArn", Certificates.certificate(b, lb))))
                        .set("DefaultActions", fallback);
                b.add(lb, "HttpListener", "AWS::ElasticLoadBalancingV2::Listener")
                        .set("LoadBalancerArn", balancer.ref())
                        .set("Port", 80)
                        .set("Protocol", "HTTP")
                        .set("DefaultActions", Json.list(Json.obj("Type", "redirect", "RedirectConfig",
                                Json.obj("Protocol", "HTTPS", "Port", "443", "StatusCode", "HTTP_301"))));
            } else {
                main = b.add(lb, "HttpListener", "AWS::ElasticLoadBalancingV2::Listener")
                        .set("LoadBalancerArn", balancer.ref())
                        .set("Port", 80)
                        .set("Protocol", "HTTP")
                        .set("DefaultActions", fallback);
            }
            for (int i = 1; i < tgIds.size(); i++) {
                String path = "/" + LogicalIds.kebab(groups.get(i).name()) + "/*";
                b.add(lb, groups.get(i).name() + "Rule", "AWS::ElasticLoadBalancingV2::ListenerRule")
                        .set("ListenerArn", main.ref())
                        .set("Priority", 10 * i)
                        .set("Conditions", Json.list(Json.obj("Field", "path-pattern",
                                "PathPatternConfig", Json.obj("Values", Json.list(path)))))
                        .set("Actions", Json.list(Json.obj("Type", "forward", "TargetGroupArn", Fn.ref(tgIds.get(i)))));
                b.note(Build.text("loadBalancer.note.pathRouted", b.id(lb), path, groups.get(i).name()));
            }
            registerListener(b, groups, main);
        } else {
            String protocol = b.string(lb, "listenerProtocol");
            if (forward == null) {
                Resource empty = b.add(lb, "TargetGroup", "AWS::ElasticLoadBalancingV2::TargetGroup")
                        .set("TargetType", "instance")
                        .set("Port", (int) b.integer(lb, "targetPort"))
                        .set("Protocol", targetProtocol(b, lb))
                        .set("VpcId", b.ref(b.network.vpcOf(lb).orElseThrow()));
                forward = Json.list(Json.obj("Type", "forward", "TargetGroupArn", empty.ref()));
            }
            Resource listener = b.add(lb, "Listener", "AWS::ElasticLoadBalancingV2::Listener")
                    .set("LoadBalancerArn", balancer.ref())
                    .set("Port", (int) b.integer(lb, "listenerPort"))
                    .set("Protocol", protocol)
                    .set("DefaultActions", forward);
            if (protocol.equals("TLS")) {
                listener.set("SslPolicy", TLS_POLICY)
                        .set("Certificates", Json.list(Json.obj("CertificateArn", Certificates.certificate(b, lb))));
            }
            for (int i = 1; i < groups.size(); i++) {
                b.note(Build.text("loadBalancer.note.nlbOneTargetGroup", b.id(lb), groups.get(i).name()));
            }
            registerListener(b, groups, listener);
        }
    }

    /** ECS services must wait for the listener that attaches their target group. */
    private static void registerListener(Build b, List<Targets> groups, Resource listener) {
        for (Targets t : groups) {
            if (t.type().equals("ip")) {
                Resource service = b.template.resource(b.id(t.nodes().get(0)));
                if (service != null) {
                    service.dependsOn(listener.logicalId());
                }
            }
        }
    }

}
