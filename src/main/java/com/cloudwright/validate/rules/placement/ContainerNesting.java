package com.cloudwright.validate.rules.placement;

import com.cloudwright.model.net.Location;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.palette.EntryKind;
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

/** CW-P001: Region ⊃ VPC ⊃ Availability Zone ⊃ subnet; a VPC in one Region, a subnet in one AZ. */
@AutoService(Rule.class)
public final class ContainerNesting extends AbstractRule {

    public ContainerNesting() {
        super("CW-P001", Severity.ERROR, Pillar.RELIABILITY,
                "https://docs.aws.amazon.com/vpc/latest/userguide/configure-subnets.html");
    }

    @Override
    public List<Problem> check(RuleContext ctx) {
        Topology t = ctx.topology();
        boolean diagramHasRegion = ctx.diagram().region() != null && !ctx.diagram().region().isBlank();
        List<Problem> out = new ArrayList<>();
        for (Node node : ctx.diagram().nodes()) {
            Node parent = ctx.diagram().node(node.parent()).orElse(null);
            if (parent != null) {
                boolean parentIsContainer = ctx.palette().entryOf(parent)
                        .map(e -> e.kind() == EntryKind.CONTAINER).orElse(NodeTypes.isContainer(parent.type()));
                if (!parentIsContainer) {
                    out.add(problem(List.of(node, parent), List.of(), "notContainer", ctx.describe(node), ctx.describe(parent)));
                    continue;
                }
                int level = NodeTypes.containerLevel(node.type());
                if (level >= 0 && level <= NodeTypes.containerLevel(parent.type())) {
                    out.add(problem(List.of(node, parent), List.of(), "inverted", ctx.describe(node), ctx.describe(parent)));
                    continue;
                }
            }
            Location place = t.place(node);
            switch (node.type()) {
                case NodeTypes.SUBNET -> {
                    if (place.vpc() == null) {
                        out.add(problem(node, "subnetNoVpc", ctx.name(node)));
                    } else if (place.az() == null) {
                        out.add(problem(List.of(node, place.vpc()), List.of(), "subnetNoAz", ctx.name(node)));
                    }
                }
                case NodeTypes.AVAILABILITY_ZONE -> {
                    if (place.vpc() == null) {
                        out.add(problem(node, "azNoVpc", ctx.name(node)));
                    }
                }
                case NodeTypes.VPC -> {
                    if (place.region() == null && !diagramHasRegion) {
                        out.add(problem(node, "vpcNoRegion", ctx.name(node)));
                    }
                }
                default -> {
                }
            }
        }
        return out;
    }
}
