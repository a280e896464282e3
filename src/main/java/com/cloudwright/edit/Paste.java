package com.cloudwright.edit;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.model.net.SubnetAllocator;
import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.DiagramCommand;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Edit;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.model.Point;
import com.cloudwright.model.Props;
import com.cloudwright.palette.Palette;
import com.cloudwright.palette.PaletteEntry;
import com.cloudwright.palette.PropertySpec;
import com.cloudwright.palette.PropertyType;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Pastes clipboard content as one undo step: copies with fresh readable ids ({@code web} →
 * {@code web-2}), their containers, edges, overlay-group members and node references (such as
 * {@code sqs.deadLetterQueue}) pointing at the copies. A reference to a node that was not copied
 * keeps pointing at the original when it is in this diagram, and is dropped otherwise.
 *
 * <p>Top-level copies go into {@code targetContainer} when one is given (the selected container:
 * the copies move to a free spot inside it unless they already land in it); otherwise into the
 * container under their centre, or, for a paste by offset (Ctrl+V, duplicate), back into the
 * container they were copied from when the one under their centre may not hold them. Containers grow to hold the copies. Pasted subnets whose
 * CIDR is taken in their VPC get the next free block; pasted AZs the next free zone letter.
 * Refused with {@link EditRefusedException} when a copy may not go where it would land.
 */
public final class Paste extends DiagramCommand {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.edit.messages");

    private final Placer placer;
    private final PlacementCheck check;
    private final Palette palette;
    private final ClipboardContent content;
    private final PastePosition position;
    private final String targetContainer;
    private final String descriptionKey;
    private List<String> pasted = List.of();
    private String firstLabel = "";

    /** @param targetContainer the container to paste into, or null to choose by position */
    public Paste(Palette palette, ClipboardContent content, PastePosition position, String targetContainer) {
        this(palette, content, position, targetContainer, "command.paste");
    }

    private Paste(Palette palette, ClipboardContent content, PastePosition position, String targetContainer,
                  String descriptionKey) {
        this.palette = palette;
        this.placer = new Placer(palette);
        this.check = new PlacementCheck(palette);
        this.content = Objects.requireNonNull(content, "content");
        this.position = Objects.requireNonNull(position, "position");
        this.targetContainer = targetContainer;
        this.descriptionKey = descriptionKey;
    }

    /**
     * Duplicate: copy and paste of the selection in one step, the copy beside the original (to
     * its right or below it, wherever it overlaps nothing; else to its right), in the same
     * containers when the one under the copy may not hold it.
     */
    public static Paste duplicate(Palette palette, Diagram diagram, Collection<String> selectedIds) {
        ClipboardContent content = Clipboard.copy(diagram, selectedIds);
        return new Paste(palette, content, besideOriginal(diagram, content), null, "command.duplicate");
    }

    private static PastePosition besideOriginal(Diagram diagram, ClipboardContent content) {
        Bounds box = extentOf(content.roots());
        if (box == null) {
            return PastePosition.offset(Grid.DEFAULT, Grid.DEFAULT);
        }
        Set<String> ignored = new HashSet<>();
        content.nodes().forEach(n -> ignored.add(n.id()));
        for (Node root : content.roots()) {
            diagram.node(content.originalParents().get(root.id()))
                    .ifPresent(p -> {
                        ignored.add(p.id());
                        diagram.ancestors(p).forEach(a -> ignored.add(a.id()));
                    });
        }
        List<Bounds> obstacles = new ArrayList<>();
        for (Node n : diagram.nodes()) {
            if (!ignored.contains(n.id()) && !NodeTypes.isOverlayGroup(n.type())) {
                obstacles.add(Containment.extent(n));
            }
        }
        double right = Grid.snapUp(box.w() + FreeSpot.GAP, Grid.DEFAULT);
        double down = Grid.snapUp(box.h() + FreeSpot.GAP, Grid.DEFAULT);
        for (int i = 1; i <= 5; i++) {
            for (double[] shift : new double[][] {{right * i, 0}, {0, down * i}}) {
                Bounds candidate = box.translate(shift[0], shift[1]);
                if (obstacles.stream().noneMatch(candidate::intersects)) {
                    return PastePosition.offset(shift[0], shift[1]);
                }
            }
        }
        return PastePosition.offset(right, 0);
    }

    private static Bounds extentOf(Collection<Node> nodes) {
        Bounds box = null;
        for (Node n : nodes) {
            Bounds e = Containment.extent(n);
            box = box == null ? e : box.union(e);
        }
        return box;
    }

    /** The ids of the pasted nodes, in content order, once the command has run (to select them). */
    public List<String> pastedIds() {
        return pasted;
    }

    @Override
    protected void perform(Edit edit) {
        Diagram d = edit.diagram();
        if (content.isEmpty()) {
            return;
        }
        double[] shift = shift(d);
        Set<String> reserved = new HashSet<>();
        Map<String, String> idMap = new LinkedHashMap<>();
        for (Node n : content.nodes()) {
            idMap.put(n.id(), Ids.fresh(d, n.id(), reserved));
        }
        Map<String, String> rootParents = new HashMap<>();
        for (Node root : content.roots()) {
            rootParents.put(root.id(), parentFor(d, root, root.bounds().translate(shift[0], shift[1])));
        }
        List<Node> added = new ArrayList<>();
        for (Node n : content.nodes()) {
            String parent = rootParents.containsKey(n.id()) ? rootParents.get(n.id()) : idMap.get(n.parent());
            Node copy = new Node(idMap.get(n.id()), n.type(), parent, n.label(),
                    n.bounds().translate(shift[0], shift[1]), remapRefs(d, n, idMap), n.extra());
            added.add(copy);
            edit.putNode(copy);
        }
        for (Edge e : content.edges()) {
            String from = idMap.get(e.from());
            String to = idMap.get(e.to());
            if (from == null || to == null) {
                continue;
            }
            List<Point> bends = e.bends().stream().map(p -> new Point(p.x() + shift[0], p.y() + shift[1])).toList();
            edit.putEdge(new Edge(Connections.freshEdgeId(d, reserved), from, to, e.label(), bends, e.props(), e.extra()));
        }
        for (Node copy : added) {
            renumber(edit, copy.id());
        }
        new HashSet<>(rootParents.values()).stream().filter(Objects::nonNull).forEach(p -> Containment.grow(edit, p));
        pasted = added.stream().map(Node::id).toList();
        firstLabel = content.nodes().get(0).displayLabel();
    }

