package com.cloudwright.validate.rules.security;

import com.cloudwright.model.net.Link;
import com.cloudwright.model.Node;
import com.cloudwright.model.SetNodeProperty;
import com.cloudwright.palette.ServiceRole;
import com.cloudwright.validate.AbstractRule;
import com.cloudwright.validate.Pillar;
import com.cloudwright.validate.Problem;
import com.cloudwright.validate.QuickFix;
import com.cloudwright.validate.Rule;
import com.cloudwright.validate.RuleContext;
import com.cloudwright.validate.Severity;
import com.cloudwright.validate.Topology;
import com.google.auto.service.AutoService;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * CW-S005 (seed 004: least-privilege security groups per tier; seed 003: security groups): a
 * database port opened to the internet, either by a database marked publicly accessible or by
 * an internet client connecting on a database port (3306, 5432, 1433, 1521, 6379, 11211, 27017,
 * 5439 …). Direct edges to RDS, Aurora and ElastiCache are CW-C003's.
 */
@AutoService(Rule.class)
public final class DatabasePortOpenToInternet extends AbstractRule {

    static final Set<Integer> DATABASE_PORTS = Set.of(3306, 5432, 1433, 1521, 6379, 11211, 27017, 5439, 9042, 8182, 50000);

    public DatabasePortOpenToInternet() {
        super("CW-S005", Severity.ERROR, Pillar.SECURITY,
                "https://docs.aws.amazon.com/vpc/latest/userguide/security-group-rules.html");
    }

    @Override
    public List<Problem> check(RuleContext ctx) {
        Topology t = ctx.topology();
        List<Problem> out = new ArrayList<>();
        for (Node node : ctx.diagram().nodes()) {
            if (node.props().has("publiclyAccessible") || t.declares(node, "publiclyAccessible")) {
                if (t.bool(node, "publiclyAccessible", false)) {
                    out.add(problem(node, "public", ctx.describe(node)));
                }
            }
        }
        for (Link link : t.links()) {
            if (!t.isInternet(link.caller()) || t.hasRole(link.callee(), ServiceRole.PRIVATE_DATA_STORE)) {
                continue;
            }
            // The port goes in as text: MessageFormat would group its digits ("3,306").
            t.port(link.edge(), link.callee()).filter(DATABASE_PORTS::contains).ifPresent(port ->
                    out.add(problem(List.of(link.callee(), link.caller()), List.of(link.edge()), "port",
                            ctx.describe(link.callee()), String.valueOf(port), ctx.describe(link.caller()))));
        }
        return out;
    }

    @Override
    public List<QuickFix> quickFixes(Problem problem, RuleContext ctx) {
        Node node = problem.node().flatMap(ctx.diagram()::node).orElse(null);
        if (node == null || !ctx.topology().bool(node, "publiclyAccessible", false)) {
            return List.of();
        }
        return List.of(fix("private", new SetNodeProperty(node.id(), "publiclyAccessible", false), ctx.name(node)));
    }
}
