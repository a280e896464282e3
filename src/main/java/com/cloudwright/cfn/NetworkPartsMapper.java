package com.cloudwright.cfn;

import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.google.auto.service.AutoService;
import java.util.Set;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Placement groups, customer gateways, network ACLs, VPC flow logs and network interfaces (EFA
 * included): the smaller networking pieces, each wired from what it is drawn with.
 */
@AutoService(Mapper.class)
public final class NetworkPartsMapper implements Mapper {

    public NetworkPartsMapper() {
        // found by ServiceLoader
    }

    @Override
    public Set<String> paletteIds() {
        return Set.of("placement-group", "customer-gateway", "network-acl", "flow-logs", "network-interface", "efa");
    }

    @Override
    public Set<String> resourceTypes() {
        return Set.of("AWS::EC2::CustomerGateway", "AWS::EC2::FlowLog",
                "AWS::EC2::NetworkAcl", "AWS::EC2::NetworkAclEntry",
                "AWS::EC2::NetworkInterface", "AWS::EC2::NetworkInterfaceAttachment",
                "AWS::EC2::PlacementGroup", "AWS::EC2::SubnetNetworkAclAssociation",
                "AWS::EC2::VPNConnection", "AWS::IAM::Role",
                "AWS::Logs::LogGroup");
    }

    @Override
    public void declare(Node node, Build b) {
        switch (node.type()) {
            case "placement-group" -> placementGroup(node, b);
            case "customer-gateway" -> customerGateway(node, b);
            case "network-acl" -> networkAcl(node, b);
            case "flow-logs" -> {
                // declared while wiring: it needs the other nodes' resources
            }
            case "network-interface", "efa" -> networkInterface(node, b);
            default -> throw new IllegalArgumentException(node.type() + " is not mapped by NetworkPartsMapper");
        }
    }

    @Override
    public void wire(Node node, Build b) {
        switch (node.type()) {
            case "placement-group" -> placementGroupWire(node, b);
            case "customer-gateway" -> customerGatewayWire(node, b);
            case "network-acl" -> {
                // nothing to wire
            }
            case "flow-logs" -> flowLogs(node, b);
            case "network-interface", "efa" -> networkInterfaceWire(node, b);
            default -> throw new IllegalArgumentException(node.type() + " is not mapped by NetworkPartsMapper");
        }
    }

    // ---- placement group -------------------------------------------------------------------------

    private static void placementGroup(Node node, Build b) {
        String strategy = b.string(node, "strategy");
        Resource group = b.primary(node, "AWS::EC2::PlacementGroup").set("Strategy", strategy)
                .set("Tags", b.nameTag(node));
        if (strategy.equals("partition")) {
            group.set("PartitionCount", Math.max(1, Math.min(7, b.integer(node, "partitionCount"))));
        }
    }

    /** Members launch into the group: single instances by name, Auto Scaling groups as a whole. */
    private static void placementGroupWire(Node node, Build b) {
        for (Node m : b.diagram.members(node)) {
            if (!b.inTemplate(m) || !m.type().equals("ec2")) {
                continue;
            }
            Optional<Node> asg = b.group(m, NodeTypes.AUTO_SCALING_GROUP);
            Resource target = b.template.resource(b.id(asg.orElse(m)));
            if (target == null) {
                continue;
            }
            if (target.type().equals("AWS::EC2::Instance")) {
                target.set("PlacementGroupName", b.ref(node));
            } else if (target.type().equals("AWS::AutoScaling::AutoScalingGroup")) {
                target.set("PlacementGroup", b.ref(node));
            }
        }
    }

    // ---- customer gateway ------------------------------------------------------------------------

    private static void customerGateway(Node node, Build b) {
        String ip = b.string(node, "ipAddress", null);
        Object address = ip != null ? ip : b.parameter(new Template.Parameter(b.id(node) + "PublicIp", "String",
                "Public IPv4 address of the VPN device " + node.displayLabel(), null,
                "^(\\d{1,3}\\.){3}\\d{1,3}$", List.of(), "an IPv4 address"));
        b.primary(node, "AWS::EC2::CustomerGateway")
                .set("Type", "ipsec.1")
                .set("BgpAsn", b.integer(node, "bgpAsn"))
                .set("IpAddress", address)
                .set("Tags", b.nameTag(node));
    }

