package com.cloudwright.validate.rules.network;

import com.cloudwright.model.net.Link;
import com.cloudwright.model.Node;
import com.cloudwright.validate.AbstractRule;
import com.cloudwright.validate.Pillar;
import com.cloudwright.validate.Problem;
import com.cloudwright.validate.Rule;
import com.cloudwright.validate.RuleContext;
import com.cloudwright.validate.ServiceKinds;
import com.cloudwright.validate.Severity;
import com.cloudwright.validate.Topology;
import com.google.auto.service.AutoService;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * CW-N006: VPC peering is not transitive. A call drawn from VPC A to VPC C that could only go
 * A–B–C over two peerings needs a direct peering or a transit gateway. A peering joins exactly
 * two VPCs.
 */
@AutoService(Rule.class)
public final class PeeringNotTransitive extends AbstractRule {

    public PeeringNotTransitive() {
        super("CW-N006", Severity.ERROR, Pillar.RELIABILITY,
                "https://docs.aws.amazon.com/vpc/latest/peering/invalid-peering-configurations.html");
    }

    @Override
    public List<Problem> check(RuleContext ctx) {
        Topology t = ctx.topology();
        List<Problem> out = new ArrayList<>();
        Map<String, Set<String>> peers = new HashMap<>();
        for (Node peering : ctx.diagram().nodesOfType(ServiceKinds.VPC_PEERING)) {
            List<Node> vpcs = t.vpcsJoinedBy(peering);
            if (vpcs.size() > 2) {
                List<Node> nodes = new ArrayList<>(List.of(peering));
                nodes.addAll(vpcs);
                out.add(problem(nodes, List.of(), "notTwo", ctx.name(peering), vpcs.size()));
            } else if (vpcs.size() == 2) {
                peers.computeIfAbsent(vpcs.get(0).id(), k -> new HashSet<>()).add(vpcs.get(1).id());
                peers.computeIfAbsent(vpcs.get(1).id(), k -> new HashSet<>()).add(vpcs.get(0).id());
            }
        }
        if (peers.isEmpty()) {
            return out;
        }
        List<Set<String>> transitGroups = new ArrayList<>();
        for (Node tgw : ctx.diagram().nodesOfType(ServiceKinds.TRANSIT_GATEWAY)) {
            Set<String> ids = new HashSet<>();
            t.vpcsJoinedBy(tgw).forEach(v -> ids.add(v.id()));
            transitGroups.add(ids);
        }
        Set<String> reported = new HashSet<>();
        Map<String, List<String>> paths = new HashMap<>();
        for (Link link : t.links()) {
            Node from = t.place(link.caller()).vpc();
            Node to = t.place(link.callee()).vpc();
            if (from == null || to == null || from.id().equals(to.id()) || t.isInternetFacing(link.callee())) {
                continue;
            }
            if (peers.getOrDefault(from.id(), Set.of()).contains(to.id())
                    || transitGroups.stream().anyMatch(g -> g.contains(from.id()) && g.contains(to.id()))) {
                continue;
            }
            List<String> path = paths.computeIfAbsent(from.id() + " " + to.id(), k -> path(peers, from.id(), to.id()));
            if (path.size() > 2 && reported.add(link.edge().id())) {
                List<String> names = path.stream().map(id -> ctx.name(ctx.diagram().requireNode(id))).toList();
                out.add(problem(List.of(link.caller(), link.callee(), from, to), List.of(link.edge()), null,
                        ctx.name(link.caller()), ctx.name(link.callee()), String.join(" - ", names)));
            }
        }
        return out;
    }

    /** The shortest chain of peered VPC ids from one VPC to another (breadth first), or empty. */
    private static List<String> path(Map<String, Set<String>> peers, String start, String goal) {
        Map<String, String> cameFrom = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        Set<String> seen = new LinkedHashSet<>(List.of(start));
        while (!queue.isEmpty()) {
            String current = queue.removeFirst();
            if (current.equals(goal)) {
                List<String> out = new ArrayList<>();
                for (String at = goal; at != null; at = cameFrom.get(at)) {
                    out.add(0, at);
                }
                return out;
            }
            for (String next : peers.getOrDefault(current, Set.of()).stream().sorted().toList()) {
                if (seen.add(next)) {
                    cameFrom.put(next, current);
                    queue.addLast(next);
                }
            }
        }
        return List.of();
    }
}
