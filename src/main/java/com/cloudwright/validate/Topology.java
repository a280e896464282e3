package com.cloudwright.validate;

import com.cloudwright.model.Diagram;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.model.net.Cidr;
import com.cloudwright.model.net.Link;
import com.cloudwright.model.net.Links;
import com.cloudwright.model.net.Location;
import com.cloudwright.model.net.Locator;
import com.cloudwright.model.net.Zones;
import com.cloudwright.palette.NodeValues;
import com.cloudwright.palette.Palette;
import com.cloudwright.palette.PaletteEntry;
import com.cloudwright.palette.ServiceRole;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Facts about one diagram that several rules need, worked out once per validation run: where
 * each node sits (Region, VPC, AZ, subnet), each VPC's public and private subnets, the subnets
 * multi-subnet services use (PRODUCT.md, "Model semantics"), and the connections with overlay
 * groups expanded to their members. Built for one run on one thread; not shared.
 */
public final class Topology {

    private final Diagram diagram;
    private final Palette palette;
    private final Locator locator;
    private final NodeValues values;
    private final Links links;
    private final Map<String, List<Node>> subnetsByVpc = new LinkedHashMap<>();
    private final Map<String, Map<String, List<Node>>> byTypeAndVpc = new HashMap<>();
    private final Map<String, Optional<Cidr>> cidrs = new HashMap<>();
    private final Map<String, List<Node>> effectiveSubnets = new HashMap<>();
    private Map<String, List<Node>> bySubnet;
    private final Map<String, Set<String>> computeAzs = new HashMap<>();
    private final Map<String, Map<String, List<Node>>> attachedByType = new HashMap<>();
    private final Map<String, String> azKeys = new HashMap<>();
    private final Map<String, Map<String, Boolean>> mayCall = new HashMap<>();

    Topology(Diagram diagram, Palette palette) {
        this.diagram = Objects.requireNonNull(diagram, "diagram");
        this.palette = Objects.requireNonNull(palette, "palette");
        this.locator = new Locator(diagram);
        this.values = new NodeValues(palette);
        for (Node subnet : diagram.nodesOfType(NodeTypes.SUBNET)) {
            Node vpc = place(subnet).vpc();
            if (vpc != null) {
                subnetsByVpc.computeIfAbsent(vpc.id(), k -> new ArrayList<>()).add(subnet);
            }
        }
        this.links = Links.of(diagram);
    }

    // ---- where things are -------------------------------------------------------------------

    /** The node's enclosing Region, VPC, AZ and subnet. */
    public Location place(Node node) {
        return locator.of(node);
    }

    /**
     * The key of the AZ a node is drawn in: the AZ's zone letter ("a" for "a" and for
     * "us-east-1a"), else the AZ node's id. Null when the node is not inside an AZ.
     */
    public String azOf(Node node) {
        Node az = NodeTypes.AVAILABILITY_ZONE.equals(node.type()) ? node : place(node).az();
        return az == null ? null : azKey(az);
    }

    private String azKey(Node az) {
        String known = azKeys.get(az.id());
        if (known == null) {
            known = Zones.key(az);
            azKeys.put(az.id(), known);
        }
        return known;
    }

    /** The AWS Region a node runs in (see {@link Locator#regionName}). */
    public Optional<String> regionName(Node node) {
        return locator.regionName(node);
    }

    // ---- subnets ----------------------------------------------------------------------------

    public List<Node> vpcs() {
        return diagram.nodesOfType(NodeTypes.VPC);
    }

    public List<Node> subnets(Node vpc) {
        return subnetsByVpc.getOrDefault(vpc.id(), List.of());
    }

    public boolean isPublic(Node subnet) {
        return bool(subnet, "public", false);
    }

    public List<Node> publicSubnets(Node vpc) {
        return subnets(vpc).stream().filter(this::isPublic).toList();
    }

    public List<Node> privateSubnets(Node vpc) {
        return subnets(vpc).stream().filter(s -> !isPublic(s)).toList();
    }

    /** The distinct AZ keys of some subnets (subnets outside an AZ are left out). */
    public Set<String> azsOf(Collection<Node> subnets) {
        Set<String> out = new LinkedHashSet<>();
        for (Node s : subnets) {
            String az = azOf(s);
            if (az != null) {
                out.add(az);
            }
        }
        return out;
    }

    /** The nodes of a type inside a VPC (anywhere below it). */
    public List<Node> inVpc(Node vpc, String type) {
        Map<String, List<Node>> byVpc = byTypeAndVpc.computeIfAbsent(type, t -> {
            Map<String, List<Node>> m = new HashMap<>();
            for (Node n : diagram.nodesOfType(t)) {
                Node v = place(n).vpc();
                if (v != null) {
                    m.computeIfAbsent(v.id(), k -> new ArrayList<>()).add(n);
                }
            }
            return m;
        });
        return byVpc.getOrDefault(vpc.id(), List.of());
    }

