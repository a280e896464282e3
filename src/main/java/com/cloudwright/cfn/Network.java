package com.cloudwright.cfn;

import com.cloudwright.model.net.Cidr;
import com.cloudwright.model.net.SubnetAllocator;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The containment tree as CloudFormation networking: a VPC per {@code vpc} node, its subnets in
 * their Availability Zones ({@code !Select [i, !GetAZs '']} from the zone letter, or the zone's
 * full name), an internet gateway with its attachment, a public route table whose default route
 * leads to it, a NAT gateway with an Elastic IP per {@code nat-gateway} node, and a route table
 * per private subnet whose default route leads to the NAT gateway of the same zone (else any).
 * Other mappers ask it where things are: a node's VPC, subnet, zone, and subnets to spread over.
 */
final class Network {

    private static final Cidr DEFAULT_VPC = Cidr.parse("10.0.0.0/16");

    /** An Availability Zone: {@code key} compares zones ("i:0" for the first of GetAZs, or a zone name). */
    record Zone(String key, Object expression, int order) {
    }

    record Subnet(Node node, Node vpc, Zone zone, boolean isPublic, String cidr) {
        String id(Build b) {
            return b.id(node);
        }
    }

    private final Build b;
    private final Map<String, Zone> zoneOfAz = new HashMap<>();
    private final Map<String, Subnet> subnets = new LinkedHashMap<>();
    private final Map<String, List<Subnet>> subnetsByVpc = new HashMap<>();
    private final Map<String, String> routeTableOfSubnet = new HashMap<>();
    private final Map<String, String> attachmentOfVpc = new HashMap<>();
    private final Map<String, String> gatewayOfVpc = new HashMap<>();
    private final Map<String, List<Node>> natsOfVpc = new HashMap<>();
    private final Map<String, List<Node>> gatewaysByVpc = new HashMap<>();
    private final Map<String, List<Node>> natNodesByVpc = new HashMap<>();

    Network(Build b) {
        this.b = b;
    }

    // ---- queries -------------------------------------------------------------------------------

    Optional<Node> vpcOf(Node node) {
        if (node.type().equals(NodeTypes.VPC)) {
            return Optional.of(node);
        }
        return b.diagram.vpcOf(node).filter(b::inTemplate);
    }

    Optional<Subnet> subnetOf(Node node) {
        if (node.type().equals(NodeTypes.SUBNET)) {
            return Optional.ofNullable(subnets.get(node.id()));
        }
        return b.diagram.subnetOf(node).map(s -> subnets.get(s.id()));
    }

    Optional<Subnet> subnet(String nodeId) {
        return Optional.ofNullable(subnets.get(nodeId));
    }

    List<Subnet> subnets(Node vpc) {
        return subnetsByVpc.getOrDefault(vpc.id(), List.of());
    }

    /** The zone a node sits in: its subnet's, or its Availability Zone container's. */
    Optional<Zone> zoneOf(Node node) {
        Optional<Subnet> s = subnetOf(node);
        if (s.isPresent()) {
            return Optional.of(s.get().zone());
        }
        return b.diagram.availabilityZoneOf(node).map(az -> zoneOfAz.get(az.id()));
    }

    /** What VPCs and subnets accept: an IPv4 block from /16 to /28. */
    private static final String CIDR_PATTERN = "^(\\d{1,3}\\.){3}\\d{1,3}/(1[6-9]|2[0-8])$";

    /**
     * The VPC's IPv4 block as the template writes it: a parameter defaulting to the drawn block
     * when the VPC is in this template (the choice is the deployer's, as in AWS's VPC samples),
     * the drawn block for a peer in another template.
     */
    Object cidr(Node vpc) {
        String drawn = b.string(vpc, "cidr");
        return b.inTemplate(vpc) ? cidrParameter(vpc, "VPC", drawn) : drawn;
    }

    private Object cidrParameter(Node owner, String kind, String drawn) {
        return b.parameter(new Template.Parameter(b.id(owner) + "Cidr", "String",
                "IPv4 CIDR block of " + kind + " " + owner.displayLabel(), drawn, CIDR_PATTERN, List.of(),
                "an IPv4 CIDR block from /16 to /28"));
    }

    /** Route tables of the VPC's private subnets (gateway endpoints, VPN propagation, peering routes). */
    List<String> privateRouteTables(Node vpc) {
        return subnets(vpc).stream().filter(s -> !s.isPublic()).map(s -> routeTableOfSubnet.get(s.node().id()))
                .distinct().sorted().toList();
    }

