package com.cloudwright.cfn;

import com.cloudwright.model.net.Link;
import com.cloudwright.model.Node;
import com.google.auto.service.AutoService;
import java.util.Set;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What connects networks: Elastic IPs (associated with the instance they are drawn next to), VPC
 * endpoints (gateway endpoints on the private route tables for S3 and DynamoDB, interface
 * endpoints in the private subnets otherwise), VPC peering with routes both ways, a transit
 * gateway with an attachment per VPC and routes between them, and a VPN gateway (with a
 * customer gateway and VPN connection when an on-premises network is drawn next to it).
 */
@AutoService(Mapper.class)
public final class NetworkServiceMapper implements Mapper {

    /** The endpoint service names of the services an endpoint can lead to. */
    private static final Map<String, String> ENDPOINT_SERVICES = Map.ofEntries(
            Map.entry("s3", "s3"), Map.entry("s3-glacier", "s3"), Map.entry("dynamodb", "dynamodb"),
            Map.entry("sqs", "sqs"), Map.entry("sns", "sns"), Map.entry("lambda", "lambda"),
            Map.entry("kinesis-data-streams", "kinesis-streams"), Map.entry("kinesis-firehose", "kinesis-firehose"),
            Map.entry("step-functions", "states"), Map.entry("eventbridge", "events"),
            Map.entry("api-gateway", "execute-api"), Map.entry("cloudwatch", "monitoring"),
            Map.entry("ses", "email-smtp"), Map.entry("ecs", "ecs"), Map.entry("fargate", "ecs"),
            Map.entry("athena", "athena"), Map.entry("glue", "glue"), Map.entry("xray", "xray"),
            Map.entry("cognito", "cognito-idp"), Map.entry("backup", "backup"), Map.entry("ebs", "ebs"),
            Map.entry("eks", "eks"), Map.entry("batch", "batch"), Map.entry("redshift", "redshift"),
            Map.entry("cloudtrail", "cloudtrail"), Map.entry("kms", "kms"));

    public NetworkServiceMapper() {
        // found by ServiceLoader
    }

    @Override
    public Set<String> paletteIds() {
        return Set.of("elastic-ip", "vpc-endpoint", "vpc-peering", "transit-gateway", "vpn-gateway");
    }

    @Override
    public Set<String> resourceTypes() {
        return Set.of("AWS::EC2::CustomerGateway", "AWS::EC2::EIP",
                "AWS::EC2::EIPAssociation", "AWS::EC2::Route",
                "AWS::EC2::TransitGateway", "AWS::EC2::TransitGatewayAttachment",
                "AWS::EC2::VPCEndpoint", "AWS::EC2::VPCGatewayAttachment",
                "AWS::EC2::VPCPeeringConnection", "AWS::EC2::VPNConnection",
                "AWS::EC2::VPNConnectionRoute", "AWS::EC2::VPNGateway",
                "AWS::EC2::VPNGatewayRoutePropagation");
    }

    @Override
    public void declare(Node node, Build b) {
        switch (node.type()) {
            case "elastic-ip" -> {
                // declared while wiring: it needs the other nodes' resources
            }
            case "vpc-endpoint" -> vpcEndpoint(node, b);
            case "vpc-peering" -> vpcPeering(node, b);
            case "transit-gateway" -> transitGateway(node, b);
            case "vpn-gateway" -> vpnGateway(node, b);
            default -> throw new IllegalArgumentException(node.type() + " is not mapped by NetworkServiceMapper");
        }
    }

    @Override
    public void wire(Node node, Build b) {
        switch (node.type()) {
            case "elastic-ip" -> elasticIp(node, b);
            case "vpc-endpoint", "vpc-peering", "transit-gateway", "vpn-gateway" -> {
                // nothing to wire
            }
            default -> throw new IllegalArgumentException(node.type() + " is not mapped by NetworkServiceMapper");
        }
    }

    // ---- Elastic IP ----------------------------------------------------------------------------

    private static void elasticIp(Node node, Build b) {
        if (b.template.resource(b.id(node)) != null) {
            return; // a NAT gateway took it
        }
        Resource eip = b.primary(node, "AWS::EC2::EIP").set("Domain", "vpc").set("Tags", b.nameTag(node));
        b.network.vpcOf(node).flatMap(b.network::gatewayAttachment).ifPresent(eip::dependsOn);
        for (Node n : b.neighbours(node)) {
            Resource instance = b.template.resource(b.ids.knows(n) ? b.id(n) : "");
            if (n.type().equals("ec2") && instance != null && instance.type().equals("AWS::EC2::Instance")) {
                b.add(node, "Association", "AWS::EC2::EIPAssociation")
                        .set("AllocationId", eip.att("AllocationId"))
                        .set("InstanceId", instance.ref());
                return;
            }
        }
    }

    // ---- VPC endpoints -------------------------------------------------------------------------

