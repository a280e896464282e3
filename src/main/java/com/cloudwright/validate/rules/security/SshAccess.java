package com.cloudwright.validate.rules.security;

import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import com.cloudwright.validate.AbstractRule;
import com.cloudwright.validate.Pillar;
import com.cloudwright.validate.Problem;
import com.cloudwright.validate.Rule;
import com.cloudwright.validate.RuleContext;
import com.cloudwright.validate.ServiceKinds;
import com.cloudwright.validate.Severity;
import com.google.auto.service.AutoService;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * CW-S003 (seed 003, SSM Session Manager): SSH access drawn (a connection on port 22) or implied
 * (an EC2 key pair); Session Manager needs neither an open port nor keys.
 */
@AutoService(Rule.class)
public final class SshAccess extends AbstractRule {

    static final int SSH = 22;

    public SshAccess() {
        super("CW-S003", Severity.INFO, Pillar.SECURITY,
                "https://docs.aws.amazon.com/systems-manager/latest/userguide/session-manager.html");
    }

    @Override
    public List<Problem> check(RuleContext ctx) {
        List<Problem> out = new ArrayList<>();
        for (Edge edge : ctx.diagram().edges()) {
            if (explicitPort(edge).filter(p -> p == SSH).isPresent()) {
                Node to = ctx.diagram().node(edge.to()).orElse(null);
                Node from = ctx.diagram().node(edge.from()).orElse(null);
                if (to != null && from != null) {
                    out.add(problem(List.of(to, from), List.of(edge), "edge", ctx.describe(from), ctx.describe(to)));
                }
            }
        }
        for (Node ec2 : ctx.diagram().nodesOfType(ServiceKinds.EC2)) {
            ctx.topology().string(ec2, "keyName").ifPresent(key -> out.add(problem(ec2, "keyPair", ctx.name(ec2), key)));
        }
        return out;
    }

    /** The port written on the edge (its {@code port} property, a number or "SSH" as label), not the default. */
    static Optional<Integer> explicitPort(Edge edge) {
        Optional<Integer> port = edge.props().number("port").map(d -> (int) Math.round(d));
        if (port.isPresent()) {
            return port;
        }
        if (edge.label() != null) {
            String label = edge.label().trim();
            if (label.matches("\\d{1,5}")) {
                return Optional.of(Integer.parseInt(label));
            }
            if (label.equalsIgnoreCase("ssh")) {
                return Optional.of(SSH);
            }
        }
        return Optional.empty();
    }
}
