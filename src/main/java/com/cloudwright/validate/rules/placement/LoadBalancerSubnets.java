package com.cloudwright.validate.rules.placement;

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
import com.google.auto.service.AutoService;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * CW-P007: an Application Load Balancer needs subnets in two AZs; an internet-facing load
 * balancer (ALB or NLB) uses public subnets only. An NLB in one AZ is CW-R001's business.
 */
@AutoService(Rule.class)
public final class LoadBalancerSubnets extends AbstractRule {

    public LoadBalancerSubnets() {
        super("CW-P007", Severity.ERROR, Pillar.RELIABILITY,
                "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/application-load-balancers.html#availability-zones");
    }

    @Override
    public List<Problem> check(RuleContext ctx) {
        Topology t = ctx.topology();
        List<Problem> out = new ArrayList<>();
        for (String type : List.of(ServiceKinds.ALB, ServiceKinds.NLB, ServiceKinds.CLB)) {
            for (Node lb : ctx.diagram().nodesOfType(type)) {
                if (t.place(lb).vpc() == null) {
                    continue;
                }
                List<Node> subnets = t.effectiveSubnets(lb);
                if (t.isInternetFacing(lb)) {
                    List<Node> privateOnes = subnets.stream().filter(s -> !t.isPublic(s)).toList();
                    if (!privateOnes.isEmpty()) {
                        List<Node> nodes = new ArrayList<>(List.of(lb));
                        nodes.addAll(privateOnes);
                        out.add(problem(nodes, List.of(), "private", ctx.describe(lb),
                                ctx.names(privateOnes)));
                        continue;
                    }
                }
                Set<String> azs = t.azsOf(subnets);
                if (ServiceKinds.ALB.equals(type) && azs.size() < 2) {
                    List<Node> nodes = new ArrayList<>(List.of(lb));
                    nodes.addAll(subnets);
                    out.add(problem(nodes, List.of(), t.isInternetFacing(lb) ? "oneAzPublic" : "oneAzInternal",
                            ctx.name(lb), azs.isEmpty() ? "-" : String.join(", ", azs)));
                }
            }
        }
        return out;
    }

    @Override
    public List<QuickFix> quickFixes(Problem problem, RuleContext ctx) {
        Topology t = ctx.topology();
        Node lb = problem.node().flatMap(ctx.diagram()::node).orElse(null);
        if (lb == null || !t.isInternetFacing(lb) || t.place(lb).vpc() == null) {
            return List.of();
        }
        Node drawnIn = t.place(lb).subnet();
        if (drawnIn == null || t.isPublic(drawnIn)) {
            return List.of();
        }
        return Fixes.subnet(ctx, t.place(lb).vpc(), t.azOf(drawnIn), true, null).map(target -> {
            String title = text("fix.move", ctx.name(lb), ctx.name(target));
            return List.of(new QuickFix(info().id(), title, Fixes.moveInto(ctx, lb, target, title)));
        }).orElse(List.of());
    }
}
