package com.cloudwright.validate.rules.reliability;

import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import com.cloudwright.palette.ServiceRole;
import com.cloudwright.validate.AbstractRule;
import com.cloudwright.validate.Fixes;
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
import java.util.Objects;

/**
 * CW-R005 (seeds 001 and 004, read replicas): a read replica drawn in the same AZ as its source
 * shares its fate. A replica is drawn as an RDS (or Aurora) node with an edge from its source.
 */
@AutoService(Rule.class)
public final class ReplicaSameAz extends AbstractRule {

    public ReplicaSameAz() {
        super("CW-R005", Severity.WARNING, Pillar.RELIABILITY,
                "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ReadRepl.html");
    }

    /** True when the database receives replication from another database of its type. */
    static boolean isReplica(RuleContext ctx, Node db) {
        for (Edge e : ctx.diagram().edgesTo(db.id())) {
            if (ctx.diagram().node(e.from()).filter(src -> src.type().equals(db.type()) && !src.id().equals(db.id())).isPresent()) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<Problem> check(RuleContext ctx) {
        Topology t = ctx.topology();
        List<Problem> out = new ArrayList<>();
        for (String type : t.typesWithRole(ServiceRole.RELATIONAL_DATABASE)) {
            for (Node source : ctx.diagram().nodesOfType(type)) {
                for (Edge e : ctx.diagram().edgesFrom(source.id())) {
                    Node replica = ctx.diagram().node(e.to()).orElse(null);
                    if (replica == null || !replica.type().equals(type) || replica.id().equals(source.id())) {
                        continue;
                    }
                    String az = t.azOf(replica);
                    if (az != null && Objects.equals(az, t.azOf(source))) {
                        out.add(problem(List.of(replica, source), List.of(e), null, ctx.name(replica), ctx.name(source), az));
                    }
                }
            }
        }
        return out;
    }

    @Override
    public List<QuickFix> quickFixes(Problem problem, RuleContext ctx) {
        Topology t = ctx.topology();
        Node replica = problem.node().flatMap(ctx.diagram()::node).orElse(null);
        if (replica == null || t.place(replica).vpc() == null) {
            return List.of();
        }
        String az = t.azOf(replica);
        return t.privateSubnets(t.place(replica).vpc()).stream()
                .filter(s -> t.azOf(s) != null && !t.azOf(s).equals(az))
                .findFirst()
                .map(target -> {
                    String title = text("fix.move", ctx.name(replica), ctx.name(target), t.azOf(target));
                    return List.of(new QuickFix(info().id(), title, Fixes.moveInto(ctx, replica, target, title)));
                }).orElse(List.of());
    }
}
