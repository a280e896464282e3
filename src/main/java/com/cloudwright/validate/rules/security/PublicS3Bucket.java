package com.cloudwright.validate.rules.security;

import com.cloudwright.model.net.Link;
import com.cloudwright.model.CompositeCommand;
import com.cloudwright.model.Node;
import com.cloudwright.model.SetNodeProperty;
import com.cloudwright.validate.AbstractRule;
import com.cloudwright.validate.Pillar;
import com.cloudwright.validate.Problem;
import com.cloudwright.validate.QuickFix;
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
 * CW-S004: an S3 bucket made public (or serving a public static website) instead of being
 * served through CloudFront with origin access control.
 */
@AutoService(Rule.class)
public final class PublicS3Bucket extends AbstractRule {

    public PublicS3Bucket() {
        super("CW-S004", Severity.WARNING, Pillar.SECURITY,
                "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/private-content-restricting-access-to-s3.html");
    }

    @Override
    public List<Problem> check(RuleContext ctx) {
        Topology t = ctx.topology();
        List<Problem> out = new ArrayList<>();
        for (Node bucket : ctx.diagram().nodesOfType(ServiceKinds.S3)) {
            if (!t.bool(bucket, "public", false) && !t.bool(bucket, "websiteHosting", false)) {
                continue;
            }
            Optional<Node> cdn = cloudFront(t, bucket);
            out.add(cdn.isPresent()
                    ? problem(List.of(bucket, cdn.get()), List.of(), "behindCloudFront", ctx.name(bucket), ctx.name(cdn.get()))
                    : problem(bucket, null, ctx.name(bucket)));
        }
        return out;
    }

    private static Optional<Node> cloudFront(Topology t, Node bucket) {
        return t.linksTo(bucket).stream().map(Link::caller)
                .filter(n -> ServiceKinds.CLOUDFRONT.equals(n.type())).findFirst();
    }

    @Override
    public List<QuickFix> quickFixes(Problem problem, RuleContext ctx) {
        Node bucket = problem.node().flatMap(ctx.diagram()::node).orElse(null);
        if (bucket == null || cloudFront(ctx.topology(), bucket).isEmpty()) {
            return List.of();
        }
        String title = text("fix.private", ctx.name(bucket));
        return List.of(new QuickFix(info().id(), title, new CompositeCommand(title, List.of(
                new SetNodeProperty(bucket.id(), "public", false),
                new SetNodeProperty(bucket.id(), "websiteHosting", false)))));
    }
}
