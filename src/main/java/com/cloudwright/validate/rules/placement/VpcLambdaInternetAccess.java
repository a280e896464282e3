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
import com.cloudwright.validate.ServiceKinds;
import com.cloudwright.validate.Severity;
import com.cloudwright.validate.Topology;
import com.cloudwright.validate.rules.VpcEgress;
import com.google.auto.service.AutoService;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * CW-P010 (seed 001, public subnet condition 3: a public IP): a Lambda function attached to a
 * public subnet gets no public IP, so it cannot reach the internet or AWS services through the
 * internet gateway; only a NAT gateway (from a private subnet) or a VPC endpoint gets it out.
 */
@AutoService(Rule.class)
public final class VpcLambdaInternetAccess extends AbstractRule {

    public VpcLambdaInternetAccess() {
        super("CW-P010", Severity.WARNING, Pillar.RELIABILITY,
                "https://docs.aws.amazon.com/lambda/latest/dg/configuration-vpc-internet.html");
    }

    @Override
    public List<Problem> check(RuleContext ctx) {
        Topology t = ctx.topology();
        List<Problem> out = new ArrayList<>();
        for (Node lambda : ctx.diagram().nodesOfType(ServiceKinds.LAMBDA)) {
            Node subnet = t.place(lambda).subnet();
            if (subnet == null || !t.isPublic(subnet)) {
                continue;
            }
            Node vpc = t.place(lambda).vpc();
            Set<Node> callees = new LinkedHashSet<>();
            Set<Edge> edges = new LinkedHashSet<>();
            // A NAT gateway does not help here: the public subnet routes to the internet gateway.
            for (Link link : VpcEgress.unservedCalls(t, vpc, lambda, false)) {
                callees.add(link.callee());
                edges.add(link.edge());
            }
            if (!callees.isEmpty()) {
                out.add(problem(List.of(lambda, subnet), edges, null, ctx.name(lambda), ctx.name(subnet),
                        ctx.descriptions(callees)));
            }
        }
        return out;
    }

    @Override
    public List<QuickFix> quickFixes(Problem problem, RuleContext ctx) {
        Topology t = ctx.topology();
        Node lambda = problem.node().flatMap(ctx.diagram()::node).orElse(null);
        if (lambda == null || t.place(lambda).vpc() == null) {
            return List.of();
        }
        return Fixes.subnet(ctx, t.place(lambda).vpc(), t.azOf(lambda), false, null).map(target -> {
            String title = text("fix.move", ctx.name(lambda), ctx.name(target));
            return List.of(new QuickFix(info().id(), title, Fixes.moveInto(ctx, lambda, target, title)));
        }).orElse(List.of());
    }
}
