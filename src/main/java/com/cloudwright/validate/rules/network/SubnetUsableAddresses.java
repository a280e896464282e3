package com.cloudwright.validate.rules.network;

import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.validate.AbstractRule;
import com.cloudwright.model.net.Cidr;
import com.cloudwright.validate.Pillar;
import com.cloudwright.validate.Problem;
import com.cloudwright.validate.Rule;
import com.cloudwright.validate.RuleContext;
import com.cloudwright.validate.ServiceKinds;
import com.cloudwright.validate.Severity;
import com.google.auto.service.AutoService;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * CW-N004: a subnet whose drawn resources need most of its usable addresses (AWS reserves five).
 * Said only where it matters: a note on every subnet would bury the problems that do.
 */
@AutoService(Rule.class)
public final class SubnetUsableAddresses extends AbstractRule {

    /** AWS asks for at least eight free addresses in each subnet a load balancer uses, to scale its nodes. */
    static final int LOAD_BALANCER_ADDRESSES = 8;

    public SubnetUsableAddresses() {
        super("CW-N004", Severity.INFO, Pillar.PERFORMANCE_EFFICIENCY,
                "https://docs.aws.amazon.com/vpc/latest/userguide/subnet-sizing.html");
    }

    @Override
    public List<Problem> check(RuleContext ctx) {
        List<Problem> out = new ArrayList<>();
        for (Node subnet : ctx.diagram().nodesOfType(NodeTypes.SUBNET)) {
            ctx.topology().cidr(subnet).ifPresent(c -> {
                long needed = addressesNeeded(ctx.diagram(), subnet);
                // nearly full: three quarters of the usable addresses or more are spoken for
                if (c.usableShareAtLeast(needed, 3, 4)) {
                    out.add(problem(subnet, null, ctx.name(subnet), c, c.usableAddresses().toString(), c.size().toString(),
                            String.valueOf(Cidr.AWS_RESERVED_PER_SUBNET), needed));
                }
            });
        }
        return out;
    }

    /**
     * Addresses the drawn resources take: one per service, eight per load balancer, and for an
     * Auto Scaling group the instances it may still launch beyond those drawn, spread over its subnets.
     */
    static long addressesNeeded(Diagram d, Node subnet) {
        long needed = 0;
        Set<String> inside = new HashSet<>();
        for (Node n : d.descendants(subnet.id())) {
            if (NodeTypes.isContainer(n.type())) {
                continue;
            }
            inside.add(n.id());
            needed += ServiceKinds.ALB.equals(n.type()) || ServiceKinds.NLB.equals(n.type()) ? LOAD_BALANCER_ADDRESSES : 1;
        }
        for (Node group : d.nodesOfType(NodeTypes.AUTO_SCALING_GROUP)) {
            List<Node> members = d.members(group);
            long here = members.stream().filter(m -> inside.contains(m.id())).count();
            if (here == 0) {
                continue;
            }
            long subnets = members.stream().map(Node::parent).distinct().count();
            long max = (long) group.props().number("max", members.size());
            needed += Math.max(0, (max - members.size() + subnets - 1) / subnets);
        }
        return needed;
    }
}
