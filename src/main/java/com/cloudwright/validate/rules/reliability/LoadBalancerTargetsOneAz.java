package com.cloudwright.validate.rules.reliability;

import com.cloudwright.model.net.Link;
import com.cloudwright.model.Node;
import com.cloudwright.palette.ServiceRole;
import com.cloudwright.validate.AbstractRule;
import com.cloudwright.validate.Pillar;
import com.cloudwright.validate.Problem;
import com.cloudwright.validate.Rule;
import com.cloudwright.validate.RuleContext;
import com.cloudwright.validate.Severity;
import com.cloudwright.validate.Topology;
import com.google.auto.service.AutoService;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * CW-R006 (seeds 001 and 004: instances in different AZs behind the ELB): a load balancer with
 * several targets that all sit in one AZ. Left to CW-R001 when the VPC's compute is in one AZ
 * anyway, and to CW-R003 when there is a single target.
 */
@AutoService(Rule.class)
public final class LoadBalancerTargetsOneAz extends AbstractRule {

    public LoadBalancerTargetsOneAz() {
        super("CW-R006", Severity.WARNING, Pillar.RELIABILITY,
                "https://docs.aws.amazon.com/elasticloadbalancing/latest/userguide/how-elastic-load-balancing-works.html#availability-zones");
    }

    @Override
    public List<Problem> check(RuleContext ctx) {
        Topology t = ctx.topology();
        List<Problem> out = new ArrayList<>();
        for (String type : t.typesWithRole(ServiceRole.LOAD_BALANCER)) {
            for (Node lb : ctx.diagram().nodesOfType(type)) {
                Node vpc = t.place(lb).vpc();
                if (vpc == null || t.computeInOneAz(vpc)) {
                    continue;
                }
                Set<Node> targets = new LinkedHashSet<>();
                Set<String> azs = new LinkedHashSet<>();
                for (Link l : t.linksFrom(lb)) {
                    String az = t.azOf(l.callee());
                    if (az != null) {
                        targets.add(l.callee());
                        azs.add(az);
                    }
                }
                if (targets.size() >= 2 && azs.size() == 1) {
                    List<Node> nodes = new ArrayList<>(List.of(lb));
                    nodes.addAll(targets);
                    out.add(problem(nodes, List.of(), null, ctx.describe(lb), targets.size(), azs.iterator().next()));
                }
            }
        }
        return out;
    }
}
