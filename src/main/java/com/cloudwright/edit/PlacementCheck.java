package com.cloudwright.edit;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.palette.Palette;
import com.cloudwright.palette.PaletteEntry;

import java.util.Optional;

/**
 * Whether a node of a type may sit in a container, by the palette's placement scope: the same
 * judgement as the validator's placement rules (CW-P001 to CW-P003), asked before the edit so that
 * a drop, a paste or a quick add can be refused with the reason instead of making an error.
 */
public final class PlacementCheck {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.edit.messages");

    private final Palette palette;

    public PlacementCheck(Palette palette) {
        this.palette = palette;
    }

    /**
     * Why a node of {@code type} may not have {@code parentId} as its parent (null: the top level),
     * or empty when it may. Cheap enough to call on every frame of a drag, for previews.
     */
    public Optional<String> placementProblem(Diagram diagram, String type, String parentId) {
        PaletteEntry entry = palette.entry(type).orElse(null);
        if (entry == null) {
            return problem("placement.unknownType", type);
        }
        Node parent = null;
        if (parentId != null) {
            parent = diagram.node(parentId).orElse(null);
            if (parent == null) {
                return problem("placement.noSuchParent", parentId);
            }
            PaletteEntry parentEntry = palette.entryOf(parent).orElse(null);
            if (parentEntry == null || !parentEntry.isContainer()) {
                return problem("placement.notContainer", entry.displayLabel(), parent.displayLabel());
            }
            int level = NodeTypes.containerLevel(type);
            if (level >= 0 && level <= NodeTypes.containerLevel(parent.type())) {
                return problem("placement.inverted", entry.displayLabel(), parentEntry.displayLabel(), parent.displayLabel());
            }
        }
        if (entry.isGroup()) {
            return parent == null ? Optional.empty() : problem("placement.group", entry.displayLabel());
        }
        Place place = Place.of(diagram, parent);
        return switch (entry.placement()) {
            case SUBNET -> subnetProblem(entry, place);
            case VPC -> place.vpc == null ? problem("placement.vpc", entry.displayLabel())
                    : NodeTypes.attachesToWholeVpc(type) && (place.az != null || place.subnet != null)
                    ? problem("placement.vpcEdge", entry.displayLabel()) : Optional.empty();
            case REGIONAL -> place.insideVpc()
                    ? problem(entry.targets() != null && entry.targets().contains(NodeTypes.VPC)
                            ? "placement.regional.attach" : "placement.regional", entry.displayLabel())
                    : Optional.empty();
            case GLOBAL -> place.insideVpc() ? problem("placement.global", entry.displayLabel()) : Optional.empty();
            case CONTAINER -> containerProblem(diagram, entry, parent, place);
            case ANYWHERE -> Optional.empty();
        };
    }

    private static Optional<String> subnetProblem(PaletteEntry entry, Place place) {
        if (entry.multiSubnet()) {
            return place.vpc == null ? problem("placement.multiSubnet", entry.displayLabel()) : Optional.empty();
        }
        return place.subnet == null ? problem("placement.subnet", entry.displayLabel()) : Optional.empty();
    }

    private static Optional<String> containerProblem(Diagram diagram, PaletteEntry entry, Node parent, Place place) {
        return switch (entry.id()) {
            case NodeTypes.REGION -> parent == null ? Optional.empty() : problem("placement.region");
            case NodeTypes.VPC -> place.region != null || (parent == null && hasRegion(diagram))
                    ? Optional.empty() : problem("placement.vpcInRegion");
            case NodeTypes.AVAILABILITY_ZONE -> place.vpc == null ? problem("placement.azInVpc") : Optional.empty();
            case NodeTypes.SUBNET -> place.az == null || place.vpc == null
                    ? problem("placement.subnetInAz") : Optional.empty();
            default -> Optional.empty();
        };
    }

    private static boolean hasRegion(Diagram diagram) {
        return diagram.region() != null && !diagram.region().isBlank();
    }

    private static Optional<String> problem(String key, Object... args) {
        return Optional.of(TEXT.get(key, args));
    }

    /** The network containers at and above a would-be parent. */
    private record Place(Node region, Node vpc, Node az, Node subnet) {

        static Place of(Diagram diagram, Node parent) {
            Node region = null;
            Node vpc = null;
            Node az = null;
            Node subnet = null;
            Node current = parent;
            int guard = 0;
            while (current != null && guard++ <= diagram.nodeCount()) {
                switch (current.type()) {
                    case NodeTypes.REGION -> region = region == null ? current : region;
                    case NodeTypes.VPC -> vpc = vpc == null ? current : vpc;
                    case NodeTypes.AVAILABILITY_ZONE -> az = az == null ? current : az;
                    case NodeTypes.SUBNET -> subnet = subnet == null ? current : subnet;
                    default -> {
                    }
                }
                current = diagram.node(current.parent()).orElse(null);
            }
            return new Place(region, vpc, az, subnet);
        }

        boolean insideVpc() {
            return vpc != null || az != null || subnet != null;
        }
    }
}
