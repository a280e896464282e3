package com.cloudwright.validate.rules.placement;

import com.cloudwright.model.Node;
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
import java.util.List;
import java.util.Set;

/**
 * CW-P009: a DB subnet group spans private subnets in two AZs, even for a single-AZ database.
 * ElastiCache may use one subnet, but Multi-AZ replication needs two AZs and a replica.
 */
@AutoService(Rule.class)
public final class DbSubnetGroupTwoAzs extends AbstractRule {

    public DbSubnetGroupTwoAzs() {
        super("CW-P009", Severity.ERROR, Pillar.RELIABILITY,
                "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.WorkingWithRDSInstanceinaVPC.html#USER_VPC.Subnets");
    }

    @Override
    public List<Problem> check(RuleContext ctx) {
        Topology t = ctx.topology();
        List<Problem> out = new ArrayList<>();
        for (String type : List.of(ServiceKinds.RDS, ServiceKinds.AURORA, ServiceKinds.DOCUMENTDB, ServiceKinds.ELASTICACHE)) {
            for (Node db : ctx.diagram().nodesOfType(type)) {
                if (t.place(db).vpc() == null) {
                    continue;
                }
                List<Node> privateSubnets = t.effectiveSubnets(db).stream().filter(s -> !t.isPublic(s)).toList();
                Set<String> azs = t.azsOf(privateSubnets);
                List<Node> nodes = new ArrayList<>(List.of(db));
                nodes.addAll(privateSubnets);
                String azList = azs.isEmpty() ? "-" : String.join(", ", azs);
                if (ctx.palette().hasRole(type, ServiceRole.TWO_AZ_SUBNET_GROUP)) {
                    if (azs.size() < 2) {
                        out.add(problem(nodes, List.of(), "db", ctx.describe(db), azList, ctx.name(t.place(db).vpc())));
                    }
                } else if (t.bool(db, "multiAz", false)) {
                    if (azs.size() < 2) {
                        out.add(problem(nodes, List.of(), "cacheAzs", ctx.name(db), azList));
                    } else if (t.number(db, "nodes").orElse(1.0) < 2) {
                        out.add(problem(db, "cacheReplica", ctx.name(db)));
                    }
                }
            }
        }
        return out;
    }
}
