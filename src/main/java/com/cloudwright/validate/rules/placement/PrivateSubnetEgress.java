package com.cloudwright.validate.rules.placement;

import com.cloudwright.model.net.Link;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import com.cloudwright.validate.AbstractRule;
import com.cloudwright.validate.Fixes;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * CW-P008: resources in a private subnet that call the internet or regional services need a
 * NAT gateway in the VPC or a VPC endpoint for the service.
 */
@AutoService(Rule.class)
public final class PrivateSubnetEgress extends AbstractRule {

    public PrivateSubnetEgress() {
        super("CW-P008", Severity.WARNING, Pillar.RELIABILITY,
                "https://docs.aws.amazon.com/vpc/latest/userguide/nat-gateway-scenarios.html");
    }

    @Override
    public List<Problem> check(RuleContext ctx) {
        Topology t = ctx.topology();
        List<Problem> out = new ArrayList<>();
        for (Node vpc : t.vpcs()) {
            boolean hasNat = !t.publicNatGateways(vpc).isEmpty();
            for (Node subnet : t.privateSubnets(vpc)) {
                Set<Node> callers = new LinkedHashSet<>();
                Set<Node> callees = new LinkedHashSet<>();
                Set<Edge> edges = new LinkedHashSet<>();
                for (Node resource : t.drawnIn(subnet)) {
                    for (Link link : VpcEgress.unservedCalls(t, vpc, resource, hasNat)) {
                        callers.add(resource);
                        callees.add(link.callee());
                        edges.add(link.edge());
                    }
                }
                if (!callers.isEmpty()) {
                    List<Node> nodes = new ArrayList<>(List.of(subnet));
                    nodes.addAll(callers);
                    out.add(problem(nodes, edges, null, ctx.name(subnet), ctx.names(List.copyOf(callers)),
                            ctx.descriptions(callees), ctx.name(vpc)));
                }
            }
        }
        return out;
    }

    @Override
    public List<QuickFix> quickFixes(Problem problem, RuleContext ctx) {
        Topology t = ctx.topology();
        Node subnet = problem.node().flatMap(ctx.diagram()::node).orElse(null);
        if (subnet == null || t.place(subnet).vpc() == null) {
            return List.of();
        }
        Node vpc = t.place(subnet).vpc();
        List<QuickFix> fixes = new ArrayList<>();
        Fixes.subnet(ctx, vpc, t.azOf(subnet), true, null).ifPresent(pub ->
                fixes.add(VpcEgress.addNatGateway(ctx, info().id(), pub, text("fix.nat", ctx.name(pub)))));
        Set<Node> services = new LinkedHashSet<>();
        for (Node resource : t.drawnIn(subnet)) {
            for (Link link : VpcEgress.unservedCalls(t, vpc, resource, false)) {
                if (t.isOutsideVpcService(link.callee())) {
                    services.add(link.callee());
                }
            }
        }
        if (!services.isEmpty()) {
            fixes.add(VpcEgress.addEndpoint(ctx, info().id(), vpc, List.copyOf(services),
                    text("fix.endpoint", ctx.name(vpc), ctx.descriptions(services))));
        }
        return fixes;
    }
}