    /** A VPN connection to each VPN or transit gateway the customer gateway is drawn with. */
    private static void customerGatewayWire(Node node, Build b) {
        for (Node gw : b.neighbours(node)) {
            Resource target = b.template.resource(b.ids.knows(gw) ? b.id(gw) : "");
            if (target == null) {
                continue;
            }
            String key = switch (target.type()) {
                case "AWS::EC2::VPNGateway" -> "VpnGatewayId";
                case "AWS::EC2::TransitGateway" -> "TransitGatewayId";
                default -> null;
            };
            if (key != null) {
                b.add(node, "To" + target.logicalId(), "AWS::EC2::VPNConnection")
                        .set("Type", "ipsec.1")
                        .set("CustomerGatewayId", b.ref(node))
                        .set(key, target.ref())
                        .set("StaticRoutesOnly", false)
                        .set("Tags", b.nameTag(node));
            }
        }
    }

    // ---- network ACL -----------------------------------------------------------------------------

    private static void networkAcl(Node node, Build b) {
        Optional<Node> vpc = b.network.vpcOf(node);
        if (vpc.isEmpty()) {
            b.notMapped(node, Build.text("networkParts.reason.aclOutsideVpc"));
            return;
        }
        Resource acl = b.primary(node, "AWS::EC2::NetworkAcl").set("VpcId", b.ref(vpc.get())).set("Tags", b.nameTag(node));
        int rule = 100;
        // Saved diagrams hold the list as a JSON array; older ones and hand-typed values as one comma-separated text.
        List<String> denied = node.props().strings("denyCidrs").stream().flatMap(s -> Json.commaSeparated(s).stream()).toList();
        for (String cidr : denied) {
            for (boolean egress : new boolean[] {false, true}) {
                b.add(node, (egress ? "DenyOut" : "DenyIn") + rule, "AWS::EC2::NetworkAclEntry")
                        .set("NetworkAclId", acl.ref()).set("RuleNumber", rule).set("Protocol", -1)
                        .set("RuleAction", "deny").set("Egress", egress).set("CidrBlock", cidr);
            }
            rule += 10;
        }
        for (boolean egress : new boolean[] {false, true}) {
            b.add(node, egress ? "AllowOut" : "AllowIn", "AWS::EC2::NetworkAclEntry")
                    .set("NetworkAclId", acl.ref()).set("RuleNumber", 32000).set("Protocol", -1)
                    .set("RuleAction", "allow").set("Egress", egress).set("CidrBlock", "0.0.0.0/0");
        }
        List<String> subnets = node.props().strings("subnets");
        for (String id : subnets) {
            b.network.subnet(id).ifPresent(s -> b.add(node, s.id(b) + "Association", "AWS::EC2::SubnetNetworkAclAssociation")
                    .set("SubnetId", Fn.ref(s.id(b))).set("NetworkAclId", acl.ref()));
        }
        if (subnets.isEmpty()) {
            b.note(Build.text("networkParts.note.aclWithoutSubnets", acl.logicalId()));
        }
    }

    // ---- flow logs -------------------------------------------------------------------------------

