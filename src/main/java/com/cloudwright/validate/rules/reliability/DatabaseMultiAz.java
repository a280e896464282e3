package com.cloudwright.validate.rules.reliability;

import com.cloudwright.model.Node;
import com.cloudwright.model.SetNodeProperty;
import com.cloudwright.palette.ServiceRole;
import com.cloudwright.validate.AbstractRule;
import com.cloudwright.validate.Pillar;
import com.cloudwright.validate.Problem;
import com.cloudwright.validate.QuickFix;
import com.cloudwright.validate.Rule;
import com.cloudwright.validate.RuleContext;
import com.cloudwright.validate.ServiceKinds;
import com.cloudwright.validate.Severity;
import com.google.auto.service.AutoService;

import java.util.ArrayList;
import java.util.List;

/**
 * CW-R002: RDS runs Multi-AZ and an Aurora cluster has a second instance to fail over to. A
 * read replica (an RDS node that another RDS node replicates to) is left alone.
 */
@AutoService(Rule.class)
public final class DatabaseMultiAz extends AbstractRule {

    public DatabaseMultiAz() {
        super("CW-R002", Severity.WARNING, Pillar.RELIABILITY,
                "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/Concepts.MultiAZ.html");
    }

    @Override
    public List<Problem> check(RuleContext ctx) {
        List<Problem> out = new ArrayList<>();
        for (Node db : ctx.diagram().nodesOfType(ServiceKinds.RDS)) {
            if (!ctx.topology().bool(db, "multiAz", false) && !ReplicaSameAz.isReplica(ctx, db)) {
                out.add(problem(db, "rds", ctx.name(db)));
            }
        }
        for (String type : ctx.topology().typesWithRole(ServiceRole.FAILOVER_CLUSTER)) {
            for (Node cluster : ctx.diagram().nodesOfType(type)) {
                if (ctx.topology().number(cluster, "instances").orElse(1.0) < 2 && !ReplicaSameAz.isReplica(ctx, cluster)) {
                    out.add(problem(cluster, "cluster", ctx.describe(cluster)));
                }
            }
        }
        return out;
    }

    @Override
    public List<QuickFix> quickFixes(Problem problem, RuleContext ctx) {
        return problem.node().flatMap(ctx.diagram()::node).map(db -> ctx.topology().hasRole(db, ServiceRole.FAILOVER_CLUSTER)
                ? List.of(fix("cluster", new SetNodeProperty(db.id(), "instances", 2), ctx.name(db)))
                : List.of(fix("rds", new SetNodeProperty(db.id(), "multiAz", true), ctx.name(db)))).orElse(List.of());
    }
}