    List<String> routeTables(Node vpc) {
        return subnets(vpc).stream().map(s -> routeTableOfSubnet.get(s.node().id())).distinct().sorted().toList();
    }

    Optional<String> gatewayAttachment(Node vpc) {
        return Optional.ofNullable(attachmentOfVpc.get(vpc.id()));
    }

    /**
     * One subnet per zone for a service that spans subnets: the node's own subnet first, then in
     * each other zone the subnet of the same kind (public/private) in the same row (tier) of the
     * drawing. A node drawn in the VPC itself takes, per zone, the top subnet (public) or the
     * bottom one (private: databases sit in the lowest tier).
     */
    List<Subnet> spread(Node node, boolean wantPublic) {
        List<String> explicit = node.props().strings("subnets");
        if (!explicit.isEmpty()) {
            List<Subnet> out = new ArrayList<>();
            for (String id : explicit) {
                subnet(id).ifPresent(out::add);
            }
            if (!out.isEmpty()) {
                return out;
            }
            b.note(Build.text("network.note.unknownSubnetsProperty", node.id()));
        }
        Optional<Node> vpc = vpcOf(node);
        if (vpc.isEmpty()) {
            return List.of();
        }
        Optional<Subnet> own = subnetOf(node);
        boolean kind = own.map(Subnet::isPublic).orElse(wantPublic);
        Map<String, List<Subnet>> byZone = byZone(vpc.get(), kind);
        List<Subnet> out = new ArrayList<>();
        for (List<Subnet> inZone : byZone.values()) {
            if (own.isPresent() && inZone.contains(own.get())) {
                out.add(own.get());
                continue;
            }
            int rank;
            if (own.isPresent()) {
                rank = byZone.getOrDefault(own.get().zone().key(), List.of()).indexOf(own.get());
            } else {
                rank = kind ? 0 : Integer.MAX_VALUE;
            }
            out.add(inZone.get(Math.min(Math.max(rank, 0), inZone.size() - 1)));
        }
        out.sort(Comparator.comparing((Subnet s) -> s.zone().order()).thenComparing(s -> s.node().id()));
        return out;
    }

    /** The VPC's subnets of one kind, grouped by zone (zones in order), each group top to bottom. */
    Map<String, List<Subnet>> byZone(Node vpc, boolean isPublic) {
        Map<String, List<Subnet>> out = new LinkedHashMap<>();
        subnets(vpc).stream().filter(s -> s.isPublic() == isPublic)
                .sorted(Comparator.comparing((Subnet s) -> s.zone().order())
                        .thenComparing(s -> s.node().bounds().y()).thenComparing(s -> s.node().id()))
                .forEach(s -> out.computeIfAbsent(s.zone().key(), k -> new ArrayList<>()).add(s));
        return out;
    }

    static List<Object> refs(Build b, List<Subnet> subnets) {
        List<Object> out = new ArrayList<>();
        subnets.forEach(s -> out.add(Fn.ref(s.id(b))));
        return out;
    }

    // ---- declaration ---------------------------------------------------------------------------

    void declare() {
        for (Node igw : b.nodesOfType("internet-gateway")) {
            vpcOf(igw).or(() -> attachedVpc(igw))
                    .ifPresent(v -> gatewaysByVpc.computeIfAbsent(v.id(), k -> new ArrayList<>()).add(igw));
        }
        for (Node nat : b.nodesOfType("nat-gateway")) {
            Optional<Node> vpc = vpcOf(nat);
            if (vpc.isPresent()) {
                natNodesByVpc.computeIfAbsent(vpc.get().id(), k -> new ArrayList<>()).add(nat);
            } else {
                b.notMapped(nat, Build.text("network.reason.natGatewayOutsideVpc"));
            }
        }
        for (Node vpc : b.nodesOfType(NodeTypes.VPC)) {
            declareVpc(vpc);
        }
        for (Node s : b.nodesOfType(NodeTypes.SUBNET)) {
            if (!subnets.containsKey(s.id())) {
                b.notMapped(s, Build.text("network.reason.subnetOutsideVpc"));
            }
        }
        for (Node az : b.nodesOfType(NodeTypes.AVAILABILITY_ZONE)) {
            b.notMapped(az, Build.text("network.reason.availabilityZone"));
        }
        for (Node region : b.nodesOfType(NodeTypes.REGION)) {
            b.notMapped(region, Build.text("network.reason.region"));
        }
    }

