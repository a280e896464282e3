package com.cloudwright.cfn;

import com.cloudwright.io.DiagramFormatException;
import com.cloudwright.io.DiagramReader;
import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * CloudFront reaches an HTTPS load balancer over HTTPS, by a name the balancer's certificate
 * covers: its own elb.amazonaws.com name cannot carry a certificate, so CloudFront would fail
 * every TLS handshake with it.
 */
class HttpsOriginTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    @SuppressWarnings("unchecked")
    void aDrawnZoneNamesTheBalancerAndItsCertificateCoversThatName() throws Exception {
        ObjectNode doc = lampWithHttpsBalancer();
        addCertificate(doc);
        Fixtures.Parsed t = DrawnNotDroppedTest.export(read(doc));

        Map<?, ?> origin = albOrigin(t);
        Map<?, ?> config = (Map<?, ?>) origin.get("CustomOriginConfig");
        assertThat(config.get("OriginProtocolPolicy")).isEqualTo("https-only");
        assertThat(config.get("OriginSSLProtocols")).isEqualTo(List.of("TLSv1.2"));
        Map<?, ?> name = Fixtures.sub("public-alb.${Route53DomainName}");
        assertThat(origin.get("DomainName")).isEqualTo(name);

        Map<String, Object> record = t.props("Route53PublicALBRecord");
        assertThat(record.get("Name")).isEqualTo(name);
        assertThat(record.get("HostedZoneId")).isEqualTo(Fixtures.ref("Route53HostedZoneId"));
        assertThat(record.get("AliasTarget")).isEqualTo(Map.of("DNSName", Fixtures.getAtt("PublicALB", "DNSName"),
                "HostedZoneId", Fixtures.getAtt("PublicALB", "CanonicalHostedZoneID"), "EvaluateTargetHealth", true));

        Map<String, Object> certificate = t.props("Cert");
        assertThat(certificate.get("DomainName")).isEqualTo(Fixtures.ref("Route53DomainName"));
        assertThat(certificate.get("SubjectAlternativeNames")).isEqualTo(List.of(name));
        assertThat((List<Object>) certificate.get("DomainValidationOptions")).hasSize(2)
                .contains(Map.of("DomainName", name, "HostedZoneId", Fixtures.ref("Route53HostedZoneId")));

        List<?> ingress = (List<?>) t.props("PublicALBSecurityGroup").get("SecurityGroupIngress");
        assertThat(ingress).singleElement().satisfies(rule -> {
            assertThat(((Map<?, ?>) rule).get("FromPort")).isEqualTo(443);
            assertThat(((Map<?, ?>) rule).get("SourcePrefixListId"))
                    .isEqualTo(Fixtures.ref("CloudFrontOriginFacingPrefixListId"));
        });
        assertThat(t.section("Parameters")).doesNotContainKey("PublicALBOriginDomainName");
    }

    @Test
    @SuppressWarnings("unchecked")
    void withoutAZoneTheNameIsARequiredParameter() throws Exception {
        ObjectNode doc = lampWithHttpsBalancer();
        ArrayNode nodes = (ArrayNode) doc.get("nodes");
        for (int i = nodes.size() - 1; i >= 0; i--) {
            if (nodes.get(i).get("type").asText().equals("route53")) {
                nodes.remove(i);
            }
        }
        ArrayNode edges = (ArrayNode) doc.get("edges");
        for (int i = edges.size() - 1; i >= 0; i--) {
            if (edges.get(i).get("from").asText().equals("route53") || edges.get(i).get("to").asText().equals("route53")) {
                edges.remove(i);
            }
        }
        Fixtures.Parsed t = DrawnNotDroppedTest.export(read(doc));

        assertThat(albOrigin(t).get("DomainName")).isEqualTo(Fixtures.ref("PublicALBOriginDomainName"));
        Map<String, Object> parameter = (Map<String, Object>) t.section("Parameters").get("PublicALBOriginDomainName");
        assertThat(parameter).doesNotContainKey("Default");
        assertThat(parameter.get("Description").toString()).contains("covered by its certificate");
        assertThat(t.text()).contains("PublicALBOriginDomainName: point that name at the load balancer");
    }

    @Test
    void anHttpBalancerIsReachedByItsOwnNameOverHttp() {
        Fixtures.Parsed t = DrawnNotDroppedTest.export(DrawnNotDroppedTest.read("05-highly-available-lamp"));
        Map<?, ?> origin = albOrigin(t);
        assertThat(origin.get("DomainName")).isEqualTo(Fixtures.getAtt("PublicALB", "DNSName"));
        assertThat(((Map<?, ?>) origin.get("CustomOriginConfig")).get("OriginProtocolPolicy")).isEqualTo("http-only");
        assertThat(t.resources()).doesNotContainKey("Route53PublicALBRecord");
    }

    private static Map<?, ?> albOrigin(Fixtures.Parsed t) {
        Map<?, ?> config = (Map<?, ?>) t.props("CloudFront").get("DistributionConfig");
        return ((List<?>) config.get("Origins")).stream().map(o -> (Map<?, ?>) o)
                .filter(o -> "PublicALB".equals(o.get("Id"))).findFirst().orElseThrow();
    }

    private static ObjectNode lampWithHttpsBalancer() throws IOException {
        ObjectNode doc = (ObjectNode) JSON.readTree(Files.readString(Path.of("examples/05-highly-available-lamp.cwd.json")));
        for (var n : doc.get("nodes")) {
            if (n.get("id").asText().equals("alb")) {
                ((ObjectNode) n.get("props")).put("listenerProtocol", "HTTPS");
            }
        }
        return doc;
    }

    private static void addCertificate(ObjectNode doc) {
        ObjectNode cert = ((ArrayNode) doc.get("nodes")).addObject();
        cert.put("id", "cert").put("type", "acm").put("parent", "region").put("x", 400).put("y", 100)
                .put("w", 64).put("h", 64);
        ((ArrayNode) doc.get("edges")).addObject().put("id", "c1").put("from", "cert").put("to", "alb");
        ((ArrayNode) doc.get("edges")).addObject().put("id", "c2").put("from", "cert").put("to", "route53");
    }

    private static Diagram read(ObjectNode doc) throws IOException, DiagramFormatException {
        return new DiagramReader(Palette.bundled()).read(JSON.writeValueAsBytes(doc), "test");
    }
}
