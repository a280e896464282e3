package com.cloudwright.validate.rules.network;

import com.cloudwright.model.Node;
import com.cloudwright.validate.AbstractRule;
import com.cloudwright.model.net.Cidr;
import com.cloudwright.validate.Pillar;
import com.cloudwright.validate.Problem;
import com.cloudwright.validate.Rule;
import com.cloudwright.validate.RuleContext;
import com.cloudwright.validate.ServiceKinds;
import com.cloudwright.validate.Severity;
import com.cloudwright.validate.Topology;
import com.google.auto.service.AutoService;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** CW-N005: VPCs joined by a peering or a transit gateway have CIDRs that do not overlap. */
@AutoService(Rule.class)
public final class ConnectedVpcCidrOverlap extends AbstractRule {

    public ConnectedVpcCidrOverlap() {
        super("CW-N005", Severity.ERROR, Pillar.RELIABILITY,
                "https://docs.aws.amazon.com/vpc/latest/peering/vpc-peering-basics.html#vpc-peering-limitations");
    }

    @Override
    public List<Problem> check(RuleContext ctx) {
        Topology t = ctx.topology();
        List<Problem> out = new ArrayList<>();
        for (String type : List.of(ServiceKinds.VPC_PEERING, ServiceKinds.TRANSIT_GATEWAY)) {
            for (Node connector : ctx.diagram().nodesOfType(type)) {
                List<Node> vpcs = t.vpcsJoinedBy(connector);
                for (int a = 0; a < vpcs.size(); a++) {
                    for (int b = a + 1; b < vpcs.size(); b++) {
                        Optional<Cidr> ca = t.cidr(vpcs.get(a));
                        Optional<Cidr> cb = t.cidr(vpcs.get(b));
                        if (ca.isPresent() && cb.isPresent() && ca.get().overlaps(cb.get())) {
                            out.add(problem(List.of(connector, vpcs.get(a), vpcs.get(b)), List.of(), null,
                                    ctx.name(vpcs.get(a)), ca.get(), ctx.name(vpcs.get(b)), cb.get(), ctx.describe(connector)));
                        }
                    }
                }
            }
        }
        return out;
    }
}