    /** The parsed {@code cidr} of a VPC or subnet (palette default applied), or empty if missing or invalid. */
    public Optional<Cidr> cidr(Node node) {
        Optional<Cidr> known = cidrs.get(node.id());
        if (known == null) {
            known = string(node, "cidr").flatMap(Cidr::tryParse);
            cidrs.put(node.id(), known);
        }
        return known;
    }

    /**
     * The subnets a multi-subnet service (load balancer, database, cache, file system) uses:
     * {@code props.subnets} when given; otherwise an internet-facing load balancer uses its VPC's
     * public subnets, an internal one the private subnets of its targets' AZs, and a database,
     * cache or file system the VPC's private subnets. A subnet the node is drawn in always counts.
     * Empty for a node outside any VPC.
     */
    public List<Node> effectiveSubnets(Node node) {
        List<Node> known = effectiveSubnets.get(node.id());
        if (known == null) {
            known = EffectiveSubnets.of(this, diagram, node);
            effectiveSubnets.put(node.id(), known);
        }
        return known;
    }

    /** True when the subnets come from the node's own {@code subnets} property. */
    public boolean hasExplicitSubnets(Node node) {
        return !node.props().strings("subnets").isEmpty();
    }

    /** The nodes drawn directly in a subnet (services, not nested containers). */
    public List<Node> drawnIn(Node subnet) {
        if (bySubnet == null) {
            bySubnet = new HashMap<>();
            for (Node n : diagram.nodes()) {
                Node s = place(n).subnet();
                if (s != null && !NodeTypes.isContainer(n.type())) {
                    bySubnet.computeIfAbsent(s.id(), k -> new ArrayList<>()).add(n);
                }
            }
        }
        return bySubnet.getOrDefault(subnet.id(), List.of());
    }

    /** The AZs the VPC's compute ({@link ServiceRole#COMPUTE}) is drawn in. */
    public Set<String> computeAzs(Node vpc) {
        Set<String> known = computeAzs.get(vpc.id());
        if (known == null) {
            known = new LinkedHashSet<>();
            for (String type : typesWithRole(ServiceRole.COMPUTE)) {
                for (Node n : inVpc(vpc, type)) {
                    String az = azOf(n);
                    if (az != null) {
                        known.add(az);
                    }
                }
            }
            computeAzs.put(vpc.id(), known);
        }
        return known;
    }

    /** True when the VPC has compute and all of it is in one AZ (rule CW-R001 reports that). */
    public boolean computeInOneAz(Node vpc) {
        return computeAzs(vpc).size() == 1;
    }

    /**
     * Nodes of a type that belong to a VPC: drawn inside it, or joined to the VPC node (or to one
     * of its subnets) by an edge either way, as a transit gateway or peering usually is.
     */
    public List<Node> attachedToVpc(Node vpc, String type) {
        Map<String, List<Node>> byVpc = attachedByType.computeIfAbsent(type, t -> {
            Map<String, Set<Node>> m = new HashMap<>();
            for (Node n : diagram.nodesOfType(t)) {
                Node inside = place(n).vpc();
                if (inside != null) {
                    m.computeIfAbsent(inside.id(), k -> new LinkedHashSet<>()).add(n);
                }
                for (Node joined : vpcsJoinedBy(n)) {
                    m.computeIfAbsent(joined.id(), k -> new LinkedHashSet<>()).add(n);
                }
            }
            Map<String, List<Node>> lists = new HashMap<>();
            m.forEach((k, v) -> lists.put(k, List.copyOf(v)));
            return lists;
        });
        return byVpc.getOrDefault(vpc.id(), List.of());
    }

    /** The VPCs a connector (peering, transit gateway) is joined to by edges, to the VPC or one of its subnets. */
    public List<Node> vpcsJoinedBy(Node connector) {
        Set<Node> out = new LinkedHashSet<>();
        for (Edge e : diagram.edgesOf(connector.id())) {
            String other = e.from().equals(connector.id()) ? e.to() : e.from();
            diagram.node(other).ifPresent(n -> {
                if (NodeTypes.VPC.equals(n.type())) {
                    out.add(n);
                } else if (NodeTypes.SUBNET.equals(n.type()) && place(n).vpc() != null) {
                    out.add(place(n).vpc());
                }
            });
        }
        return List.copyOf(out);
    }

    /** The nodes joined to this one by an edge in either direction. */
    public List<Node> neighbours(Node node) {
        Set<Node> out = new LinkedHashSet<>();
        for (Edge e : diagram.edgesOf(node.id())) {
            String other = e.from().equals(node.id()) ? e.to() : e.from();
            diagram.node(other).ifPresent(out::add);
        }
        return List.copyOf(out);
    }