    private static void vpcEndpoint(Node node, Build b) {
        Optional<Node> vpc = b.network.vpcOf(node);
        if (vpc.isEmpty()) {
            for (Link l : b.linksTo(node)) {
                vpc = b.network.vpcOf(l.caller());
                if (vpc.isPresent()) {
                    break;
                }
            }
        }
        if (vpc.isEmpty()) {
            b.notMapped(node, Build.text("networkService.reason.endpointOutsideVpc"));
            return;
        }
        Map<String, Node> services = new LinkedHashMap<>();
        for (Link l : b.linksFrom(node)) {
            String service = ENDPOINT_SERVICES.get(l.callee().type());
            if (service != null) {
                services.putIfAbsent(service, l.callee());
            } else {
                b.note(Build.text("networkService.note.notAnEndpointService", b.id(node), b.id(l.callee()), l.callee().type()));
            }
        }
        if (services.isEmpty()) {
            b.notMapped(node, Build.text("networkService.reason.endpointWithoutService"));
            return;
        }
        String type = b.string(node, "endpointType", null);
        String group = null;
        for (Map.Entry<String, Node> e : services.entrySet()) {
            String service = e.getKey();
            boolean gateway = type == null ? service.equals("s3") || service.equals("dynamodb") : type.equals("Gateway");
            Resource endpoint = services.size() == 1 ? b.primary(node, "AWS::EC2::VPCEndpoint")
                    : b.add(node, LogicalIds.pascal(service), "AWS::EC2::VPCEndpoint");
            endpoint.set("VpcId", b.ref(vpc.get()))
                    .set("ServiceName", Fn.sub("com.amazonaws.${AWS::Region}." + service));
            if (gateway) {
                endpoint.set("VpcEndpointType", "Gateway")
                        .set("RouteTableIds", refs(b.network.privateRouteTables(vpc.get())));
            } else {
                if (group == null) {
                    group = b.securityGroups.of(node).orElseThrow();
                    boolean callersHaveGroups = b.linksTo(node).stream()
                            .anyMatch(l -> b.network.vpcOf(l.caller()).isPresent());
                    if (!callersHaveGroups) {
                        b.template.resource(group).set("SecurityGroupIngress", Json.list(Json.obj(
                                "IpProtocol", "tcp", "FromPort", 443, "ToPort", 443,
                                "CidrIp", b.network.cidr(vpc.get()), "Description", "HTTPS from the VPC")));
                    }
                }
                List<Network.Subnet> subnets = b.network.spread(node, false);
                endpoint.set("VpcEndpointType", "Interface")
                        .set("SubnetIds", Network.refs(b, subnets))
                        .set("SecurityGroupIds", Json.list(b.securityGroups.groupId(group)))
                        .set("PrivateDnsEnabled", b.bool(node, "privateDns"));
            }
        }
    }

    private static List<Object> refs(List<String> ids) {
        List<Object> out = new ArrayList<>();
        ids.forEach(id -> out.add(Fn.ref(id)));
        return out;
    }

    /** The VPCs a node is joined to: VPC nodes at the other end of its edges, or the VPCs of what it touches. */
    private static List<Node> joinedVpcs(Node node, Build b) {
        List<Node> out = new ArrayList<>();
        for (Node n : b.neighbours(node)) {
            Optional<Node> vpc = b.network.vpcOf(n);
            if (vpc.isPresent() && !out.contains(vpc.get()) && b.template.resource(b.id(vpc.get())) != null) {
                out.add(vpc.get());
            }
        }
        b.network.vpcOf(node).ifPresent(v -> {
            if (!out.contains(v)) {
                out.add(0, v);
            }
        });
        out.sort(Comparator.comparing(Node::id));
        return out;
    }

    // ---- Peering ---------------------------------------------------------------------------------

    private static void vpcPeering(Node node, Build b) {
        List<Node> vpcs = joinedVpcs(node, b);
        if (vpcs.size() < 2) {
            b.notMapped(node, Build.text("networkService.reason.peeringNeedsTwoVpcs"));
            return;
        }
        if (vpcs.size() > 2) {
            b.note(Build.text("networkService.note.peeringTooManyVpcs", b.id(node), vpcs.size(), b.id(vpcs.get(0)), b.id(vpcs.get(1))));
        }
        Node a = vpcs.get(0);
        Node c = vpcs.get(1);
        Resource peering = b.primary(node, "AWS::EC2::VPCPeeringConnection")
                .set("VpcId", b.ref(a))
                .set("PeerVpcId", b.ref(c))
                .set("Tags", b.nameTag(node));
        routes(b, node, a, c, "VpcPeeringConnectionId", peering.ref(), null);
        routes(b, node, c, a, "VpcPeeringConnectionId", peering.ref(), null);
    }

    private static void routes(Build b, Node owner, Node from, Node to, String target, Object targetRef,
                               String dependsOn) {
        for (String table : b.network.routeTables(from)) {
            Resource route = b.add(owner, table + "To" + b.id(to), "AWS::EC2::Route")
                    .set("RouteTableId", Fn.ref(table))
                    .set("DestinationCidrBlock", b.network.cidr(to))
                    .set(target, targetRef);
            if (dependsOn != null) {
                route.dependsOn(dependsOn);
            }
        }
    }

    // ---- Transit gateway -------------------------------------------------------------------------

