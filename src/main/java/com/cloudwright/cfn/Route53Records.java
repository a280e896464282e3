package com.cloudwright.cfn;

import com.cloudwright.coverage.CfnCoverage;
import com.cloudwright.model.net.Link;
import com.cloudwright.model.Node;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Route 53: a hosted zone (a parameter when public, a resource when private) and the alias
 * records that point its domain at what the drawing reaches through it.
 */
final class Route53Records {

    private Route53Records() {
    }

    private static int aliasRank(Node n) {
        return switch (n.type()) {
            case "cloudfront" -> 0;
            case "alb", "nlb" -> 1;
            default -> 2;
        };
    }

    /** Types a Route 53 record can point at, also when the drawing leaves the target implied. */
    private static final Set<String> ALIAS_TYPES = CfnCoverage.callees("route53").orElseThrow();

    /**
     * What the zone's records point at: the nodes it is drawn to call, else (the usual reference
     * drawing, clients → Route 53 beside clients → CloudFront) the public entry points its own
     * callers reach, since that is the name those clients resolved first. A public zone also
     * names the HTTPS load balancers behind the distributions it aliases, since CloudFront can
     * only reach those by a name their certificate covers.
     */
    static List<Node> aliasTargets(Node dns, Build b) {
        List<Node> targets = new ArrayList<>();
        for (Link l : b.linksFrom(dns)) {
            if (b.expresses(dns, l.callee()) && !targets.contains(l.callee())) {
                targets.add(l.callee());
            }
        }
        if (b.bool(dns, "privateZone")) {
            return targets;
        }
        if (targets.isEmpty()) {
            for (Link in : b.linksTo(dns)) {
                for (Link out : b.linksFrom(in.caller())) {
                    Node t = out.callee();
                    if (ALIAS_TYPES.contains(t.type()) && !targets.contains(t)) {
                        targets.add(t);
                    }
                }
            }
        }
        for (Node t : List.copyOf(targets)) {
            if (t.type().equals("cloudfront")) {
                for (Node lb : HttpsOrigins.balancersBehind(b, t)) {
                    if (!targets.contains(lb)) {
                        targets.add(lb);
                    }
                }
            }
        }
        return targets;
    }

    /** The Route 53 zones whose records point at the node. */
    static List<Node> zonesAliasing(Node target, Build b) {
        return b.nodesOfType("route53").stream().filter(dns -> aliasTargets(dns, b).contains(target)).toList();
    }

    /** The record name of each target: the first gets the domain itself, others a subdomain. */
    static Map<String, Object> recordNames(Node dns, Build b) {
        List<Node> targets = new ArrayList<>(aliasTargets(dns, b));
        targets.sort(Comparator.comparing(Route53Records::aliasRank).thenComparing(b::id));
        Object domain = Certificates.domainParameter(dns, b);
        Map<String, Object> out = new LinkedHashMap<>();
        for (int i = 0; i < targets.size(); i++) {
            Node t = targets.get(i);
            out.put(t.id(), i == 0 ? domain
                    : Fn.sub(LogicalIds.kebab(b.id(t)) + ".${" + ((Fn.Ref) domain).target() + "}"));
        }
        return out;
    }

    static void map(Node node, Build b) {
        String id = b.id(node);
        List<Node> targets = aliasTargets(node, b);
        if (targets.isEmpty() && !b.bool(node, "privateZone")) {
            b.notMapped(node, Build.text("edge.reason.hostedZoneUnconnected"));
            return;
        }
        Object zone;
        if (b.bool(node, "privateZone")) {
            List<Object> vpcs = new ArrayList<>();
            for (Node vpc : b.nodesOfType("vpc")) {
                vpcs.add(Json.obj("VPCId", b.ref(vpc), "VPCRegion", Fn.ref("AWS::Region")));
            }
            Resource hostedZone = b.primary(node, "AWS::Route53::HostedZone")
                    .set("Name", Certificates.domainParameter(node, b))
                    .set("VPCs", vpcs);
            zone = hostedZone.ref();
        } else {
            zone = b.parameter(Template.Parameter.of(id + "HostedZoneId", "AWS::Route53::HostedZone::Id",
                    "The public hosted zone of " + node.displayLabel(), null));
        }
        if (!"simple".equals(b.string(node, "routingPolicy"))) {
            b.note(Build.text("edge.note.route53RoutingPolicy", id, b.string(node, "routingPolicy")));
        }
        Map<String, Object> names = recordNames(node, b);
        if (b.linksFrom(node).isEmpty() && !targets.isEmpty()) {
            b.note(Build.text("edge.note.aliasImplied", id,
                    String.join(", ", targets.stream().map(b::id).sorted().toList())));
        }
        for (Node t : targets) {
            Object name = names.get(t.id());
            if (name == null) {
                continue;
            }
            names.remove(t.id());
            String tid = b.id(t);
            Resource r = b.template.resource(tid);
            String type = r == null ? "" : r.type();
            switch (type) {
                case "AWS::CloudFront::Distribution" -> {
                    for (String recordType : b.bool(t, "ipv6") ? List.of("A", "AAAA") : List.of("A")) {
                        b.add(node, tid + recordType + "Record", "AWS::Route53::RecordSet")
                                .set("HostedZoneId", zone)
                                .set("Name", name)
                                .set("Type", recordType)
                                .set("AliasTarget", Json.obj("DNSName", Fn.getAtt(tid, "DomainName"),
                                        "HostedZoneId", EdgeMapper.CLOUDFRONT_ZONE, "EvaluateTargetHealth", false));
                    }
                }
                case "AWS::ElasticLoadBalancingV2::LoadBalancer" -> b.add(node, tid + "Record", "AWS::Route53::RecordSet")
                        .set("HostedZoneId", zone)
                        .set("Name", name)
                        .set("Type", "A")
                        .set("AliasTarget", Json.obj("DNSName", Fn.getAtt(tid, "DNSName"),
                                "HostedZoneId", Fn.getAtt(tid, "CanonicalHostedZoneID"), "EvaluateTargetHealth", true));
                case "AWS::EC2::EIP" -> b.add(node, tid + "Record", "AWS::Route53::RecordSet")
                        .set("HostedZoneId", zone)
                        .set("Name", name)
                        .set("Type", "A")
                        .set("TTL", "300")
                        .set("ResourceRecords", Json.list(Fn.getAtt(tid, "PublicIp")));
                case "" -> b.note(Build.text("edge.note.noAliasRecord", id, tid));
                default -> throw Build.unexpressed(node, t);
            }
        }
        if (b.template.resource(id) == null && b.resourcesOf(node).isEmpty()) {
            b.notMapped(node, Build.text("edge.reason.hostedZoneWithoutRecords"));
        }
    }
}
