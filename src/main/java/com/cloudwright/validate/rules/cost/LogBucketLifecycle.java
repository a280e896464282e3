package com.cloudwright.validate.rules.cost;

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
import com.cloudwright.validate.rules.BucketRoles;
import com.google.auto.service.AutoService;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * CW-K002 (seed 004: archive objects inactive for six months; logs move to Glacier by a
 * lifecycle rule): a log or archive bucket with no lifecycle transition or expiry.
 */
@AutoService(Rule.class)
public final class LogBucketLifecycle extends AbstractRule {

    static final int SIX_MONTHS_DAYS = 180;
    private static final Set<String> ARCHIVE_CLASSES = Set.of("GLACIER", "GLACIER_IR", "DEEP_ARCHIVE");

    public LogBucketLifecycle() {
        super("CW-K002", Severity.INFO, Pillar.COST_OPTIMIZATION,
                "https://docs.aws.amazon.com/AmazonS3/latest/userguide/object-lifecycle-mgmt.html");
    }

    @Override
    public List<Problem> check(RuleContext ctx) {
        Topology t = ctx.topology();
        List<Problem> out = new ArrayList<>();
        for (Node bucket : ctx.diagram().nodesOfType(ServiceKinds.S3)) {
            if (BucketRoles.holdsLogs(ctx, bucket) && !hasLifecycle(t, bucket)) {
                out.add(problem(bucket, null, ctx.name(bucket)));
            }
        }
        return out;
    }

    private static boolean hasLifecycle(Topology t, Node bucket) {
        if (t.number(bucket, "glacierAfterDays").isPresent() || t.number(bucket, "expireAfterDays").isPresent()) {
            return true;
        }
        if (ARCHIVE_CLASSES.contains(t.string(bucket, "storageClass").orElse("").toUpperCase(Locale.ROOT))) {
            return true;
        }
        return t.linksFrom(bucket).stream().anyMatch(l -> ServiceKinds.S3_GLACIER.equals(l.callee().type()));
    }

    @Override
    public List<QuickFix> quickFixes(Problem problem, RuleContext ctx) {
        return problem.node().map(id -> List.of(fix("glacier", new SetNodeProperty(id, "glacierAfterDays", SIX_MONTHS_DAYS),
                ctx.name(ctx.diagram().requireNode(id)), SIX_MONTHS_DAYS))).orElse(List.of());
    }
}