    private static void transitGateway(Node node, Build b) {
        List<Node> vpcs = joinedVpcs(node, b);
        Resource tgw = b.primary(node, "AWS::EC2::TransitGateway")
                .set("AmazonSideAsn", b.integer(node, "amazonSideAsn"))
                .set("Description", "Drawn as " + node.displayLabel())
                .set("DefaultRouteTableAssociation", "enable")
                .set("DefaultRouteTablePropagation", "enable")
                .set("DnsSupport", "enable")
                .set("AutoAcceptSharedAttachments", "disable")
                .set("Tags", b.nameTag(node));
        Map<String, String> attachments = new LinkedHashMap<>();
        for (Node vpc : vpcs) {
            List<Network.Subnet> subnets = new ArrayList<>();
            Map<String, List<Network.Subnet>> byZone = b.network.byZone(vpc, false);
            if (byZone.isEmpty()) {
                byZone = b.network.byZone(vpc, true);
            }
            byZone.values().forEach(list -> subnets.add(list.get(0)));
            if (subnets.isEmpty()) {
                b.note(Build.text("networkService.note.transitVpcWithoutSubnets", b.id(node), b.id(vpc)));
                continue;
            }
            Resource attachment = b.add(node, b.id(vpc) + "Attachment", "AWS::EC2::TransitGatewayAttachment")
                    .set("TransitGatewayId", tgw.ref())
                    .set("VpcId", b.ref(vpc))
                    .set("SubnetIds", Network.refs(b, subnets))
                    .set("Tags", b.nameTag(node));
            attachments.put(vpc.id(), attachment.logicalId());
        }
        for (Node from : vpcs) {
            for (Node to : vpcs) {
                if (from != to && attachments.containsKey(from.id()) && attachments.containsKey(to.id())) {
                    routes(b, node, from, to, "TransitGatewayId", tgw.ref(), attachments.get(from.id()));
                }
            }
        }
        if (vpcs.isEmpty()) {
            b.note(Build.text("networkService.note.transitWithoutVpcs", b.id(node)));
        }
    }

    // ---- VPN -------------------------------------------------------------------------------------

    private static void vpnGateway(Node node, Build b) {
        Optional<Node> vpc = b.network.vpcOf(node).or(() -> joinedVpcs(node, b).stream().findFirst());
        if (vpc.isEmpty()) {
            b.notMapped(node, Build.text("networkService.reason.vpnGatewayOutsideVpc"));
            return;
        }
        Resource vgw = b.primary(node, "AWS::EC2::VPNGateway")
                .set("Type", "ipsec.1")
                .set("AmazonSideAsn", b.integer(node, "amazonSideAsn"))
                .set("Tags", b.nameTag(node));
        Resource attachment = b.add(node, "Attachment", "AWS::EC2::VPCGatewayAttachment")
                .set("VpcId", b.ref(vpc.get()))
                .set("VpnGatewayId", vgw.ref());
        List<String> tables = b.network.privateRouteTables(vpc.get());
        if (!tables.isEmpty()) {
            b.add(node, "RoutePropagation", "AWS::EC2::VPNGatewayRoutePropagation")
                    .set("RouteTableIds", refs(tables))
                    .set("VpnGatewayId", vgw.ref())
                    .dependsOn(attachment.logicalId());
        }
        boolean staticRoutes = b.bool(node, "staticRoutesOnly");
        for (Node site : b.neighbours(node)) {
            if (!site.type().equals("on-premises")) {
                continue;
            }
            String siteId = b.id(site);
            Object ip = b.parameter(new Template.Parameter(siteId + "PublicIp", "String",
                    "Public IPv4 address of the VPN device at " + site.displayLabel(), null,
                    "^(\\d{1,3}\\.){3}\\d{1,3}$", List.of(), "an IPv4 address"));
            Resource customer = b.add(node, siteId + "CustomerGateway", "AWS::EC2::CustomerGateway")
                    .set("Type", "ipsec.1")
                    .set("BgpAsn", 65000)
                    .set("IpAddress", ip)
                    .set("Tags", b.nameTag(site));
            Resource connection = b.add(node, siteId + "Connection", "AWS::EC2::VPNConnection")
                    .set("Type", "ipsec.1")
                    .set("CustomerGatewayId", customer.ref())
                    .set("VpnGatewayId", vgw.ref())
                    .set("StaticRoutesOnly", staticRoutes)
                    .set("Tags", b.nameTag(site));
            if (staticRoutes) {
                Object cidr = b.parameter(new Template.Parameter(siteId + "Cidr", "String",
                        "Address range of the network at " + site.displayLabel(), "192.168.0.0/16",
                        "^(\\d{1,3}\\.){3}\\d{1,3}/\\d{1,2}$", List.of(), "an IPv4 CIDR block"));
                b.add(node, siteId + "Route", "AWS::EC2::VPNConnectionRoute")
                        .set("DestinationCidrBlock", cidr)
                        .set("VpnConnectionId", connection.ref());
            }
            b.notMapped(site, Build.text("networkService.reason.onPremisesThroughVpn", connection.logicalId(), customer.logicalId()));
        }
    }
}
