package com.cloudwright.validate.rules.network;

import com.cloudwright.model.Node;
import com.cloudwright.validate.AbstractRule;
import com.cloudwright.model.net.Cidr;
import com.cloudwright.model.net.Overlaps;
import com.cloudwright.validate.Pillar;
import com.cloudwright.validate.Problem;
import com.cloudwright.validate.QuickFix;
import com.cloudwright.validate.Rule;
import com.cloudwright.validate.RuleContext;
import com.cloudwright.validate.Severity;
import com.cloudwright.validate.Topology;
import com.google.auto.service.AutoService;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** CW-N003: subnet CIDRs of one VPC do not overlap. Sorted sweep: linear in subnets plus overlaps. */
@AutoService(Rule.class)
public final class SubnetCidrOverlap extends AbstractRule {

    public SubnetCidrOverlap() {
        super("CW-N003", Severity.ERROR, Pillar.RELIABILITY,
                "https://docs.aws.amazon.com/vpc/latest/userguide/configure-subnets.html#subnet-sizing");
    }

    private record Block(Node subnet, Cidr cidr, int order) {
    }

    @Override
    public List<Problem> check(RuleContext ctx) {
        Topology t = ctx.topology();
        Map<String, Integer> order = new HashMap<>();
        int i = 0;
        for (Node n : ctx.diagram().nodes()) {
            order.put(n.id(), i++);
        }
        List<Problem> out = new ArrayList<>();
        for (Node vpc : t.vpcs()) {
            List<Block> blocks = new ArrayList<>();
            for (Node s : t.subnets(vpc)) {
                t.cidr(s).filter(Cidr::isIpv4).ifPresent(c -> blocks.add(new Block(s, c, order.get(s.id()))));
            }
            for (Overlaps.Pair<Block> pair : Overlaps.of(blocks, Block::cidr)) {
                Block first = pair.first();
                Block second = pair.second();
                // Blame the subnet drawn later: it is the one most likely copied or mistyped.
                Block later = first.order() > second.order() ? first : second;
                Block earlier = later == first ? second : first;
                out.add(problem(List.of(later.subnet(), earlier.subnet()), List.of(), null,
                        ctx.name(later.subnet()), later.cidr(), ctx.name(earlier.subnet()), earlier.cidr(), ctx.name(vpc)));
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
