package com.cloudwright.cfn;

import com.cloudwright.model.net.Link;
import com.cloudwright.model.Node;
import com.google.auto.service.AutoService;
import java.util.Set;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * CloudFront, Route 53 and WAF. A distribution's origins are the services it has edges to: a
 * bucket through an origin access control (and the bucket policy that admits only this
 * distribution), a load balancer, API or instance as a custom origin. Route 53 writes alias
 * records to what it points at, in a hosted zone and for a domain given as parameters. WAF
 * protects what it is drawn next to with AWS's managed rule groups and a rate limit.
 */
@AutoService(Mapper.class)
public final class EdgeMapper implements Mapper {

    /** CloudFront's hosted zone id, the same for every distribution (an alias target constant). */
    static final String CLOUDFRONT_ZONE = "Z2FDTNDATAQYW2";
    static final String CACHING_OPTIMIZED = "658327ea-f89d-4fab-a63d-7e88639e58f6";
    static final String CACHING_DISABLED = "4135ea2d-6df8-44a3-9df3-4b5a84be39ad";
    static final String ALL_VIEWER_EXCEPT_HOST = "b689b0a8-53d0-40ab-baf2-68738e2966ac";

    public EdgeMapper() {
        // found by ServiceLoader
    }

    @Override
    public Set<String> paletteIds() {
        return Set.of("cloudfront", "route53", "waf");
    }

    @Override
    public Set<String> resourceTypes() {
        return Set.of("AWS::CloudFront::Distribution", "AWS::CloudFront::OriginAccessControl",
                "AWS::Route53::HostedZone", "AWS::Route53::RecordSet",
                "AWS::WAFv2::WebACL", "AWS::WAFv2::WebACLAssociation");
    }

    @Override
    public WiringStage wiringStage(String paletteId) {
        return switch (paletteId) {
            case "cloudfront" -> WiringStage.DISTRIBUTION;
            case "route53" -> WiringStage.DNS;
            case "waf" -> WiringStage.FIREWALL;
            default -> WiringStage.DEFAULT;
        };
    }

    @Override
    public void declare(Node node, Build b) {
        switch (node.type()) {
            case "cloudfront", "route53", "waf" -> {
                // declared while wiring: it needs the other nodes' resources
            }
            default -> throw new IllegalArgumentException(node.type() + " is not mapped by EdgeMapper");
        }
    }

    @Override
    public void wire(Node node, Build b) {
        switch (node.type()) {
            case "cloudfront" -> cloudfront(node, b);
            case "route53" -> Route53Records.map(node, b);
            case "waf" -> waf(node, b);
            default -> throw new IllegalArgumentException(node.type() + " is not mapped by EdgeMapper");
        }
    }

    // ---- CloudFront ----------------------------------------------------------------------------

    private record Origin(String id, Map<String, Object> spec, boolean dynamic, Node node) {
    }

