package com.cloudwright.validate.rules.reliability;

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
import com.cloudwright.validate.rules.BucketRoles;
import com.google.auto.service.AutoService;

import java.util.ArrayList;
import java.util.List;

/**
 * CW-R009 (seed 000 2.1: S3 as a backup tool, with versioning; seed 001: AWS Backup): a bucket
 * that holds backups, or that AWS Backup protects, has versioning on (AWS Backup requires it).
 */
@AutoService(Rule.class)
public final class BackupBucketVersioning extends AbstractRule {

    public BackupBucketVersioning() {
        super("CW-R009", Severity.WARNING, Pillar.RELIABILITY,
                "https://docs.aws.amazon.com/aws-backup/latest/devguide/s3-backups.html");
    }

    @Override
    public List<Problem> check(RuleContext ctx) {
        List<Problem> out = new ArrayList<>();
        for (Node bucket : ctx.diagram().nodesOfType(ServiceKinds.S3)) {
            if (BucketRoles.holdsBackups(ctx, bucket) && !ctx.topology().bool(bucket, "versioning", false)) {
                out.add(problem(bucket, null, ctx.name(bucket)));
            }
        }
        return out;
    }

    @Override
    public List<QuickFix> quickFixes(Problem problem, RuleContext ctx) {
        return problem.node().map(id -> List.of(fix("on", new SetNodeProperty(id, "versioning", true),
                ctx.name(ctx.diagram().requireNode(id))))).orElse(List.of());
    }
}
