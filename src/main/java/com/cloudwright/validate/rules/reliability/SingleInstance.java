package com.cloudwright.validate.rules.reliability;

import com.cloudwright.model.net.Link;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.palette.ServiceRole;
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
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CW-R003: an EC2 instance outside any Auto Scaling group that is the only server some caller
 * (a load balancer, the internet, DNS, CloudFront, API Gateway …) sends traffic to.
 */
@AutoService(Rule.class)
public final class SingleInstance extends AbstractRule {

    private static final Set<String> TRAFFIC_SOURCES = Set.of(ServiceKinds.ALB, ServiceKinds.NLB, ServiceKinds.USERS,
            ServiceKinds.ROUTE53, ServiceKinds.CLOUDFRONT, ServiceKinds.API_GATEWAY, ServiceKinds.INTERNET_GATEWAY,
            ServiceKinds.ELASTIC_IP);

    public SingleInstance() {
        super("CW-R003", Severity.WARNING, Pillar.RELIABILITY,
                "https://docs.aws.amazon.com/autoscaling/ec2/userguide/auto-scaling-benefits.html");
    }

    @Override
    public List<Problem> check(RuleContext ctx) {
        Topology t = ctx.topology();
        List<Problem> out = new ArrayList<>();
        Map<String, Integer> serverCounts = new HashMap<>();
        for (Node ec2 : ctx.diagram().nodesOfType(ServiceKinds.EC2)) {
            if (ctx.diagram().groupsOf(ec2.id()).stream().anyMatch(g -> NodeTypes.AUTO_SCALING_GROUP.equals(g.type()))) {
                continue;
            }
            for (Link in : t.linksTo(ec2)) {
                Node source = in.caller();
                if (TRAFFIC_SOURCES.contains(source.type())
                        && serverCounts.computeIfAbsent(source.id(), k -> servers(t, source).size()) == 1) {
                    out.add(problem(List.of(ec2, source), List.of(in.edge()), null, ctx.name(ec2), ctx.describe(source)));
                    break;
                }
            }
        }
        return out;
    }

    private static Set<String> servers(Topology t, Node source) {
        Set<String> ids = new HashSet<>();
        for (Link l : t.linksFrom(source)) {
            if (t.hasRole(l.callee(), ServiceRole.COMPUTE)) {
                ids.add(l.callee().id());
            }
        }
        return ids;
    }
}