    private static void cloudfront(Node node, Build b) {
        String id = b.id(node);
        List<Origin> origins = new ArrayList<>();
        Resource oac = null;
        List<Node> targets = new ArrayList<>();
        for (Link l : b.linksFrom(node)) {
            if (!targets.contains(l.callee()) && !l.callee().type().equals("waf") && b.expresses(node, l.callee())) {
                targets.add(l.callee());
            }
        }
        targets.sort(Comparator.comparing(b::id));
        for (Node t : targets) {
            String tid = b.id(t);
            Resource r = b.template.resource(tid);
            if (r == null) {
                b.note(Build.text("edge.note.originMadeNoResource", id, tid));
                continue;
            }
            switch (r.type()) {
                case "AWS::S3::Bucket" -> {
                    if (oac == null) {
                        oac = b.add(node, "OriginAccessControl", "AWS::CloudFront::OriginAccessControl")
                                .set("OriginAccessControlConfig", Json.obj(
                                        "Name", Fn.sub("${AWS::StackName}-" + LogicalIds.kebab(id)),
                                        "OriginAccessControlOriginType", "s3",
                                        "SigningBehavior", "always",
                                        "SigningProtocol", "sigv4"));
                    }
                    origins.add(new Origin(tid, Json.obj("Id", tid, "DomainName", r.att("RegionalDomainName"),
                            "S3OriginConfig", Json.obj("OriginAccessIdentity", ""),
                            "OriginAccessControlId", oac.att("Id")), false, t));
                    b.policies.bucket(t, ResourcePolicies.allowService("cloudfront.amazonaws.com", "s3:GetObject",
                            Fn.sub("${" + tid + ".Arn}/*"),
                            Fn.sub("arn:${AWS::Partition}:cloudfront::${AWS::AccountId}:distribution/${" + id + "}")));
                }
                case "AWS::ElasticLoadBalancingV2::LoadBalancer" -> {
                    boolean https = HttpsOrigins.listensOnHttps(b, t);
                    int nlbPort = t.type().equals("nlb") ? (int) b.integer(t, "listenerPort") : 0;
                    origins.add(new Origin(tid, custom(tid, https ? HttpsOrigins.name(b, t) : r.att("DNSName"),
                            https ? "https-only" : "http-only", nlbPort > 0 ? nlbPort : 80, nlbPort > 0 ? nlbPort : 443),
                            true, t));
                }
                case "AWS::ApiGateway::RestApi" -> {
                    Map<String, Object> spec = custom(tid,
                            Fn.sub("${" + tid + "}.execute-api.${AWS::Region}.${AWS::URLSuffix}"), "https-only");
                    spec.put("OriginPath", "/" + ApiStages.STAGE);
                    origins.add(new Origin(tid, spec, true, t));
                }
                case "AWS::ApiGatewayV2::Api" -> origins.add(new Origin(tid, custom(tid,
                        Fn.sub("${" + tid + "}.execute-api.${AWS::Region}.${AWS::URLSuffix}"), "https-only"), true, t));
                case "AWS::EC2::Instance" -> {
                    origins.add(new Origin(tid, custom(tid, r.att("PublicDnsName"), "http-only"), true, t));
                    b.note(Build.text("edge.note.instanceOriginNeedsPublicIp", id, tid));
                }
                default -> throw Build.unexpressed(node, t);
            }
        }
        if (origins.isEmpty()) {
            b.notMapped(node, Build.text("edge.reason.distributionNeedsOrigin"));
            return;
        }
        Origin main = origins.stream().filter(Origin::dynamic).findFirst().orElse(origins.get(0));
        String viewer = b.string(node, "viewerProtocolPolicy");
        List<Object> behaviors = new ArrayList<>();
        for (Origin o : origins) {
            if (o != main) {
                Map<String, Object> behavior = behavior(o, viewer);
                behavior.put("PathPattern", "/" + LogicalIds.kebab(o.id()) + "/*");
                behaviors.add(behavior);
                b.note(Build.text("edge.note.pathRouted", id, LogicalIds.kebab(o.id()), o.id()));
            }
        }
        Map<String, Object> config = Json.obj(
                "Enabled", true,
                "Comment", node.displayLabel(),
                "HttpVersion", "http2and3",
                "IPV6Enabled", b.bool(node, "ipv6"),
                "PriceClass", b.string(node, "priceClass"),
                "DefaultRootObject", main.dynamic() ? null : "index.html",
                "Origins", origins.stream().map(o -> (Object) o.spec()).toList(),
                "DefaultCacheBehavior", behavior(main, viewer),
                "CacheBehaviors", behaviors);
        List<Object> aliases = new ArrayList<>();
        for (Node dns : Route53Records.zonesAliasing(node, b)) {
            Object name = Route53Records.recordNames(dns, b).get(node.id());
            if (name != null) {
                aliases.add(name);
            }
        }
        if (!aliases.isEmpty()) {
            config.put("Aliases", aliases);
            config.put("ViewerCertificate", Json.obj("AcmCertificateArn", Certificates.certificate(b, node),
                    "SslSupportMethod", "sni-only", "MinimumProtocolVersion", "TLSv1.2_2021"));
        }
        for (Node waf : b.neighbours(node)) {
            if (waf.type().equals("waf")) {
                Optional<Resource> acl = webAcl(b, waf, "CLOUDFRONT");
                acl.ifPresent(a -> config.put("WebACLId", a.att("Arn")));
            }
        }
        b.primary(node, "AWS::CloudFront::Distribution")
                .set("DistributionConfig", config)
                .set("Tags", b.nameTag(node));
        b.template.output(id + "DomainName", "Domain name of " + node.displayLabel(), Fn.getAtt(id, "DomainName"));
    }

    private static Map<String, Object> custom(String id, Object domain, String protocol) {
        return custom(id, domain, protocol, 80, 443);
    }

    private static Map<String, Object> custom(String id, Object domain, String protocol, int http, int https) {
        return Json.obj("Id", id, "DomainName", domain, "CustomOriginConfig", Json.obj(
                "OriginProtocolPolicy", protocol, "HTTPPort", http, "HTTPSPort", https,
                "OriginSSLProtocols", Json.list("TLSv1.2")));
    }

