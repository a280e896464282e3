package com.cloudwright.validate.rules.connection;

import com.cloudwright.model.net.Link;
import com.cloudwright.model.Node;
import com.cloudwright.validate.AbstractRule;
import com.cloudwright.validate.Pillar;
import com.cloudwright.validate.Problem;
import com.cloudwright.validate.Rule;
import com.cloudwright.validate.RuleContext;
import com.cloudwright.validate.Severity;
import com.cloudwright.validate.Topology;
import com.google.auto.service.AutoService;

import java.util.ArrayList;
import java.util.List;

/** CW-C004: a load balancer's targets are in the load balancer's own VPC. */
@AutoService(Rule.class)
public final class LoadBalancerTargetVpc extends AbstractRule {

    public LoadBalancerTargetVpc() {
        super("CW-C004", Severity.ERROR, Pillar.RELIABILITY,
                "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-target-groups.html");
    }

    @Override
    public List<Problem> check(RuleContext ctx) {
        Topology t = ctx.topology();
        List<Problem> out = new ArrayList<>();
        for (Link link : t.links()) {
            if (!t.isLoadBalancer(link.caller())) {
                continue;
            }
            Node lbVpc = t.place(link.caller()).vpc();
            Node targetVpc = t.place(link.callee()).vpc();
            if (lbVpc != null && targetVpc != null && !lbVpc.id().equals(targetVpc.id())) {
                out.add(problem(List.of(link.callee(), link.caller()), List.of(link.edge()), null,
                        ctx.describe(link.caller()), ctx.name(lbVpc), ctx.describe(link.callee()), ctx.name(targetVpc)));
            }
        }
        return out;
    }
}
