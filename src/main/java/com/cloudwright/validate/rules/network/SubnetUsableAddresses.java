package com.cloudwright.validate.rules.network;

import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.validate.AbstractRule;
import com.cloudwright.model.net.Cidr;
import com.cloudwright.validate.Pillar;
import com.cloudwright.validate.Problem;
import com.cloudwright.validate.Rule;
import com.cloudwright.validate.RuleContext;
import com.cloudwright.validate.Severity;
import com.google.auto.service.AutoService;

import java.util.ArrayList;
import java.util.List;

/** CW-N004: how many addresses each subnet leaves for resources (AWS reserves five). */
@AutoService(Rule.class)
public final class SubnetUsableAddresses extends AbstractRule {

    public SubnetUsableAddresses() {
        super("CW-N004", Severity.INFO, Pillar.PERFORMANCE_EFFICIENCY,
                "https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html");
    }

    @Override
    public List<Problem> check(RuleContext ctx) {
        List<Problem> out = new ArrayList<>();
        for (Node subnet : ctx.diagram().nodesOfType(NodeTypes.SUBNET)) {
            ctx.topology().cidr(subnet).ifPresent(c ->
                    out.add(problem(subnet, null, ctx.name(subnet), c, c.usableAddresses().toString(), c.size().toString(),
                            String.valueOf(Cidr.AWS_RESERVED_PER_SUBNET))));
        }
        return out;
    }
}
