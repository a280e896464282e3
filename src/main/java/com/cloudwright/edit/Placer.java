package com.cloudwright.edit;

import com.cloudwright.model.net.Locator;
import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.model.Props;
import com.cloudwright.palette.EntryKind;
import com.cloudwright.palette.Palette;
import com.cloudwright.palette.PaletteEntry;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Where a new or moved node goes: the deepest container under the point that may hold it
 * (a VPC goes into a Region, a subnet into an Availability Zone, a service into whatever is
 * deepest), and what a new node starts with.
 */
public final class Placer {

    private final Palette palette;

    public Placer(Palette palette) {
        this.palette = palette;
    }

    /** The container that would receive a node of this type dropped at (x, y), if any. */
    public Optional<Node> containerAt(Diagram diagram, String type, double x, double y, Set<String> excluded) {
        int level = NodeTypes.containerLevel(type);
        Node best = null;
        int bestDepth = -1;
        for (Node n : diagram.nodes()) {
            if (!isContainer(n) || excluded.contains(n.id()) || !n.bounds().contains(x, y)) {
                continue;
            }
            int containerLevel = NodeTypes.containerLevel(n.type());
            if (level >= 0 && containerLevel >= level) {
                continue;
            }
            int depth = diagram.ancestors(n).size();
            if (depth > bestDepth) {
                best = n;
                bestDepth = depth;
            }
        }
        if (best != null && NodeTypes.attachesToWholeVpc(type) && NodeTypes.containerLevel(best.type()) > 1) {
            // a gateway dropped over a subnet means the VPC around it
            best = (NodeTypes.VPC.equals(best.type()) ? Optional.of(best) : diagram.vpcOf(best)).orElse(best);
        }
        return Optional.ofNullable(best);
    }

    /** A new node of the entry, centred on (x, y), placed in the container there. */
    public Node create(Diagram diagram, PaletteEntry entry, double x, double y) {
        String parent = entry.kind() == EntryKind.GROUP ? null
                : containerAt(diagram, entry.id(), x, y, Set.of()).map(Node::id).orElse(null);
        Node node = createIn(diagram, entry, parent, x, y);
        if (parent != null && NodeTypes.attachesToWholeVpc(entry.id())
                && diagram.children(parent).stream().anyMatch(c -> c.bounds().contains(x, y))) {
            // dropped over an AZ or subnet of the VPC: drawn on the VPC where nothing else is
            return node.withBounds(FreeSpot.find(diagram, parent, entry.id(), entry.width(), entry.height(), null, Grid.DEFAULT));
        }
        return node;
    }

    /** A new node of the entry, centred on (x, y), in the given container (null: the top level). */
    public Node createIn(Diagram diagram, PaletteEntry entry, String parent, double x, double y) {
        Bounds bounds = new Bounds(x - entry.width() / 2, y - entry.height() / 2, entry.width(), entry.height());
        return new Node(diagram.freshId(entry.id()), entry.id(), parent, null, bounds,
                startingProps(diagram, entry, parent), Map.of());
    }

    private boolean isContainer(Node n) {
        return palette.entry(n.type()).map(e -> e.kind() == EntryKind.CONTAINER).orElse(false);
    }

    private Props startingProps(Diagram diagram, PaletteEntry entry, String parent) {
        Map<String, Object> props = new LinkedHashMap<>();
        switch (entry.id()) {
            case NodeTypes.REGION -> props.put("region", diagram.region() == null ? Locator.DEFAULT_REGION : diagram.region());
            case NodeTypes.VPC -> entry.property("cidr").map(p -> p.defaultValue())
                    .ifPresent(cidr -> props.put("cidr", cidr));
            case NodeTypes.AVAILABILITY_ZONE -> props.put("zone", nextZone(diagram, parent));
            case NodeTypes.SUBNET -> props.put("public", false);
            default -> {
                if (entry.kind() == EntryKind.GROUP) {
                    props.put(NodeTypes.MEMBERS, java.util.List.of());
                }
            }
        }
        return Props.of(props);
    }

    /** The first zone letter not yet used by the AZs of the same VPC. */
    private static String nextZone(Diagram diagram, String parent) {
        Set<String> used = new HashSet<>();
        for (Node sibling : diagram.children(parent)) {
            if (NodeTypes.AVAILABILITY_ZONE.equals(sibling.type())) {
                sibling.props().string("zone").ifPresent(used::add);
            }
        }
        for (char c = 'a'; c <= 'z'; c++) {
            if (!used.contains(String.valueOf(c))) {
                return String.valueOf(c);
            }
        }
        return "a";
    }
}
