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

/** CW-P005: a public NAT gateway sits in a public subnet (its traffic leaves through the internet gateway). */
@AutoService(Rule.class)
public final class NatGatewayInPublicSubnet extends AbstractRule {

    public NatGatewayInPublicSubnet() {
        super("CW-P005", Severity.ERROR, Pillar.RELIABILITY,
                "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-nat-gateway.html");
    }

    @Override
    public List<Problem> check(RuleContext ctx) {
        Topology t = ctx.topology();
        List<Problem> out = new ArrayList<>();
        for (Node nat : ctx.diagram().nodesOfType(ServiceKinds.NAT_GATEWAY)) {
            Node subnet = t.place(nat).subnet();
            if (subnet != null && !t.isPublic(subnet) && t.isPublicNat(nat)) {
                out.add(problem(List.of(nat, subnet), List.of(), null, ctx.name(nat), ctx.name(subnet)));
            }
        }
        return out;
    }

    @Override
    public List<QuickFix> quickFixes(Problem problem, RuleContext ctx) {
        Topology t = ctx.topology();
        Node nat = problem.node().flatMap(ctx.diagram()::node).orElse(null);
        if (nat == null || t.place(nat).vpc() == null) {
            return List.of();
        }
        return Fixes.subnet(ctx, t.place(nat).vpc(), t.azOf(nat), true, null).map(target -> {
            String title = text("fix.move", ctx.name(nat), ctx.name(target));
            return List.of(new QuickFix(info().id(), title, Fixes.moveInto(ctx, nat, target, title)));
        }).orElse(List.of());
    }
}
