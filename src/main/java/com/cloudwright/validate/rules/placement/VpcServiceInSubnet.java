package com.cloudwright.validate.rules.placement;

import com.cloudwright.model.net.Location;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
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

/**
 * CW-P002: services the palette places in a subnet (EC2, NAT gateway, ECS/EKS tasks, Batch …)
 * must sit in one; multi-subnet services (load balancers, databases, caches, EFS) and VPC
 * attachments (internet gateway, endpoints) must at least be inside their VPC, and the gateways
 * that attach to the whole VPC (internet, virtual private) on the VPC itself, not in a subnet or AZ.
 */
@AutoService(Rule.class)
public final class VpcServiceInSubnet extends AbstractRule {

    public VpcServiceInSubnet() {
        super("CW-P002", Severity.ERROR, Pillar.RELIABILITY,
                "https://docs.aws.amazon.com/vpc/latest/userguide/how-it-works.html");
    }

    @Override
    public List<Problem> check(RuleContext ctx) {
        Topology t = ctx.topology();
        List<Problem> out = new ArrayList<>();
        for (Node node : ctx.diagram().nodes()) {
            PaletteEntry entry = ctx.palette().entryOf(node).orElse(null);
            if (entry == null) {
                continue;
            }
            Location place = t.place(node);
            if (entry.placement() == Placement.SUBNET && entry.multiSubnet()) {
                if (place.vpc() == null) {
                    out.add(problem(node, "multiSubnet", ctx.describe(node)));
                }
            } else if (entry.placement() == Placement.SUBNET) {
                if (place.subnet() == null) {
                    out.add(place.vpc() == null
                            ? problem(node, "outsideVpc", ctx.describe(node))
                            : problem(List.of(node, place.vpc()), List.of(), "notInSubnet", ctx.describe(node), ctx.name(place.vpc())));
                }
            } else if (entry.placement() == Placement.VPC && place.vpc() == null) {
                out.add(problem(node, "vpcAttachment", ctx.describe(node)));
            } else if (entry.placement() == Placement.VPC && NodeTypes.attachesToWholeVpc(node.type())
                    && (place.subnet() != null || place.az() != null)) {
                Node inside = place.subnet() != null ? place.subnet() : place.az();
                out.add(problem(List.of(node, inside), List.of(), "vpcEdge",
                        ctx.describe(node), ctx.name(inside), ctx.name(place.vpc())));
            }
        }
        return out;
    }
}
