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
import java.util.Set;

/**
 * CW-S001: an EC2 instance in a public subnet that the internet reaches directly (clients, DNS,
 * CloudFront or API Gateway call it, an Elastic IP or the internet gateway points at it, or it
 * gets a public IP).
 */
@AutoService(Rule.class)
public final class PublicEc2Instance extends AbstractRule {

    static final Set<String> DIRECT_FROM_INTERNET = Set.of(ServiceKinds.USERS, ServiceKinds.ROUTE53,
            ServiceKinds.CLOUDFRONT, ServiceKinds.API_GATEWAY, ServiceKinds.INTERNET_GATEWAY, ServiceKinds.ELASTIC_IP);

    public PublicEc2Instance() {
        super("CW-S001", Severity.WARNING, Pillar.SECURITY,
                "https://docs.aws.amazon.com/vpc/latest/userguide/vpc-security-best-practices.html");
    }

    @Override
    public List<Problem> check(RuleContext ctx) {
        Topology t = ctx.topology();
        List<Problem> out = new ArrayList<>();
        for (Node ec2 : ctx.diagram().nodesOfType(ServiceKinds.EC2)) {
            Node subnet = t.place(ec2).subnet();
            if (subnet == null || !t.isPublic(subnet)) {
                continue;
            }
            Link direct = t.linksTo(ec2).stream()
                    .filter(l -> DIRECT_FROM_INTERNET.contains(l.caller().type())).findFirst().orElse(null);
            if (direct != null) {
                out.add(problem(List.of(ec2, direct.caller()), List.of(direct.edge()), "called", ctx.name(ec2),
                        ctx.name(subnet), ctx.describe(direct.caller())));
            } else if (t.bool(ec2, "associatePublicIp", false) || t.bool(subnet, "mapPublicIpOnLaunch", false)) {
                out.add(problem(List.of(ec2, subnet), List.of(), "publicIp", ctx.name(ec2), ctx.name(subnet)));
            }
        }
        return out;
    }
}