    /** NAT gateways of a VPC that give internet access (connectivity type public). */
    public List<Node> publicNatGateways(Node vpc) {
        return inVpc(vpc, ServiceKinds.NAT_GATEWAY).stream().filter(this::isPublicNat).toList();
    }

    public boolean isPublicNat(Node nat) {
        return !string(nat, "connectivityType").orElse("public").equalsIgnoreCase("private");
    }

    /**
     * True when a VPC endpoint of the VPC serves the regional service: an endpoint joined by an
     * edge to a node of that type, or an endpoint joined to no service at all (it is taken to
     * serve whatever the VPC calls).
     */
    public boolean endpointServes(Node vpc, Node service) {
        for (Node endpoint : inVpc(vpc, ServiceKinds.VPC_ENDPOINT)) {
            List<Node> served = neighbours(endpoint).stream().filter(this::isOutsideVpcService).toList();
            if (served.isEmpty() || served.stream().anyMatch(s -> s.type().equals(service.type()))) {
                return true;
            }
        }
        return false;
    }

    // ---- connections ------------------------------------------------------------------------

    public List<Link> links() {
        return links.all();
    }

    /** Calls the node makes (through the groups it belongs to as well). */
    public List<Link> linksFrom(Node node) {
        return links.from(node);
    }

    /** Calls the node receives (an edge to a group it is a member of counts). */
    public List<Link> linksTo(Node node) {
        return links.to(node);
    }

    // ---- what things are --------------------------------------------------------------------

    public Optional<PaletteEntry> entry(Node node) {
        return palette.entryOf(node);
    }

    public boolean isLoadBalancer(Node node) {
        return hasRole(node, ServiceRole.LOAD_BALANCER);
    }

    /** A load balancer's {@code scheme} (default internet-facing) says it takes internet traffic. */
    public boolean isInternetFacing(Node node) {
        return isLoadBalancer(node)
                && !string(node, "scheme").orElse("internet-facing").trim().equalsIgnoreCase("internal");
    }

    public boolean isInternet(Node node) {
        return hasRole(node, ServiceRole.INTERNET_CLIENT);
    }

    /** Whether the palette gives the node's type the role. */
    public boolean hasRole(Node node, ServiceRole role) {
        return palette.hasRole(node.type(), role);
    }

    /** The palette ids with the role, in palette order. */
    public List<String> typesWithRole(ServiceRole role) {
        return palette.idsWithRole(role);
    }

    /** True when the node is a service that lives outside VPCs (regional or global placement). */
    public boolean isOutsideVpcService(Node node) {
        return entry(node).map(e -> switch (e.placement()) {
            case REGIONAL, GLOBAL -> true;
            default -> false;
        }).orElse(false);
    }

    /** A property's value, or the palette default. */
    public Object value(Node node, String name) {
        return values.value(node, name);
    }

    /** True when the palette entry of the node's type declares the property. */
    public boolean declares(Node node, String name) {
        return values.declares(node, name);
    }

    /** Whether the caller's palette entry allows calling the callee (unknown types: yes); once per pair of types. */
    public boolean mayCall(Node caller, Node callee) {
        Map<String, Boolean> byCallee = mayCall.computeIfAbsent(caller.type(), k -> new HashMap<>());
        Boolean known = byCallee.get(callee.type());
        if (known == null) {
            Optional<PaletteEntry> a = entry(caller);
            Optional<PaletteEntry> b = entry(callee);
            known = a.isEmpty() || b.isEmpty() || a.get().mayCall(b.get());
            byCallee.put(callee.type(), known);
        }
        return known;
    }

    /** A property's value (palette default applied) as text. */
    public Optional<String> string(Node node, String name) {
        return values.string(node, name);
    }

    /** A boolean property (palette default applied); "true"/"false" strings count. */
    public boolean bool(Node node, String name, boolean fallback) {
        return values.bool(node, name, fallback);
    }

    /** A numeric property (palette default applied). */
    public Optional<Double> number(Node node, String name) {
        return values.number(node, name);
    }

    /**
     * The port a connection uses: the edge's {@code port} property, else a number in its label,
     * else the callee's port from the palette (engine-dependent where declared).
     */
    public Optional<Integer> port(Edge edge, Node callee) {
        Optional<Integer> explicit = edge.props().number("port").map(d -> (int) Math.round(d));
        if (explicit.isPresent()) {
            return explicit;
        }
        if (edge.label() != null) {
            String label = edge.label().trim();
            if (label.matches("\\d{1,5}")) {
                return Optional.of(Integer.parseInt(label));
            }
            if (label.equalsIgnoreCase("ssh")) {
                return Optional.of(22);
            }
        }
        return palette.portOf(callee);
    }
}