    private static Map<String, Object> behavior(Origin o, String viewer) {
        Map<String, Object> b = Json.obj("TargetOriginId", o.id(), "ViewerProtocolPolicy", viewer, "Compress", true);
        if (o.dynamic()) {
            b.put("CachePolicyId", CACHING_DISABLED);
            b.put("OriginRequestPolicyId", ALL_VIEWER_EXCEPT_HOST);
            b.put("AllowedMethods", Json.list("GET", "HEAD", "OPTIONS", "PUT", "PATCH", "POST", "DELETE"));
        } else {
            b.put("CachePolicyId", CACHING_OPTIMIZED);
            b.put("AllowedMethods", Json.list("GET", "HEAD"));
        }
        return b;
    }

    // ---- WAF -----------------------------------------------------------------------------------

    /** The web ACL of a scope for a WAF node (a node protecting CloudFront and a regional service has two). */
    static Optional<Resource> webAcl(Build b, Node waf, String scope) {
        return b.template.resources().values().stream()
                .filter(r -> r.type().equals("AWS::WAFv2::WebACL") && waf.id().equals(r.nodeId())
                        && scope.equals(((Map<?, ?>) r.properties()).get("Scope")))
                .findFirst();
    }

    private static void waf(Node node, Build b) {
        List<Node> protectedNodes = b.neighbours(node).stream().sorted(Comparator.comparing(Node::id)).toList();
        boolean cloudfront = protectedNodes.stream().anyMatch(n -> n.type().equals("cloudfront"));
        boolean regional = protectedNodes.stream().anyMatch(n -> List.of("alb", "api-gateway", "cognito").contains(n.type()));
        if (!cloudfront && !regional) {
            if ("REGIONAL".equals(b.string(node, "scope"))) {
                regional = true;
            } else {
                cloudfront = true;
            }
        }
        if (cloudfront) {
            acl(node, b, "CLOUDFRONT", true);
            if (!b.region.equals("us-east-1")) {
                b.note(Build.text("edge.note.webAclForCloudFrontRegion", b.id(node), b.region));
            }
        }
        if (regional) {
            Resource acl = acl(node, b, "REGIONAL", !cloudfront);
            for (Node n : protectedNodes) {
                Object arn = switch (n.type()) {
                    case "alb" -> b.template.resource(b.id(n)) == null ? null : b.ref(n);
                    case "api-gateway" -> ApiStages.stageArn(b, n);
                    case "cognito" -> b.template.resource(b.id(n)) == null ? null : Fn.getAtt(b.id(n), "Arn");
                    default -> null;
                };
                if (arn == null && List.of("alb", "api-gateway", "cognito").contains(n.type())) {
                    b.note(Build.text("edge.note.webAclCannotProtect", b.id(node), b.id(n)));
                }
                if (arn != null) {
                    b.add(node, b.id(n) + "Association", "AWS::WAFv2::WebACLAssociation")
                            .set("ResourceArn", arn)
                            .set("WebACLArn", acl.att("Arn"));
                }
            }
        }
    }

    private static Resource acl(Node node, Build b, String scope, boolean primary) {
        String metric = b.id(node) + (primary ? "" : "Regional");
        Resource acl = primary ? b.primary(node, "AWS::WAFv2::WebACL") : b.add(node, "Regional", "AWS::WAFv2::WebACL");
        List<Object> rules = new ArrayList<>();
        rules.add(Json.obj("Name", "RateLimit", "Priority", 0, "Action", Json.obj("Block", Json.empty()),
                "Statement", Json.obj("RateBasedStatement", Json.obj("Limit", b.integer(node, "rateLimit"),
                        "AggregateKeyType", "IP")),
                "VisibilityConfig", visibility(metric + "RateLimit")));
        if (b.bool(node, "managedRules")) {
            int priority = 1;
            for (String group : List.of("AWSManagedRulesCommonRuleSet", "AWSManagedRulesKnownBadInputsRuleSet",
                    "AWSManagedRulesAmazonIpReputationList")) {
                rules.add(Json.obj("Name", group, "Priority", priority++, "OverrideAction", Json.obj("None", Json.empty()),
                        "Statement", Json.obj("ManagedRuleGroupStatement", Json.obj("VendorName", "AWS", "Name", group)),
                        "VisibilityConfig", visibility(metric + group)));
            }
        }
        return acl.set("Scope", scope)
                .set("DefaultAction", Json.obj("Allow", Json.empty()))
                .set("VisibilityConfig", visibility(metric))
                .set("Rules", rules)
                .set("Tags", b.nameTag(node));
    }

    private static Map<String, Object> visibility(String metric) {
        return Json.obj("SampledRequestsEnabled", true, "CloudWatchMetricsEnabled", true,
                "MetricName", metric.length() > 128 ? metric.substring(0, 128) : metric);
    }
}