    private static void flowLogs(Node node, Build b) {
        Optional<Node> vpc = b.network.vpcOf(node);
        if (vpc.isEmpty()) {
            b.notMapped(node, Build.text("networkParts.reason.flowLogsOutsideVpc"));
            return;
        }
        Resource log = b.primary(node, "AWS::EC2::FlowLog")
                .set("ResourceId", b.ref(vpc.get()))
                .set("ResourceType", "VPC")
                .set("TrafficType", b.string(node, "trafficType"))
                .set("Tags", b.nameTag(node));
        Node bucket = b.callees(node, "s3").stream().findFirst().orElse(null);
        Node hose = b.callees(node, "kinesis-firehose").stream().findFirst().orElse(null);
        String destination = b.string(node, "destination");
        if (bucket != null && b.template.resource(b.id(bucket)) != null
                && (destination.equals("s3") || hose == null)) {
            log.set("LogDestinationType", "s3").set("LogDestination", Fn.getAtt(b.id(bucket), "Arn"));
            b.policies.bucket(bucket, Json.obj("Effect", "Allow",
                    "Principal", Json.obj("Service", "delivery.logs.amazonaws.com"), "Action", "s3:PutObject",
                    "Resource", Fn.sub("${" + b.id(bucket) + ".Arn}/AWSLogs/${AWS::AccountId}/*"),
                    "Condition", Json.obj("StringEquals", Json.obj("aws:SourceAccount", Fn.ref("AWS::AccountId"),
                            "s3:x-amz-acl", "bucket-owner-full-control"))));
            b.policies.bucket(bucket, Json.obj("Effect", "Allow",
                    "Principal", Json.obj("Service", "delivery.logs.amazonaws.com"),
                    "Action", Json.list("s3:GetBucketAcl", "s3:ListBucket"), "Resource", Fn.getAtt(b.id(bucket), "Arn"),
                    "Condition", Json.obj("StringEquals", Json.obj("aws:SourceAccount", Fn.ref("AWS::AccountId")))));
        } else if (hose != null && b.template.resource(b.id(hose)) != null) {
            log.set("LogDestinationType", "kinesis-data-firehose").set("LogDestination", Fn.getAtt(b.id(hose), "Arn"));
        } else {
            Resource group = b.add(node, "LogGroup", "AWS::Logs::LogGroup").set("RetentionInDays", 30);
            Resource role = b.add(node, "Role", "AWS::IAM::Role")
                    .set("AssumeRolePolicyDocument", Access.trust("vpc-flow-logs.amazonaws.com"));
            b.access.register(node, role.logicalId());
            b.access.allow(role.logicalId(), List.of("logs:CreateLogStream", "logs:DescribeLogStreams",
                    "logs:PutLogEvents"), group.att("Arn"));
            log.set("LogDestinationType", "cloud-watch-logs")
                    .set("LogGroupName", group.ref())
                    .set("DeliverLogsPermissionArn", role.att("Arn"));
        }
    }

    // ---- network interfaces ----------------------------------------------------------------------

    private static void networkInterface(Node node, Build b) {
        Optional<Network.Subnet> subnet = b.network.subnetOf(node);
        if (subnet.isEmpty()) {
            b.notMapped(node, Build.text("networkParts.reason.interfaceOutsideSubnet"));
            return;
        }
        String type = node.type().equals("efa") ? (b.bool(node, "efaOnly") ? "efa-only" : "efa")
                : b.string(node, "interfaceType");
        String sg = b.securityGroups.of(node).orElseThrow();
        Resource eni = b.primary(node, "AWS::EC2::NetworkInterface")
                .set("SubnetId", Fn.ref(subnet.get().id(b)))
                .set("GroupSet", Json.list(b.securityGroups.groupId(sg)))
                .set("Description", "Interface drawn as " + node.displayLabel())
                .set("Tags", b.nameTag(node));
        if (!type.equals("interface")) {
            eni.set("InterfaceType", type);
        }
        if (node.type().equals("network-interface") && !b.bool(node, "sourceDestCheck")) {
            eni.set("SourceDestCheck", false);
        }
    }

    private static void networkInterfaceWire(Node node, Build b) {
        Resource eni = b.template.resource(b.ids.knows(node) ? b.id(node) : "");
        if (eni == null) {
            return;
        }
        List<Node> instances = new ArrayList<>();
        for (Node n : b.neighbours(node)) {
            Resource r = b.template.resource(b.ids.knows(n) ? b.id(n) : "");
            if (r != null && r.type().equals("AWS::EC2::Instance")) {
                instances.add(n);
            }
        }
        if (!instances.isEmpty()) {
            b.add(node, "Attachment", "AWS::EC2::NetworkInterfaceAttachment")
                    .set("InstanceId", b.ref(instances.get(0)))
                    .set("NetworkInterfaceId", eni.ref())
                    .set("DeviceIndex", "1");
        }
    }
}