    /** How far the content moves: the position asked for, or into the target container. */
    private double[] shift(Diagram d) {
        Bounds box = content.bounds();
        double dx;
        double dy;
        if (position instanceof PastePosition.At at) {
            dx = at.x() - box.centerX();
            dy = at.y() - box.centerY();
        } else {
            PastePosition.Offset offset = (PastePosition.Offset) position;
            dx = offset.dx();
            dy = offset.dy();
        }
        if (targetContainer != null) {
            Node target = d.node(targetContainer)
                    .orElseThrow(() -> new EditRefusedException(TEXT.get("placement.noSuchParent", targetContainer)));
            Bounds moved = box.translate(dx, dy);
            if (!target.bounds().contains(moved.centerX(), moved.centerY())) {
                Bounds extent = extentOf(content.roots());
                Bounds spot = FreeSpot.find(d, target.id(), NodeTypes.REGION, extent.w(), extent.h(), null, Grid.DEFAULT);
                dx = spot.x() - extent.x();
                dy = spot.y() - extent.y();
            }
        }
        return new double[] {dx, dy};
    }

    private String parentFor(Diagram d, Node root, Bounds at) {
        if (NodeTypes.isOverlayGroup(root.type())) {
            return null;
        }
        if (targetContainer != null) {
            check.placementProblem(d, root.type(), targetContainer).ifPresent(reason -> {
                throw new EditRefusedException(reason);
            });
            return targetContainer;
        }
        String under = placer.containerAt(d, root.type(), at.centerX(), at.centerY(), Set.of()).map(Node::id).orElse(null);
        Optional<String> problem = check.placementProblem(d, root.type(), under);
        if (problem.isEmpty()) {
            return under;
        }
        String original = content.originalParents().get(root.id());
        if (position instanceof PastePosition.Offset && original != null && d.node(original).isPresent() && check.placementProblem(d, root.type(), original).isEmpty()) {
            return original;
        }
        throw new EditRefusedException(problem.get());
    }

    /** Node references to copied nodes follow the copies; others stay if the node exists here. */
    private Props remapRefs(Diagram d, Node n, Map<String, String> idMap) {
        PaletteEntry entry = palette.entryOf(n).orElse(null);
        Map<String, Object> props = new LinkedHashMap<>(n.props().asMap());
        for (String name : n.props().names()) {
            PropertyType type = entry == null ? null : entry.property(name).map(PropertySpec::type).orElse(null);
            if (NodeTypes.MEMBERS.equals(name) || type == PropertyType.NODE_REFS) {
                List<String> refs = new ArrayList<>();
                for (String ref : n.props().strings(name)) {
                    String mapped = idMap.containsKey(ref) ? idMap.get(ref) : d.node(ref).isPresent() ? ref : null;
                    if (mapped != null) {
                        refs.add(mapped);
                    }
                }
                props.put(name, refs);
            } else if (type == PropertyType.NODE_REF) {
                String ref = n.props().string(name).orElse(null);
                String mapped = idMap.containsKey(ref) ? idMap.get(ref) : ref != null && d.node(ref).isPresent() ? ref : null;
                if (mapped == null) {
                    props.remove(name);
                } else {
                    props.put(name, mapped);
                }
            }
        }
        return Props.of(props);
    }

    /** A pasted subnet whose block is taken in its VPC gets the next free one; an AZ the next free letter. */
    private static void renumber(Edit edit, String id) {
        Diagram d = edit.diagram();
        Node n = d.requireNode(id);
        if (NodeTypes.SUBNET.equals(n.type())) {
            Node vpc = d.vpcOf(n).orElse(null);
            String own = n.props().string("cidr").orElse(null);
            if (vpc == null || own == null) {
                return;
            }
            List<String> used = SubnetAllocator.usedIn(d, vpc.id(), id);
            if (SubnetAllocator.taken(own, used)) {
                SubnetAllocator.next(vpc.props().string("cidr").orElse(null), used, SubnetAllocator.ipv4(own).orElseThrow().prefix())
                        .cidr().ifPresent(cidr -> edit.putNode(n.withProp("cidr", cidr)));
            }
        } else if (NodeTypes.AVAILABILITY_ZONE.equals(n.type())) {
            String zone = n.props().string("zone").orElse("");
            Set<String> used = new HashSet<>();
            for (Node sibling : d.children(n.parent())) {
                if (!sibling.id().equals(id) && NodeTypes.AVAILABILITY_ZONE.equals(sibling.type())) {
                    sibling.props().string("zone").ifPresent(used::add);
                }
            }
            if (zone.length() == 1 && used.contains(zone)) {
                for (char c = 'a'; c <= 'z'; c++) {
                    if (!used.contains(String.valueOf(c))) {
                        edit.putNode(n.withProp("zone", String.valueOf(c)));
                        return;
                    }
                }
            }
        }
    }

    @Override
    public String description() {
        return TEXT.get(descriptionKey, pasted.size(), firstLabel);
    }
}
