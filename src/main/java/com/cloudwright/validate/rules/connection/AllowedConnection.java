package com.cloudwright.validate.rules.connection;

import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.palette.PaletteEntry;
import com.cloudwright.validate.AbstractRule;
import com.cloudwright.validate.Pillar;
import com.cloudwright.validate.Problem;
import com.cloudwright.validate.Rule;
import com.cloudwright.validate.RuleContext;
import com.cloudwright.validate.Severity;
import com.cloudwright.validate.Topology;
import com.google.auto.service.AutoService;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * CW-C001: every edge is a call the palette allows ({@code targets} of the caller's entry). An
 * edge to or from an overlay group is checked for the group and for each member. Calls from the
 * internet or a public load balancer straight to a database are CW-C003's, not repeated here.
 */
@AutoService(Rule.class)
public final class AllowedConnection extends AbstractRule {

    public AllowedConnection() {
        super("CW-C001", Severity.ERROR, Pillar.SECURITY,
                "https://docs.aws.amazon.com/AmazonCloudFront/latest/DeveloperGuide/DownloadDistS3AndCustomOrigins.html");
    }

    @Override
    public List<Problem> check(RuleContext ctx) {
        List<Problem> out = new ArrayList<>();
        Topology t = ctx.topology();
        for (Edge edge : ctx.diagram().edges()) {
            Optional<Node> from = ctx.diagram().node(edge.from());
            Optional<Node> to = ctx.diagram().node(edge.to());
            if (from.isEmpty() || to.isEmpty() || edge.from().equals(edge.to())) {
                continue;
            }
            Node caller = from.get();
            Node callee = to.get();
            if (!allowed(ctx, caller, callee)) {
                if (!InternetToDatabase.isExposure(t, caller, callee)) {
                    out.add(refused(ctx, caller, callee, edge, null));
                }
                continue;
            }
            if (NodeTypes.isOverlayGroup(callee.type())) {
                for (Node member : ctx.diagram().members(callee)) {
                    if (!allowed(ctx, caller, member) && !InternetToDatabase.isExposure(t, caller, member)) {
                        out.add(refused(ctx, caller, member, edge, callee));
                    }
                }
            }
            if (NodeTypes.isOverlayGroup(caller.type())) {
                for (Node member : ctx.diagram().members(caller)) {
                    if (!allowed(ctx, member, callee)) {
                        out.add(refused(ctx, member, callee, edge, caller));
                    }
                }
            }
        }
        return out;
    }

    private static boolean allowed(RuleContext ctx, Node caller, Node callee) {
        return ctx.topology().mayCall(caller, callee);
    }

    private Problem refused(RuleContext ctx, Node caller, Node callee, Edge edge, Node group) {
        List<String> allowed = ctx.palette().entryOf(caller).map(PaletteEntry::targets).orElse(List.of());
        String targets = allowed.isEmpty() ? text("nothing") : String.join(", ", allowed.stream().map(t -> target(ctx, t)).toList());
        List<Node> nodes = group == null ? List.of(caller, callee) : List.of(caller, callee, group);
        return group == null
                ? problem(nodes, List.of(edge), null, ctx.describe(caller), ctx.describe(callee), ctx.kind(caller), targets)
                : problem(nodes, List.of(edge), "member", ctx.describe(caller), ctx.describe(callee), ctx.kind(caller), targets,
                        ctx.name(group));
    }

    private String target(RuleContext ctx, String target) {
        if (target.startsWith("category:")) {
            return text("category", ctx.palette().displayCategory(target.substring("category:".length())));
        }
        return ctx.palette().entry(target).map(PaletteEntry::displayLabel).orElse(target);
    }
}
