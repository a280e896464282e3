package com.cloudwright.validate;

import com.cloudwright.model.AddNode;
import com.cloudwright.model.Bounds;
import com.cloudwright.model.CompositeCommand;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.DiagramCommand;
import com.cloudwright.model.Node;
import com.cloudwright.model.Props;
import com.cloudwright.model.SetBounds;
import com.cloudwright.model.SetParent;
import com.cloudwright.palette.PaletteEntry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Building blocks of quick fixes: where to put a node, how to move one, which subnet to pick. */
public final class Fixes {

    private static final double PAD = 16;
    private static final double STEP = 8;

    private Fixes() {
    }

    /** Several commands as one undo step named after the fix. */
    public static DiagramCommand step(String title, DiagramCommand... parts) {
        return new CompositeCommand(title, List.of(parts));
    }

    public static DiagramCommand step(String title, List<? extends DiagramCommand> parts) {
        return new CompositeCommand(title, parts);
    }

    /** Moves a node into a container, at a free spot inside it: one step. */
    public static DiagramCommand moveInto(RuleContext ctx, Node node, Node container, String description) {
        Bounds spot = freeSpot(ctx.diagram(), container, node.bounds().w(), node.bounds().h(), List.of(), node.id());
        return new CompositeCommand(description, List.of(new SetParent(Set.of(node.id()), container.id()),
                new SetBounds(node.id(), spot, null)));
    }

    /**
     * A new node of a palette type inside a container (or at the top level when the container is
     * null, right of {@code near}), sized as the palette says, at a free spot; add it with
     * {@link AddNode}.
     *
     * @param taken    places already promised to other nodes the same fix adds
     * @param idsTaken ids other parts of the same fix use
     */
    public static Node newNode(RuleContext ctx, String type, Node container, Node near, String label, Props props,
                                  Collection<Bounds> taken, Collection<String> idsTaken) {
        PaletteEntry entry = ctx.palette().require(type);
        Bounds spot;
        if (container != null) {
            spot = freeSpot(ctx.diagram(), container, entry.width(), entry.height(), taken, null);
        } else {
            Bounds b = near == null ? new Bounds(0, 0, 0, 0) : near.bounds();
            spot = new Bounds(b.maxX() + 48 + taken.size() * (entry.width() + PAD), b.y(), entry.width(), entry.height());
        }
        String id = freshId(ctx.diagram(), type, idsTaken);
        return new Node(id, type, container == null ? null : container.id(), label, spot, props, java.util.Map.of());
    }

    /** An id free in the diagram and not among {@code idsTaken} (ids other parts of one fix use). */
    public static String freshId(Diagram diagram, String prefix, Collection<String> idsTaken) {
        String id = diagram.freshId(prefix);
        for (int i = 2; idsTaken.contains(id); i++) {
            id = diagram.freshId(prefix + "-" + i);
        }
        return id;
    }

    /**
     * The first place inside the container (scanning rows from the top left) where a w × h box
     * overlaps none of its children nor the {@code taken} boxes; the container's top left corner
     * when it is full.
     */
    public static Bounds freeSpot(Diagram diagram, Node container, double w, double h, Collection<Bounds> taken,
                                  String ignoreId) {
        Bounds area = container.bounds();
        List<Bounds> occupied = new ArrayList<>(taken);
        for (Node child : diagram.children(container.id())) {
            if (!child.id().equals(ignoreId)) {
                occupied.add(child.bounds().inflate(PAD / 2));
            }
        }
        double top = area.y() + 2 * PAD;
        for (double y = top; y + h <= area.maxY() - PAD / 2; y += STEP) {
            for (double x = area.x() + PAD; x + w <= area.maxX() - PAD / 2; x += STEP) {
                Bounds candidate = new Bounds(x, y, w, h);
                if (occupied.stream().noneMatch(candidate::intersects)) {
                    return candidate;
                }
            }
        }
        return new Bounds(area.x() + PAD, top, w, h);
    }

    /**
     * A subnet of the VPC with the wanted publicness, in the given AZ when there is one there,
     * else in any AZ; never {@code exclude}.
     */
    public static Optional<Node> subnet(RuleContext ctx, Node vpc, String az, boolean wantPublic, Node exclude) {
        Topology t = ctx.topology();
        List<Node> candidates = (wantPublic ? t.publicSubnets(vpc) : t.privateSubnets(vpc)).stream()
                .filter(s -> exclude == null || !s.id().equals(exclude.id())).toList();
        if (az != null) {
            for (Node s : candidates) {
                if (az.equals(t.azOf(s))) {
                    return Optional.of(s);
                }
            }
        }
        return candidates.stream().findFirst();
    }
}
