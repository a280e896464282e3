package com.cloudwright.cfn;

import com.cloudwright.model.Node;
import com.cloudwright.model.net.Link;

import java.util.ArrayList;
import java.util.List;

/**
 * CloudFront reaching a load balancer over HTTPS. CloudFront checks the origin's certificate
 * against the name it connects to, and no certificate can cover the balancer's own
 * {@code *.elb.amazonaws.com} name, so the origin is addressed by a name of the person's domain:
 * a record of a drawn public hosted zone (the zone writes one for the balancer when it only
 * aliases the distribution), else a name given as a parameter when the stack is deployed.
 */
final class HttpsOrigins {

    private HttpsOrigins() {
    }

    /** Whether the load balancer terminates TLS, with a drawn certificate or one given as a parameter. */
    static boolean listensOnHttps(Build b, Node lb) {
        return switch (lb.type()) {
            case "alb" -> "HTTPS".equals(b.string(lb, "listenerProtocol"));
            case "nlb" -> "TLS".equals(b.string(lb, "listenerProtocol"));
            default -> false;
        };
    }

    /** The HTTPS load balancers a distribution is drawn to use as origins. */
    static List<Node> balancersBehind(Build b, Node distribution) {
        List<Node> out = new ArrayList<>();
        for (Link l : b.linksFrom(distribution)) {
            Node t = l.callee();
            if (listensOnHttps(b, t) && b.expresses(distribution, t) && !out.contains(t)) {
                out.add(t);
            }
        }
        return out;
    }

    /** The name CloudFront connects to the balancer by, which its certificate must cover. */
    static Object name(Build b, Node lb) {
        for (Node dns : Route53Records.zonesAliasing(lb, b)) {
            if (!b.bool(dns, "privateZone")) {
                Object name = Route53Records.recordNames(dns, b).get(lb.id());
                if (name != null) {
                    return name;
                }
            }
        }
        b.note(Build.text("edge.note.originNameParameter", b.id(lb)));
        return b.parameter(new Template.Parameter(b.id(lb) + "OriginDomainName", "String",
                "DNS name CloudFront connects to " + lb.displayLabel() + " by over HTTPS: a record pointing at the "
                        + "load balancer, covered by its certificate (such as origin.example.com)",
                null, "^(?!-)[A-Za-z0-9.-]{1,253}$", List.of(), "a DNS name such as origin.example.com"));
    }
}
