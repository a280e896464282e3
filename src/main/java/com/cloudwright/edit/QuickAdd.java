package com.cloudwright.edit;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.model.net.SubnetAllocator;
import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.DiagramCommand;
import com.cloudwright.model.Edit;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.palette.Palette;
import com.cloudwright.palette.PaletteEntry;
import com.cloudwright.palette.Placement;
import com.cloudwright.palette.ServiceRole;

import java.util.Optional;

/**
 * Quick add (Ctrl+K, type, Enter): a node of the entry at a free grid spot in the selected
 * container. When the selection is a service, its container is meant; when the palette forbids
 * that container, the nearest enclosing one that allows it is used (S3 typed with a subnet
 * selected lands in the Region); when none does, refused with the reason. Global services and
 * the internet side (users) go outside the Region, on its left ({@link OutsideRegion}). A new subnet gets the
 * next free CIDR block of its VPC; an alias preset sets properties ("public subnet"). The
 * container grows to hold the node.
 */
public final class QuickAdd extends DiagramCommand {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.edit.messages");

    private final Palette palette;
    private final PaletteEntry entry;
    private final String selectedId;
    private final Bounds visible;
    private final java.util.Map<String, Object> preset;
    private String addedId;
    private String label = "";
    /** The label the user typed for the node ("Web server"), or null for the service's own title. */
    private String typedLabel;

    /**
     * @param selectedId the selected node (a container, or a service inside one), or null
     * @param visible    the visible canvas area, where the node goes at the top level (may be null)
     */
    public QuickAdd(Palette palette, PaletteEntry entry, String selectedId, Bounds visible) {
        this(palette, entry, selectedId, visible, java.util.Map.of());
    }

    /** @param preset property values the new node starts with (an alias preset: "public subnet") */
    public QuickAdd(Palette palette, PaletteEntry entry, String selectedId, Bounds visible,
                    java.util.Map<String, Object> preset) {
        this.palette = palette;
        this.entry = entry;
        this.selectedId = selectedId;
        this.visible = visible;
        this.preset = java.util.Map.copyOf(preset);
    }

    /** The node gets this label (what the user typed to find it: "Web server"); null for none. */
    public QuickAdd labelled(String newLabel) {
        this.typedLabel = newLabel;
        return this;
    }

    /** The container a quick add would use for the selection, or the reason there is none. */
    public static Container containerFor(Palette palette, Diagram diagram, PaletteEntry entry, String selectedId) {
        Container found = enclosing(palette, diagram, entry, selectedId);
        if (found.problem().isPresent()) {
            return found;
        }
        Node at = found.id() == null ? null : diagram.node(found.id()).orElse(null);
        if (at != null && spansZones(entry) && !NodeTypes.VPC.equals(at.type())) {
            // a load balancer spans its subnets: it belongs to the VPC, drawn across the zones
            Optional<Node> vpc = diagram.vpcOf(at);
            if (vpc.isPresent()) {
                return new Container(vpc.get().id(), Optional.empty());
            }
        }
        if (at == null && selectedId != null && entry.placement() == Placement.REGIONAL
                && !entry.isContainer() && !entry.isGroup()) {
            // a regional service added beside something outside the Region (S3 behind CloudFront) goes into it
            Optional<Node> region = OutsideRegion.regionFor(diagram, selectedId, null);
            if (region.isPresent() && new PlacementCheck(palette).placementProblem(diagram, entry.id(), region.get().id()).isEmpty()) {
                return new Container(region.get().id(), Optional.empty());
            }
        }
        return found;
    }

    /** A multi-subnet load balancer, drawn across the Availability Zones it serves. */
    static boolean spansZones(PaletteEntry entry) {
        return entry.multiSubnet() && entry.hasRole(ServiceRole.LOAD_BALANCER);
    }

