package com.cloudwright.validate.rules.network;

import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.validate.AbstractRule;
import com.cloudwright.validate.Pillar;
import com.cloudwright.validate.Problem;
import com.cloudwright.validate.QuickFix;
import com.cloudwright.validate.Rule;
import com.cloudwright.validate.RuleContext;
import com.cloudwright.validate.Severity;
import com.google.auto.service.AutoService;

import java.util.ArrayList;
import java.util.List;

/** CW-N008 (seed 000 5.1: a subnet's range is a subset of the VPC's): a subnet needs a CIDR block. */
@AutoService(Rule.class)
public final class SubnetWithoutCidr extends AbstractRule {

    public SubnetWithoutCidr() {
        super("CW-N008", Severity.WARNING, Pillar.OPERATIONAL_EXCELLENCE,
                "https://docs.aws.amazon.com/vpc/latest/userguide/create-subnets.html");
    }

    @Override
    public List<Problem> check(RuleContext ctx) {
        List<Problem> out = new ArrayList<>();
        for (Node subnet : ctx.diagram().nodesOfType(NodeTypes.SUBNET)) {
            if (ctx.topology().string(subnet, "cidr").isEmpty()) {
                out.add(problem(subnet, null, ctx.name(subnet)));
            }
        }
        return out;
    }

    @Override
    public List<QuickFix> quickFixes(Problem problem, RuleContext ctx) {
        return problem.node().flatMap(ctx.diagram()::node)
                .flatMap(subnet -> SubnetCidrs.nextFreeFix(ctx, info().id(), subnet,
                        free -> text("fix.next", ctx.name(subnet), free)))
                .map(List::of).orElse(List.of());
    }
}
