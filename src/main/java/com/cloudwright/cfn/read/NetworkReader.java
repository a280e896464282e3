package com.cloudwright.cfn.read;

import com.cloudwright.model.NodeTypes;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The containers of the picture: the Region, each VPC, an Availability Zone per zone its subnets
 * use, the subnets (public when their route table sends 0.0.0.0/0 to an internet gateway), and
 * the gateways and endpoints that hang on them. Route tables, routes, associations, gateway
 * attachments and a NAT gateway's Elastic IP are folded into the node they serve.
 */
final class NetworkReader {

    static final String REGION_ID = "region";

    private final ImportContext ctx;
    /** Synthetic VPCs for subnets whose VpcId is a parameter or an import: expression → node id. */
    private final Map<String, String> outsideVpcs = new LinkedHashMap<>();

    NetworkReader(ImportContext ctx) {
        this.ctx = ctx;
    }

    void read() {
        Draft region = ctx.add(new Draft(REGION_ID, NodeTypes.REGION, null));
        region.props.put("region", ctx.resolver.region());
        for (CfnResource vpc : ctx.resourcesOfType("AWS::EC2::VPC")) {
            Draft d = ctx.add(new Draft(vpc.logicalId(), NodeTypes.VPC, vpc));
            d.parent = REGION_ID;
            PropertyReader.read(ctx, d, vpc);
        }
        Set<String> publicSubnets = publicSubnets();
        for (CfnResource subnet : ctx.resourcesOfType("AWS::EC2::Subnet")) {
            subnet(subnet, publicSubnets.contains(subnet.logicalId()));
        }
        gateways();
    }

    private void subnet(CfnResource subnet, boolean isPublic) {
        String vpc = vpcOf(ctx.prop(subnet, "VpcId"));
        Object zone = ctx.prop(subnet, "AvailabilityZone");
        Draft az = zone(vpc, zone);
        Draft d = ctx.add(new Draft(subnet.logicalId(), NodeTypes.SUBNET, subnet));
        d.parent = az.id;
        PropertyReader.read(ctx, d, subnet);
        d.props.put("public", isPublic);
    }

    /** The VPC node a VpcId names: the template's own, else one standing for the VPC outside the template. */
    String vpcOf(Object vpcId) {
        String ref = ImportContext.ref(vpcId);
        if (ref != null && ctx.drafts.containsKey(ref) && ctx.drafts.get(ref).type.equals(NodeTypes.VPC)) {
            return ref;
        }
        String key = vpcId == null ? "" : Expressions.show(vpcId);
        return outsideVpcs.computeIfAbsent(key, k -> {
            Draft d = ctx.add(new Draft("vpc-" + (outsideVpcs.size() + 1), NodeTypes.VPC, null));
            d.parent = REGION_ID;
            d.label = k.isEmpty() ? null : "VPC " + k;
            return d.id;
        });
    }

    /** The AZ of a VPC a subnet's zone names: a letter for a known zone, else one AZ per distinct expression. */
    private Draft zone(String vpc, Object zone) {
        String name = ImportContext.text(zone);
        String region = ctx.resolver.region();
        String letter = name != null && name.startsWith(region) && name.length() == region.length() + 1
                ? name.substring(region.length()) : null;
        String key = letter != null ? letter : name != null ? name : Expressions.show(zone);
        String id = vpc + "-az-" + (letter != null ? letter : Integer.toHexString(key.hashCode()));
        Draft az = ctx.drafts.get(id);
        if (az == null) {
            az = ctx.add(new Draft(id, NodeTypes.AVAILABILITY_ZONE, null));
            az.parent = vpc;
            if (letter != null || name != null) {
                az.props.put("zone", key);
            } else {
                az.label = key;
            }
        }
        return az;
    }

    /** Subnets associated with a route table that sends the internet (0.0.0.0/0 or ::/0) to an internet gateway. */
    private Set<String> publicSubnets() {
        Set<String> toInternet = new HashSet<>();
        for (CfnResource route : ctx.resourcesOfType("AWS::EC2::Route")) {
            String dest = ImportContext.text(ctx.prop(route, "DestinationCidrBlock"));
            String dest6 = ImportContext.text(ctx.prop(route, "DestinationIpv6CidrBlock"));
            String gateway = ImportContext.ref(ctx.prop(route, "GatewayId"));
            if (("0.0.0.0/0".equals(dest) || "::/0".equals(dest6))
                    && ctx.typeOf(gateway).equals("AWS::EC2::InternetGateway")) {
                toInternet.add(ImportContext.ref(ctx.prop(route, "RouteTableId")));
            }
        }
        Set<String> out = new HashSet<>();
        for (CfnResource assoc : ctx.resourcesOfType("AWS::EC2::SubnetRouteTableAssociation")) {
            if (toInternet.contains(ImportContext.ref(ctx.prop(assoc, "RouteTableId")))) {
                out.add(ImportContext.ref(ctx.prop(assoc, "SubnetId")));
            }
        }
        return out;
    }

    private void gateways() {
        Map<String, String> attachedTo = new HashMap<>();
        for (CfnResource attach : ctx.resourcesOfType("AWS::EC2::VPCGatewayAttachment")) {
            String gateway = ImportContext.ref(ctx.prop(attach, "InternetGatewayId"));
            if (gateway == null) {
                gateway = ImportContext.ref(ctx.prop(attach, "VpnGatewayId"));
            }
            if (gateway != null) {
                attachedTo.put(gateway, vpcOf(ctx.prop(attach, "VpcId")));
                attachedTo.put(attach.logicalId(), gateway);
            }
        }
        for (String type : new String[] {"AWS::EC2::InternetGateway", "AWS::EC2::VPNGateway"}) {
            for (CfnResource gw : ctx.resourcesOfType(type)) {
                Draft d = ctx.add(new Draft(gw.logicalId(), ctx.types.paletteId(type).orElseThrow(), gw));
                d.parent = attachedTo.getOrDefault(gw.logicalId(), REGION_ID);
                PropertyReader.read(ctx, d, gw);
            }
        }
        attachedTo.forEach((attachment, gateway) -> {
            if (ctx.typeOf(attachment).equals("AWS::EC2::VPCGatewayAttachment") && ctx.drafts.containsKey(gateway)) {
                ctx.fold(attachment, ctx.drafts.get(gateway));
            }
        });
        for (CfnResource nat : ctx.resourcesOfType("AWS::EC2::NatGateway")) {
            Draft d = ctx.add(new Draft(nat.logicalId(), "nat-gateway", nat));
            String subnet = ImportContext.ref(ctx.prop(nat, "SubnetId"));
            d.parent = ctx.drafts.containsKey(subnet) ? subnet : REGION_ID;
            PropertyReader.read(ctx, d, nat);
            String eip = ImportContext.ref(ctx.prop(nat, "AllocationId"));
            if (ctx.typeOf(eip).equals("AWS::EC2::EIP")) {
                ctx.fold(eip, d);
            }
        }
        for (CfnResource endpoint : ctx.resourcesOfType("AWS::EC2::VPCEndpoint")) {
            Draft d = ctx.add(new Draft(endpoint.logicalId(), "vpc-endpoint", endpoint));
            d.parent = vpcOf(ctx.prop(endpoint, "VpcId"));
            PropertyReader.read(ctx, d, endpoint);
        }
    }
}
