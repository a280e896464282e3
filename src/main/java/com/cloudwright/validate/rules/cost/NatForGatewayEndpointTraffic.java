package com.cloudwright.validate.rules.cost;

import com.cloudwright.model.net.Link;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import com.cloudwright.palette.ServiceRole;
import com.cloudwright.validate.AbstractRule;
import com.cloudwright.validate.Pillar;
import com.cloudwright.validate.Problem;
import com.cloudwright.validate.QuickFix;
import com.cloudwright.validate.Rule;
import com.cloudwright.validate.RuleContext;
import com.cloudwright.validate.Severity;
import com.cloudwright.validate.Topology;
import com.cloudwright.validate.rules.VpcEgress;
import com.google.auto.service.AutoService;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CW-K004 (seed 000 6.2, gateway endpoints): private resources reach S3 or DynamoDB through a
 * NAT gateway, paying its per-GB processing charge, where a gateway VPC endpoint is free.
 */
@AutoService(Rule.class)
public final class NatForGatewayEndpointTraffic extends AbstractRule {

    public NatForGatewayEndpointTraffic() {
        super("CW-K004", Severity.INFO, Pillar.COST_OPTIMIZATION,
                "https://docs.aws.amazon.com/vpc/latest/privatelink/gateway-endpoints.html");
    }

    @Override
    public List<Problem> check(RuleContext ctx) {
        Topology t = ctx.topology();
        List<Problem> out = new ArrayList<>();
        for (Node vpc : t.vpcs()) {
            if (t.publicNatGateways(vpc).isEmpty()) {
                continue;
            }
            Map<Node, Set<Edge>> byService = servicesCalled(t, vpc);
            byService.forEach((service, edges) -> {
                List<Node> nodes = new ArrayList<>(List.of(service, vpc));
                edges.forEach(e -> ctx.diagram().node(e.from()).ifPresent(nodes::add));
                out.add(problem(nodes, edges, null, ctx.name(vpc), ctx.describe(service)));
            });
        }
        return out;
    }

    /** S3 / DynamoDB nodes that private resources of the VPC call with no endpoint serving them. */
    private static Map<Node, Set<Edge>> servicesCalled(Topology t, Node vpc) {
        Map<Node, Set<Edge>> out = new LinkedHashMap<>();
        for (Node subnet : t.privateSubnets(vpc)) {
            for (Node resource : t.drawnIn(subnet)) {
                for (Link l : t.linksFrom(resource)) {
                    Node callee = l.callee();
                    if (t.hasRole(callee, ServiceRole.GATEWAY_ENDPOINT_SERVICE) && !t.endpointServes(vpc, callee)) {
                        out.computeIfAbsent(callee, k -> new LinkedHashSet<>()).add(l.edge());
                    }
                }
            }
        }
        return out;
    }

    @Override
    public List<QuickFix> quickFixes(Problem problem, RuleContext ctx) {
        if (problem.nodeIds().size() < 2) {
            return List.of();
        }
        Node service = ctx.diagram().node(problem.nodeIds().get(0)).orElse(null);
        Node vpc = ctx.diagram().node(problem.nodeIds().get(1)).orElse(null);
        if (service == null || vpc == null) {
            return List.of();
        }
        return List.of(VpcEgress.addEndpoint(ctx, info().id(), vpc, List.of(service),
                text("fix.endpoint", ctx.name(vpc), ctx.describe(service))));
    }
}
