package com.cloudwright.cfn;

import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Security groups derived from the drawing. Each networked node gets one — the drawn
 * {@code security-group} it is a member of, else its Auto Scaling group's, else its own — and
 * each edge between two of them opens the callee's port to the caller's group only (a separate
 * {@code SecurityGroupIngress}, so groups that call each other never form a reference cycle).
 * Nothing is opened to 0.0.0.0/0 except an internet-facing load balancer's listener on 80/443.
 */
final class SecurityGroups {

    /** Who owns a group: the node whose name it carries. */
    private final Map<String, String> groupOfOwner = new HashMap<>();
    private final Map<String, String> ownerNameOfGroup = new HashMap<>();
    private final Map<String, Rule> rules = new TreeMap<>();
    private final Build b;

    private record Rule(String target, String source, int port, String protocol, String description) {
    }

    SecurityGroups(Build b) {
        this.b = b;
    }

    private final Map<String, Node> ownerOf = new HashMap<>();

    /** The node whose security group a node uses. */
    private Node owner(Node node) {
        return ownerOf.computeIfAbsent(node.id(), k -> b.group(node, NodeTypes.SECURITY_GROUP)
                .or(() -> b.group(node, NodeTypes.AUTO_SCALING_GROUP))
                .filter(b::inTemplate)
                .orElse(node));
    }

    /** The security group of a networked node, made on first use (needs the node's VPC). */
    Optional<String> of(Node node) {
        Node owner = owner(node);
        String existing = groupOfOwner.get(owner.id());
        if (existing != null) {
            return Optional.of(existing);
        }
        Optional<Node> vpc = b.network.vpcOf(node).or(() -> firstMemberVpc(owner));
        if (vpc.isEmpty()) {
            return Optional.empty();
        }
        String description = owner.type().equals(NodeTypes.SECURITY_GROUP)
                ? b.string(owner, "description")
                : "Cloudwright: " + owner.displayLabel();
        Resource sg = (owner.type().equals(NodeTypes.SECURITY_GROUP)
                ? b.primary(owner, "AWS::EC2::SecurityGroup")
                : b.add(owner, "SecurityGroup", "AWS::EC2::SecurityGroup"))
                .set("GroupDescription", ascii(description))
                .set("VpcId", b.ref(vpc.get()))
                .set("Tags", b.nameTag(owner));
        groupOfOwner.put(owner.id(), sg.logicalId());
        ownerNameOfGroup.put(sg.logicalId(), b.id(owner));
        return Optional.of(sg.logicalId());
    }

    /** The group a node already has (does not make one). */
    Optional<String> existing(Node node) {
        return Optional.ofNullable(groupOfOwner.get(owner(node).id()));
    }

    Object groupId(String group) {
        return Fn.getAtt(group, "GroupId");
    }

    private Optional<Node> firstMemberVpc(Node owner) {
        if (!NodeTypes.isOverlayGroup(owner.type())) {
            return Optional.empty();
        }
        for (Node m : b.diagram.members(owner)) {
            Optional<Node> v = b.network.vpcOf(m);
            if (v.isPresent()) {
                return v;
            }
        }
        return Optional.empty();
    }

    /** Opens {@code port} on the callee's group to the caller's group. */
    void allow(Node callee, Node caller, int port, String protocol) {
        Optional<String> target = existing(callee);
        Optional<String> source = existing(caller);
        if (target.isEmpty() || source.isEmpty() || target.equals(source) && callee.id().equals(caller.id())) {
            return;
        }
        String key = target.get() + "|" + source.get() + "|" + protocol + "|" + port;
        rules.putIfAbsent(key, new Rule(target.get(), source.get(), port, protocol,
                ascii(owner(caller).displayLabel() + " to " + owner(callee).displayLabel())));
    }

    /** Whether the load balancer faces the internet (the default) rather than only the VPC. */
    static boolean internetFacing(Build b, Node lb) {
        return !"internal".equals(b.string(lb, "scheme"));
    }

    /** The inline rules of an internet-facing load balancer: its listener ports from anywhere. */
    static List<Object> fromInternet(List<Integer> ports, boolean dualStack) {
        List<Object> out = new ArrayList<>();
        for (int port : ports) {
            out.add(Json.obj("IpProtocol", "tcp", "FromPort", port, "ToPort", port, "CidrIp", "0.0.0.0/0",
                    "Description", "Internet to listener " + port));
            if (dualStack) {
                out.add(Json.obj("IpProtocol", "tcp", "FromPort", port, "ToPort", port, "CidrIpv6", "::/0",
                        "Description", "Internet (IPv6) to listener " + port));
            }
        }
        return out;
    }

    void emit() {
        Map<String, Integer> perPair = new HashMap<>();
        for (Rule r : rules.values()) {
            perPair.merge(r.target + "|" + r.source, 1, Integer::sum);
        }
        for (Rule r : rules.values()) {
            String name = ownerNameOfGroup.get(r.target) + "From" + ownerNameOfGroup.get(r.source);
            if (perPair.get(r.target + "|" + r.source) > 1) {
                name += r.port;
            }
            b.add(name, "AWS::EC2::SecurityGroupIngress")
                    .set("GroupId", groupId(r.target))
                    .set("SourceSecurityGroupId", groupId(r.source))
                    .set("IpProtocol", r.protocol)
                    .set("FromPort", r.port)
                    .set("ToPort", r.port)
                    .set("Description", r.description);
        }
    }

    /** Security group descriptions allow ASCII only. */
    static String ascii(String text) {
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || " ._-:/()#,@[]+=&;{}!$*".indexOf(c) >= 0;
            out.append(ok ? c : ' ');
        }
        String s = out.toString().replaceAll(" +", " ").trim();
        return s.isEmpty() ? "Cloudwright" : s.length() > 255 ? s.substring(0, 255) : s;
    }
}
