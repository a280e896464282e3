package com.cloudwright.validate.rules.placement;

import com.cloudwright.model.net.Location;
import com.cloudwright.model.Node;
import com.cloudwright.palette.PaletteEntry;
import com.cloudwright.palette.Placement;
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

/** CW-P003: regional and global services (per the palette's placement) are never inside a VPC. */
@AutoService(Rule.class)
public final class RegionalServiceOutsideVpc extends AbstractRule {

    public RegionalServiceOutsideVpc() {
        super("CW-P003", Severity.ERROR, Pillar.SECURITY,
                "https://docs.aws.amazon.com/vpc/latest/privatelink/aws-services-privatelink-support.html");
    }

    @Override
    public List<Problem> check(RuleContext ctx) {
        Topology t = ctx.topology();
        List<Problem> out = new ArrayList<>();
        for (Node node : ctx.diagram().nodes()) {
            PaletteEntry entry = ctx.palette().entryOf(node).orElse(null);
            if (entry == null || (entry.placement() != Placement.REGIONAL && entry.placement() != Placement.GLOBAL)) {
                continue;
            }
            Location place = t.place(node);
            Node inside = place.subnet() != null ? place.subnet() : place.az() != null ? place.az() : place.vpc();
            if (inside != null) {
                out.add(problem(List.of(node, inside), List.of(),
                        entry.placement() == Placement.GLOBAL ? "global" : "regional", ctx.describe(node), ctx.describe(inside)));
            }
        }
        return out;
    }
}
