package com.cloudwright.validate.rules.security;

import com.cloudwright.model.Node;
import com.cloudwright.model.SetNodeProperty;
import com.cloudwright.validate.AbstractRule;
import com.cloudwright.validate.Pillar;
import com.cloudwright.validate.Problem;
import com.cloudwright.validate.QuickFix;
import com.cloudwright.validate.Rule;
import com.cloudwright.validate.RuleContext;
import com.cloudwright.validate.Severity;
import com.google.auto.service.AutoService;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * CW-S002: storage with encryption at rest turned off. Any node whose palette entry declares an
 * {@code encrypted} property (RDS, Aurora, EBS, EFS, ElastiCache, EC2 root volumes, Kinesis,
 * Redshift …) with it false, and an S3 bucket whose {@code encryption} says none.
 */
@AutoService(Rule.class)
public final class EncryptionAtRest extends AbstractRule {

    private static final Set<String> OFF = Set.of("none", "off", "disabled", "false");

    public EncryptionAtRest() {
        super("CW-S002", Severity.WARNING, Pillar.SECURITY,
                "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Overview.Encryption.html");
    }

    @Override
    public List<Problem> check(RuleContext ctx) {
        List<Problem> out = new ArrayList<>();
        for (Node node : ctx.diagram().nodes()) {
            boolean declares = ctx.topology().declares(node, "encrypted");
            if ((declares || node.props().has("encrypted")) && !ctx.topology().bool(node, "encrypted", true)) {
                out.add(problem(node, null, ctx.describe(node)));
            } else if (ctx.topology().declares(node, "encryption")
                    && OFF.contains(ctx.topology().string(node, "encryption").orElse("").toLowerCase(Locale.ROOT))) {
                out.add(problem(node, "encryption", ctx.describe(node)));
            }
        }
        return out;
    }

    @Override
    public List<QuickFix> quickFixes(Problem problem, RuleContext ctx) {
        Node node = problem.node().flatMap(ctx.diagram()::node).orElse(null);
        if (node == null) {
            return List.of();
        }
        if (!ctx.topology().bool(node, "encrypted", true)) {
            return List.of(fix("on", new SetNodeProperty(node.id(), "encrypted", true), ctx.name(node)));
        }
        String sse = ctx.palette().entryOf(node).flatMap(e -> e.property("encryption"))
                .map(p -> p.defaultValue() == null ? "SSE-S3" : p.defaultValue().toString()).orElse("SSE-S3");
        return List.of(fix("sse", new SetNodeProperty(node.id(), "encryption", sse), ctx.name(node), sse));
    }
}
