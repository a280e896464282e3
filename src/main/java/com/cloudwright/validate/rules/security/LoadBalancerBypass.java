package com.cloudwright.validate.rules.security;

import com.cloudwright.model.net.Link;
import com.cloudwright.model.Node;
import com.cloudwright.validate.AbstractRule;
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

/**
 * CW-S006 (seed 003: the EC2 security group admits only the ALB's): a load balancer's target
 * that the internet also reaches directly, around the load balancer (and its WAF).
 */
@AutoService(Rule.class)
public final class LoadBalancerBypass extends AbstractRule {

    public LoadBalancerBypass() {
        super("CW-S006", Severity.WARNING, Pillar.SECURITY,
                "https://docs.aws.amazon.com/elasticloadbalancing/latest/application/load-balancer-update-security-groups.html");
    }

    @Override
    public List<Problem> check(RuleContext ctx) {
        Topology t = ctx.topology();
        List<Problem> out = new ArrayList<>();
        for (Node target : ctx.diagram().nodes()) {
            List<Link> incoming = t.linksTo(target);
            if (incoming.isEmpty()) {
                continue;
            }
            Optional<Link> viaLb = incoming.stream().filter(l -> t.isLoadBalancer(l.caller())).findFirst();
            Optional<Link> direct = incoming.stream()
                    .filter(l -> PublicEc2Instance.DIRECT_FROM_INTERNET.contains(l.caller().type())).findFirst();
            if (viaLb.isPresent() && direct.isPresent()) {
                out.add(problem(List.of(target, viaLb.get().caller(), direct.get().caller()), List.of(direct.get().edge()), null,
                        ctx.describe(target), ctx.name(viaLb.get().caller()), ctx.describe(direct.get().caller())));
            }
        }
        return out;
    }
}
