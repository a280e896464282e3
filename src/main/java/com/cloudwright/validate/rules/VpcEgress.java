package com.cloudwright.validate.rules;

import com.cloudwright.model.net.Link;
import com.cloudwright.model.AddEdge;
import com.cloudwright.model.AddNode;
import com.cloudwright.model.Bounds;
import com.cloudwright.model.DiagramCommand;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import com.cloudwright.model.Props;
import com.cloudwright.palette.ServiceRole;
import com.cloudwright.validate.Fixes;
import com.cloudwright.validate.QuickFix;
import com.cloudwright.validate.RuleContext;
import com.cloudwright.validate.ServiceKinds;
import com.cloudwright.validate.Topology;

import java.util.ArrayList;
import java.util.List;

/** How resources in a VPC get out: which of their calls need a NAT gateway or an endpoint, and the fixes that add one. */
public final class VpcEgress {

    private VpcEgress() {
    }

    /**
     * The calls of a resource that leave the VPC with nothing to carry them: to the internet
     * when there is no NAT gateway, to a regional service when there is neither a NAT gateway
     * nor an endpoint for it.
     */
    public static List<Link> unservedCalls(Topology t, Node vpc, Node resource, boolean hasNat) {
        List<Link> out = new ArrayList<>();
        if (hasNat) {
            return out;
        }
        for (Link link : t.linksFrom(resource)) {
            Node callee = link.callee();
            if (t.isInternet(callee) || (t.isOutsideVpcService(callee) && !t.endpointServes(vpc, callee))) {
                out.add(link);
            }
        }
        return out;
    }

    /** A fix adding a public NAT gateway to a public subnet. */
    public static QuickFix addNatGateway(RuleContext ctx, String ruleId, Node publicSubnet, String title) {
        return new QuickFix(ruleId, title, Fixes.step(title, new AddNode(Fixes.newNode(ctx, ServiceKinds.NAT_GATEWAY, publicSubnet, null,
                null, Props.of("connectivityType", "public"), List.of(), List.of()))));
    }

    /** A fix adding a VPC endpoint to the VPC and connecting it to each service it serves. */
    public static QuickFix addEndpoint(RuleContext ctx, String ruleId, Node vpc, List<Node> services, String title) {
        boolean gateway = services.stream()
                .allMatch(s -> ctx.topology().hasRole(s, ServiceRole.GATEWAY_ENDPOINT_SERVICE));
        Node endpoint = Fixes.newNode(ctx, ServiceKinds.VPC_ENDPOINT, vpc, null, null,
                Props.of("endpointType", gateway ? "Gateway" : "Interface"), List.<Bounds>of(), List.of());
        String endpointId = endpoint.id();
        List<DiagramCommand> parts = new ArrayList<>(List.of(new AddNode(endpoint)));
        List<String> ids = new ArrayList<>(List.of(endpointId));
        for (Node service : services) {
            String edgeId = Fixes.freshId(ctx.diagram(), "e-" + endpointId + "-" + service.id(), ids);
            ids.add(edgeId);
            parts.add(new AddEdge(new Edge(edgeId, endpointId, service.id())));
        }
        return new QuickFix(ruleId, title, Fixes.step(title, parts));
    }
}
