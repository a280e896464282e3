package com.cloudwright.validate;

import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.model.net.Link;
import com.cloudwright.model.net.Location;

import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The subnets a multi-subnet service uses, as {@link Topology#effectiveSubnets} describes. */
final class EffectiveSubnets {

    private EffectiveSubnets() {
    }

    static List<Node> of(Topology t, Diagram diagram, Node node) {
        Set<Node> out = new LinkedHashSet<>();
        List<String> explicit = node.props().strings("subnets");
        if (!explicit.isEmpty()) {
            for (String id : explicit) {
                diagram.node(id).filter(n -> NodeTypes.SUBNET.equals(n.type())).ifPresent(out::add);
            }
            return List.copyOf(out);
        }
        Location place = t.place(node);
        if (place.vpc() == null) {
            return List.of();
        }
        if (place.subnet() != null) {
            out.add(place.subnet());
        }
        if (t.isLoadBalancer(node)) {
            if (t.isInternetFacing(node)) {
                out.addAll(t.publicSubnets(place.vpc()));
            } else {
                Set<String> targetAzs = new HashSet<>();
                for (Link l : t.linksFrom(node)) {
                    String az = t.azOf(l.callee());
                    if (az != null) {
                        targetAzs.add(az);
                    }
                }
                for (Node s : t.privateSubnets(place.vpc())) {
                    if (targetAzs.isEmpty() || targetAzs.contains(t.azOf(s))) {
                        out.add(s);
                    }
                }
            }
        } else {
            out.addAll(t.privateSubnets(place.vpc()));
        }
        return List.copyOf(out);
    }
}