    private void declareVpc(Node vpc) {
        Resource r = b.primary(vpc, "AWS::EC2::VPC")
                .set("CidrBlock", cidr(vpc))
                .set("EnableDnsHostnames", b.bool(vpc, "enableDnsHostnames"))
                .set("EnableDnsSupport", b.bool(vpc, "enableDnsSupport"))
                .set("Tags", b.nameTag(vpc));
        if ("dedicated".equals(b.string(vpc, "instanceTenancy"))) {
            r.set("InstanceTenancy", "dedicated");
        }
        FlowLogs.add(b, vpc, r);
        zoneOfAz.putAll(AvailabilityZones.of(b, vpc));
        List<Node> subnetNodes = new ArrayList<>();
        for (Node n : b.diagram.descendants(vpc.id())) {
            if (n.type().equals(NodeTypes.SUBNET) && b.inTemplate(n)) {
                subnetNodes.add(n);
            }
        }
        subnetNodes.sort(Comparator.comparing(Node::id));
        List<String> cidrs = allocate(vpc, subnetNodes);
        List<Subnet> list = new ArrayList<>();
        for (int i = 0; i < subnetNodes.size(); i++) {
            Node s = subnetNodes.get(i);
            Zone zone = b.diagram.availabilityZoneOf(s).map(az -> zoneOfAz.get(az.id()))
                    .orElse(new Zone("i:0", Fn.select(0, Fn.azs()), 0));
            Subnet subnet = new Subnet(s, vpc, zone, b.bool(s, "public"), cidrs.get(i));
            subnets.put(s.id(), subnet);
            list.add(subnet);
            b.primary(s, "AWS::EC2::Subnet")
                    .set("VpcId", b.ref(vpc))
                    .set("CidrBlock", cidrParameter(s, "subnet", subnet.cidr()))
                    .set("AvailabilityZone", zone.expression())
                    .set("MapPublicIpOnLaunch", subnet.isPublic() && b.bool(s, "mapPublicIpOnLaunch"))
                    .set("Tags", b.nameTag(s));
        }
        subnetsByVpc.put(vpc.id(), List.copyOf(list));
        internetGateway(vpc, list);
        natGateways(vpc);
        routes(vpc, list);
    }

    /** Subnets drawn without a CIDR get the VPC's next free block ({@link SubnetAllocator}), in id order. */
    private List<String> allocate(Node vpc, List<Node> subnetNodes) {
        Cidr vpcBlock = SubnetAllocator.ipv4(b.string(vpc, "cidr")).orElse(DEFAULT_VPC);
        List<Cidr> used = new ArrayList<>();
        for (Node s : subnetNodes) {
            s.props().string("cidr").flatMap(SubnetAllocator::ipv4).ifPresent(used::add);
        }
        int prefix = SubnetAllocator.defaultPrefix(vpcBlock);
        List<String> out = new ArrayList<>();
        for (Node s : subnetNodes) {
            Optional<String> given = s.props().string("cidr").filter(c -> !c.isBlank());
            if (given.isPresent()) {
                out.add(given.get().trim());
                continue;
            }
            Optional<Cidr> free = SubnetAllocator.next(vpcBlock, used, prefix);
            if (free.isEmpty()) {
                b.note(Build.text("network.note.vpcFull", b.id(vpc), s.id()));
                out.add(vpcBlock.toString());
            } else {
                used.add(free.get());
                out.add(free.get().toString());
                b.note(Build.text("network.note.subnetCidrChosen", s.id(), free.get()));
            }
        }
        return out;
    }

    private void internetGateway(Node vpc, List<Subnet> subnetList) {
        List<Node> drawn = gatewaysByVpc.getOrDefault(vpc.id(), List.of());
        boolean needed = subnetList.stream().anyMatch(Subnet::isPublic);
        if (drawn.isEmpty() && !needed) {
            return;
        }
        Resource gateway;
        if (drawn.isEmpty()) {
            gateway = b.add(b.id(vpc) + "InternetGateway", "AWS::EC2::InternetGateway");
            b.note(Build.text("network.note.internetGatewayAdded", b.id(vpc), gateway.logicalId()));
        } else {
            gateway = b.primary(drawn.get(0), "AWS::EC2::InternetGateway");
            for (Node extra : drawn.subList(1, drawn.size())) {
                b.notMapped(extra, Build.text("network.reason.secondInternetGateway", gateway.logicalId()));
            }
        }
        gateway.set("Tags", Json.nameTag(Fn.sub("${AWS::StackName}-" + LogicalIds.kebab(gateway.logicalId()))));
        String owner = drawn.isEmpty() ? gateway.logicalId() : b.id(drawn.get(0));
        Resource attachment = b.add(owner + "Attachment", "AWS::EC2::VPCGatewayAttachment")
                .set("VpcId", b.ref(vpc))
                .set("InternetGatewayId", gateway.ref());
        gatewayOfVpc.put(vpc.id(), gateway.logicalId());
        attachmentOfVpc.put(vpc.id(), attachment.logicalId());
    }

