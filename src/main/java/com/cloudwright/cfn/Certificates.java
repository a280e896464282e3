package com.cloudwright.cfn;

import com.cloudwright.model.Node;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Certificates and domain names that load balancers, distributions, certificates and DNS zones
 * share: one parameter per domain, the certificate drawn next to a node or else a parameter.
 */
final class Certificates {

    private Certificates() {
    }

    /** The drawn certificate, else a parameter for the ARN of one. */
    static Object certificate(Build b, Node owner) {
        Optional<Object> drawn = drawn(b, owner);
        if (drawn.isPresent()) {
            return drawn.get();
        }
        return b.parameter(new Template.Parameter(b.id(owner) + "CertificateArn", "String",
                "ARN of the ACM certificate for " + owner.displayLabel()
                        + (owner.type().equals("cloudfront") ? " (must be in us-east-1)" : " (same Region as the stack)"),
                null, "^arn:aws[a-z-]*:acm:[a-z0-9-]+:\\d{12}:certificate/.+$", List.of(),
                "an ACM certificate ARN"));
    }

    /** A certificate drawn next to the load balancer or distribution, usable from this template's Region. */
    static Optional<Object> drawn(Build b, Node owner) {
        for (Node n : b.neighbours(owner)) {
            if (n.type().equals("acm") && b.template.resource(b.id(n)) != null
                    && (!owner.type().equals("cloudfront") || b.region.equals("us-east-1"))) {
                return Optional.of(b.ref(n));
            }
        }
        return Optional.empty();
    }

    /**
     * The names, besides its domain, that the certificate's load balancers and distributions are
     * reached by: the records drawn public zones give them (a subdomain when a zone names several
     * things, and the name CloudFront reaches an HTTPS origin by). A certificate that does not
     * cover the name it is presented for fails every TLS handshake.
     */
    static List<Object> otherNamesServed(Build b, Node certificate, Object domain) {
        List<Object> out = new ArrayList<>();
        for (Node served : b.neighbours(certificate)) {
            if (!List.of("alb", "nlb", "cloudfront").contains(served.type())) {
                continue;
            }
            for (Node dns : Route53Records.zonesAliasing(served, b)) {
                Object name = b.bool(dns, "privateZone") ? null : Route53Records.recordNames(dns, b).get(served.id());
                if (name != null && !name.equals(domain) && !out.contains(name)) {
                    out.add(name);
                }
            }
        }
        return out;
    }

    /** The domain a hosted zone answers for, as a parameter defaulting to the drawn name. */
    static Object domainParameter(Node dns, Build b) {
        return b.parameter(new Template.Parameter(b.id(dns) + "DomainName", "String",
                "The domain name " + dns.displayLabel() + " answers for", b.string(dns, "domainName"),
                "^(?!-)[A-Za-z0-9.-]{1,253}$", List.of(), "a DNS name such as app.example.com"));
    }
}
