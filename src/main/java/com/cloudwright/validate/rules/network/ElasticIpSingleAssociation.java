package com.cloudwright.validate.rules.network;

import com.cloudwright.model.Node;
import com.cloudwright.palette.PaletteEntry;
import com.cloudwright.validate.AbstractRule;
import com.cloudwright.validate.Pillar;
import com.cloudwright.validate.Problem;
import com.cloudwright.validate.Rule;
import com.cloudwright.validate.RuleContext;
import com.cloudwright.validate.ServiceKinds;
import com.cloudwright.validate.Severity;
import com.google.auto.service.AutoService;

import java.util.ArrayList;
import java.util.List;

/**
 * CW-N010 (seed 003: "an Elastic IP can be attached to one instance only"): an Elastic IP is
 * associated with at most one resource (one of the types the palette lets it attach to).
 */
@AutoService(Rule.class)
public final class ElasticIpSingleAssociation extends AbstractRule {

    public ElasticIpSingleAssociation() {
        super("CW-N010", Severity.ERROR, Pillar.RELIABILITY,
                "https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/elastic-ip-addresses-eip.html");
    }

    @Override
    public List<Problem> check(RuleContext ctx) {
        List<Problem> out = new ArrayList<>();
        for (Node eip : ctx.diagram().nodesOfType(ServiceKinds.ELASTIC_IP)) {
            List<Node> associated = associations(ctx, eip);
            if (associated.size() > 1) {
                List<Node> nodes = new ArrayList<>(List.of(eip));
                nodes.addAll(associated);
                out.add(problem(nodes, ctx.diagram().edgesOf(eip.id()), null, ctx.name(eip), associated.size(),
                        String.join(", ", associated.stream().map(ctx::describe).toList())));
            }
        }
        return out;
    }

    /** The resources an Elastic IP is joined to that it can be associated with, per the palette. */
    public static List<Node> associations(RuleContext ctx, Node eip) {
        PaletteEntry entry = ctx.palette().entryOf(eip).orElse(null);
        return ctx.topology().neighbours(eip).stream()
                .filter(n -> entry != null && ctx.palette().entryOf(n).isPresent() && ctx.topology().mayCall(eip, n))
                .toList();
    }
}
