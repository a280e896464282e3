package com.cloudwright.cfn;

import com.cloudwright.model.net.Zones;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Where a VPC's Availability Zone containers land among the Region's zones. */
final class AvailabilityZones {


    private AvailabilityZones() {
    }

    /**
     * The zone of each Availability Zone container of the VPC, by node id. Zone letters index
     * GetAZs; full names are used as written; unnamed zones take free slots by position (left to
     * right, then top to bottom).
     */
    static Map<String, Network.Zone> of(Build b, Node vpc) {
        List<Node> azs = new ArrayList<>();
        for (Node n : b.diagram.descendants(vpc.id())) {
            if (n.type().equals(NodeTypes.AVAILABILITY_ZONE)) {
                azs.add(n);
            }
        }
        azs.sort(Comparator.comparing((Node n) -> n.bounds().x()).thenComparing(n -> n.bounds().y())
                .thenComparing(Node::id));
        Map<String, Network.Zone> out = new HashMap<>();
        Set<Integer> used = new HashSet<>();
        List<Node> unnamed = new ArrayList<>();
        for (Node az : azs) {
            String zone = az.props().string("zone").map(String::trim).orElse("");
            if (Zones.isLetter(zone)) {
                int i = Zones.index(zone);
                used.add(i);
                out.put(az.id(), new Network.Zone("i:" + i, Fn.select(i, Fn.azs()), i));
            } else if (Zones.isZoneName(zone)) {
                int i = Zones.index(zone);
                out.put(az.id(), new Network.Zone(zone, zone, i));
            } else {
                unnamed.add(az);
            }
        }
        int next = 0;
        for (Node az : unnamed) {
            while (used.contains(next)) {
                next++;
            }
            used.add(next);
            out.put(az.id(), new Network.Zone("i:" + next, Fn.select(next, Fn.azs()), next));
        }
        return out;
    }
}