    private static Container enclosing(Palette palette, Diagram diagram, PaletteEntry entry, String selectedId) {
        PlacementCheck check = new PlacementCheck(palette);
        Node start = selectedId == null ? null : diagram.node(selectedId).orElse(null);
        if (start != null && NodeTypes.isOverlayGroup(start.type())) {
            // a group stands where its members are: what is added beside it goes into their container
            start = diagram.members(start).stream().findFirst().orElse(null);
        }
        while (start != null && !palette.entryOf(start).map(PaletteEntry::isContainer).orElse(false)) {
            start = diagram.node(start.parent()).orElse(null);
        }
        String first = start == null ? null : start.id();
        if (OutsideRegion.belongsOutside(entry) && (start == null
                || check.placementProblem(diagram, entry.id(), null).isEmpty())) {
            // the internet side and global services stand left of the Region, never inside it
            return new Container(null, Optional.empty());
        }
        Optional<String> firstProblem = check.placementProblem(diagram, entry.id(), first);
        if (firstProblem.isEmpty() || entry.isGroup()) {
            return new Container(entry.isGroup() ? null : first, Optional.empty());
        }
        for (Node c = start == null ? null : diagram.node(start.parent()).orElse(null); c != null;
             c = diagram.node(c.parent()).orElse(null)) {
            if (check.placementProblem(diagram, entry.id(), c.id()).isEmpty()) {
                return new Container(c.id(), Optional.empty());
            }
        }
        if (start != null && check.placementProblem(diagram, entry.id(), null).isEmpty()) {
            return new Container(null, Optional.empty());
        }
        return new Container(first, firstProblem);
    }

    /** Where a quick add goes: {@code id} (null: the top level), or why it cannot be added. */
    public record Container(String id, Optional<String> problem) {
    }

    /** The id of the new node, once the command has run (to select it). */
    public String addedId() {
        return addedId;
    }

    @Override
    protected void perform(Edit edit) {
        Diagram d = edit.diagram();
        Container container = containerFor(palette, d, entry, selectedId);
        container.problem().ifPresent(reason -> {
            throw new EditRefusedException(reason);
        });
        Optional<Node> beside = container.id() == null && OutsideRegion.belongsOutside(entry)
                ? OutsideRegion.regionFor(d, selectedId, visible) : Optional.empty();
        if (selectedId == null && visible != null && beside.isPresent() && !beside.get().bounds().intersects(visible)) {
            beside = Optional.empty();   // working away from the Region: where the user is looking
        }
        Optional<Bounds> across = container.id() != null && spansZones(entry)
                && NodeTypes.VPC.equals(d.requireNode(container.id()).type())
                ? AcrossZones.spot(d, container.id(), entry) : Optional.empty();
        Bounds spot = beside.isPresent() ? OutsideRegion.spot(d, beside.get(), entry)
                : across.orElseGet(() -> FreeSpot.find(d, container.id(), entry.id(), entry.width(), entry.height(),
                        visible, Grid.DEFAULT));
        Node node = new Placer(palette).createIn(d, entry, container.id(), spot.centerX(), spot.centerY())
                .withBounds(spot);
        if (NodeTypes.SUBNET.equals(entry.id())) {
            Optional<Node> vpc = container.id() == null ? Optional.empty()
                    : d.node(container.id()).flatMap(c -> NodeTypes.VPC.equals(c.type()) ? Optional.of(c) : d.vpcOf(c));
            if (vpc.isPresent()) {
                Optional<String> cidr = SubnetAllocator.nextInVpc(d, vpc.get().id()).cidr();
                if (cidr.isPresent()) {
                    node = node.withProp("cidr", cidr.get());
                }
            }
        }
        for (var value : preset.entrySet()) {
            node = node.withProp(value.getKey(), value.getValue());
        }
        if (typedLabel != null) {
            node = node.withLabel(typedLabel);
        }
        addedId = node.id();
        label = typedLabel != null ? typedLabel : entry.displayLabel();
        edit.putNode(node);
        if (container.id() != null) {
            Containment.grow(edit, container.id());
        }
    }

    @Override
    public String description() {
        return TEXT.get("command.add", label);
    }
}
