package com.cloudwright.validate.rules.placement;

import com.cloudwright.model.Node;
import com.cloudwright.model.SetNodeProperty;
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
import java.util.Optional;

/** CW-P004: RDS, Aurora and ElastiCache are drawn in (and use) private subnets only. */
@AutoService(Rule.class)
public final class DatabaseInPrivateSubnet extends AbstractRule {

    public DatabaseInPrivateSubnet() {
        super("CW-P004", Severity.ERROR, Pillar.SECURITY,
                "https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_VPC.Scenarios.html");
    }

    @Override
    public List<Problem> check(RuleContext ctx) {
        Topology t = ctx.topology();
        List<Problem> out = new ArrayList<>();
        for (String type : t.typesWithRole(ServiceRole.PRIVATE_DATA_STORE)) {
            for (Node db : ctx.diagram().nodesOfType(type)) {
                Node drawnIn = t.place(db).subnet();
                if (drawnIn != null && t.isPublic(drawnIn)) {
                    out.add(problem(List.of(db, drawnIn), List.of(), "drawn", ctx.describe(db), ctx.name(drawnIn)));
                } else if (t.hasExplicitSubnets(db)) {
                    List<Node> publicOnes = t.effectiveSubnets(db).stream().filter(t::isPublic).toList();
                    if (!publicOnes.isEmpty()) {
                        List<Node> nodes = new ArrayList<>(List.of(db));
                        nodes.addAll(publicOnes);
                        out.add(problem(nodes, List.of(), "listed", ctx.describe(db), ctx.names(publicOnes)));
                    }
                }
            }
        }
        return out;
    }

    @Override
    public List<QuickFix> quickFixes(Problem problem, RuleContext ctx) {
        Topology t = ctx.topology();
        Optional<Node> db = problem.node().flatMap(ctx.diagram()::node);
        if (db.isEmpty() || t.place(db.get()).vpc() == null) {
            return List.of();
        }
        Node node = db.get();
        Node drawnIn = t.place(node).subnet();
        List<QuickFix> fixes = new ArrayList<>();
        if (drawnIn != null && t.isPublic(drawnIn)) {
            Fixes.subnet(ctx, t.place(node).vpc(), t.azOf(drawnIn), false, null).ifPresent(target -> {
                String title = text("fix.move", ctx.name(node), ctx.name(target));
                fixes.add(new QuickFix(info().id(), title, Fixes.moveInto(ctx, node, target, title)));
            });
        }
        if (t.hasExplicitSubnets(node)) {
            List<String> keep = t.effectiveSubnets(node).stream().filter(s -> !t.isPublic(s)).map(Node::id).toList();
            fixes.add(fix("dropPublic", new SetNodeProperty(node.id(), "subnets", keep.isEmpty() ? null : keep), ctx.name(node)));
        }
        return fixes;
    }
}
