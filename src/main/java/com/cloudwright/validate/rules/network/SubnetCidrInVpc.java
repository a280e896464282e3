package com.cloudwright.validate.rules.network;

import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.validate.AbstractRule;
import com.cloudwright.model.net.Cidr;
import com.cloudwright.model.net.CidrFormatException;
import com.cloudwright.validate.Pillar;
import com.cloudwright.validate.Problem;
import com.cloudwright.validate.QuickFix;
import com.cloudwright.validate.Rule;
import com.cloudwright.validate.RuleContext;
import com.cloudwright.validate.Severity;
import com.cloudwright.validate.Topology;
import com.google.auto.service.AutoService;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** CW-N002: a subnet's CIDR is a valid IPv4 block from /16 to /28 inside its VPC's CIDR. */
@AutoService(Rule.class)
public final class SubnetCidrInVpc extends AbstractRule {

    public SubnetCidrInVpc() {
        super("CW-N002", Severity.ERROR, Pillar.RELIABILITY,
                "https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html");
    }

    @Override
    public List<Problem> check(RuleContext ctx) {
        Topology t = ctx.topology();
        List<Problem> out = new ArrayList<>();
        for (Node subnet : ctx.diagram().nodesOfType(NodeTypes.SUBNET)) {
            Optional<String> text = t.string(subnet, "cidr");
            Node vpc = t.place(subnet).vpc();
            if (text.isEmpty()) {
                continue;
            }
            Cidr cidr;
            try {
                cidr = Cidr.parse(text.get());
            } catch (CidrFormatException e) {
                out.add(problem(subnet, "invalid", ctx.name(subnet), e.getMessage()));
                continue;
            }
            if (!cidr.isIpv4()) {
                out.add(problem(subnet, "ipv6", ctx.name(subnet), cidr));
            } else if (cidr.prefix() < VpcCidrValid.LARGEST || cidr.prefix() > VpcCidrValid.SMALLEST) {
                out.add(problem(subnet, "size", ctx.name(subnet), cidr, cidr.prefix()));
            } else if (vpc != null) {
                t.cidr(vpc).filter(Cidr::isIpv4).ifPresent(vpcCidr -> {
                    if (!vpcCidr.contains(cidr)) {
                        out.add(problem(List.of(subnet, vpc), List.of(), "outside", ctx.name(subnet), cidr, ctx.name(vpc), vpcCidr));
                    }
                });
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