    /** An internet gateway drawn outside the VPC belongs to the VPC it is connected to, or the only one. */
    private Optional<Node> attachedVpc(Node igw) {
        for (Node n : b.neighbours(igw)) {
            Optional<Node> v = vpcOf(n);
            if (v.isPresent()) {
                return v;
            }
        }
        List<Node> vpcs = b.nodesOfType(NodeTypes.VPC);
        return vpcs.size() == 1 ? Optional.of(vpcs.get(0)) : Optional.empty();
    }

    private void natGateways(Node vpc) {
        List<Node> nats = new ArrayList<>();
        for (Node nat : natNodesByVpc.getOrDefault(vpc.id(), List.of())) {
            Optional<Subnet> s = subnetOf(nat);
            if (s.isEmpty()) {
                b.notMapped(nat, Build.text("network.reason.natGatewayOutsideSubnet"));
                continue;
            }
            boolean isPrivate = "private".equals(b.string(nat, "connectivityType"));
            Resource gw = b.primary(nat, "AWS::EC2::NatGateway")
                    .set("SubnetId", Fn.ref(s.get().id(b)))
                    .set("Tags", b.nameTag(nat));
            if (isPrivate) {
                gw.set("ConnectivityType", "private");
            } else {
                Node drawn = b.neighbours(nat).stream().filter(n -> n.type().equals("elastic-ip"))
                        .min(Comparator.comparing(Node::id)).orElse(null);
                Resource eip = drawn != null && b.template.resource(b.id(drawn)) == null
                        ? b.primary(drawn, "AWS::EC2::EIP")
                        : b.add(nat, "Eip", "AWS::EC2::EIP");
                eip.set("Domain", "vpc").set("Tags", b.nameTag(drawn != null ? drawn : nat));
                gatewayAttachment(vpc).ifPresent(eip::dependsOn);
                gw.set("AllocationId", eip.att("AllocationId"));
                nats.add(nat);
            }
        }
        natsOfVpc.put(vpc.id(), nats);
    }

    private void routes(Node vpc, List<Subnet> subnetList) {
        String vpcId = b.id(vpc);
        Resource publicTable = null;
        for (Subnet s : subnetList) {
            String table;
            if (s.isPublic()) {
                if (publicTable == null) {
                    publicTable = b.add(vpcId + "PublicRouteTable", "AWS::EC2::RouteTable")
                            .set("VpcId", b.ref(vpc))
                            .set("Tags", Json.nameTag(Fn.sub("${AWS::StackName}-" + LogicalIds.kebab(vpcId) + "-public")));
                    String gateway = gatewayOfVpc.get(vpc.id());
                    if (gateway != null) {
                        b.add(vpcId + "PublicDefaultRoute", "AWS::EC2::Route")
                                .set("RouteTableId", publicTable.ref())
                                .set("DestinationCidrBlock", "0.0.0.0/0")
                                .set("GatewayId", Fn.ref(gateway))
                                .dependsOn(attachmentOfVpc.get(vpc.id()));
                    }
                }
                table = publicTable.logicalId();
            } else {
                Resource t = b.add(s.node(), "RouteTable", "AWS::EC2::RouteTable")
                        .set("VpcId", b.ref(vpc))
                        .set("Tags", b.nameTag(s.node()));
                table = t.logicalId();
                natFor(vpc, s).ifPresent(nat -> b.add(s.node(), "DefaultRoute", "AWS::EC2::Route")
                        .set("RouteTableId", t.ref())
                        .set("DestinationCidrBlock", "0.0.0.0/0")
                        .set("NatGatewayId", b.ref(nat)));
            }
            routeTableOfSubnet.put(s.node().id(), table);
            b.add(s.node(), "RouteTableAssociation", "AWS::EC2::SubnetRouteTableAssociation")
                    .set("SubnetId", Fn.ref(s.id(b)))
                    .set("RouteTableId", Fn.ref(table));
        }
    }

    /** The NAT gateway of the subnet's zone, else the first of the VPC; none leaves the subnet isolated. */
    private Optional<Node> natFor(Node vpc, Subnet subnet) {
        List<Node> nats = natsOfVpc.getOrDefault(vpc.id(), List.of());
        for (Node nat : nats) {
            if (subnetOf(nat).map(s -> s.zone().key().equals(subnet.zone().key())).orElse(false)) {
                return Optional.of(nat);
            }
        }
        return nats.stream().findFirst();
    }
}
