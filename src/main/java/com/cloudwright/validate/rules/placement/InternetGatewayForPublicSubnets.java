package com.cloudwright.validate.rules.placement;

import com.cloudwright.model.AddNode;
import com.cloudwright.model.Node;
import com.cloudwright.model.Props;
import com.cloudwright.model.RemoveElements;
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
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** CW-P006: public subnets need an internet gateway on their VPC; a VPC has at most one. */
@AutoService(Rule.class)
public final class InternetGatewayForPublicSubnets extends AbstractRule {

    public InternetGatewayForPublicSubnets() {
        super("CW-P006", Severity.ERROR, Pillar.RELIABILITY,
                "https://docs.aws.amazon.com/vpc/latest/userguide/VPC_Internet_Gateway.html");
    }

    @Override
    public List<Problem> check(RuleContext ctx) {
        Topology t = ctx.topology();
        List<Problem> out = new ArrayList<>();
        for (Node vpc : t.vpcs()) {
            List<Node> gateways = t.attachedToVpc(vpc, ServiceKinds.INTERNET_GATEWAY);
            List<Node> publicSubnets = t.publicSubnets(vpc);
            if (gateways.isEmpty() && !publicSubnets.isEmpty()) {
                List<Node> nodes = new ArrayList<>(List.of(vpc));
                nodes.addAll(publicSubnets);
                out.add(problem(nodes, List.of(), "missing", ctx.name(vpc), ctx.names(publicSubnets)));
            } else if (gateways.size() > 1) {
                List<Node> nodes = new ArrayList<>(List.of(vpc));
                nodes.addAll(gateways);
                out.add(problem(nodes, List.of(), "tooMany", ctx.name(vpc), gateways.size()));
            }
        }
        return out;
    }

    @Override
    public List<QuickFix> quickFixes(Problem problem, RuleContext ctx) {
        Node vpc = problem.node().flatMap(ctx.diagram()::node).orElse(null);
        if (vpc == null) {
            return List.of();
        }
        List<Node> gateways = ctx.topology().attachedToVpc(vpc, ServiceKinds.INTERNET_GATEWAY);
        if (gateways.isEmpty()) {
            String title = text("fix.add", ctx.name(vpc));
            return List.of(new QuickFix(info().id(), title, Fixes.step(title, new AddNode(Fixes.newNode(ctx, ServiceKinds.INTERNET_GATEWAY, vpc, null,
                    null, Props.EMPTY, List.of(), List.of())))));
        }
        if (gateways.size() > 1) {
            Set<String> extra = new LinkedHashSet<>();
            gateways.subList(1, gateways.size()).forEach(g -> extra.add(g.id()));
            return List.of(fix("removeExtra", new RemoveElements(extra), ctx.name(gateways.get(0))));
        }
        return List.of();
    }
}
