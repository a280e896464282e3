package com.cloudwright.edit;

import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.palette.Palette;
import com.cloudwright.palette.PaletteEntry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Decides where dragged nodes land: each goes into the deepest container under its centre (for
 * the dragged container the pointer holds, under the pointer) that
 * its nesting level allows (as {@link Placer} does), and the palette's placement scope may forbid that
 * container ({@link PlacementCheck}). A node whose container does not change is never refused,
 * even where the validator disagrees with it: moving within a container stays possible.
 */
public final class DropPlanner {

    private final Palette palette;
    private final PlacementCheck check;

    public DropPlanner(Palette palette) {
        this.palette = palette;
        this.check = new PlacementCheck(palette);
    }

    public DropPlan plan(Diagram diagram, Collection<String> draggedIds) {
        return plan(diagram, draggedIds, null);
    }

    /**
     * @param pointer where the pointer is (null: unknown): a dragged container under it lands
     *                where the pointer is, not where its centre happens to be (a wide subnet
     *                released over an AZ's header goes into that AZ)
     */
    public DropPlan plan(Diagram diagram, Collection<String> draggedIds, com.cloudwright.model.Point pointer) {
        List<Node> roots = roots(diagram, draggedIds);
        Set<String> excluded = new HashSet<>();
        for (Node root : roots) {
            excluded.add(root.id());
            diagram.descendants(root.id()).forEach(n -> excluded.add(n.id()));
        }
        // the containers are few (tens) even when services are thousands: look at them only
        List<Node> containers = new ArrayList<>();
        for (Node n : diagram.nodes()) {
            if (NodeTypes.isContainer(n.type()) && !excluded.contains(n.id())
                    && palette.entryOf(n).map(PaletteEntry::isContainer).orElse(false)) {
                containers.add(n);
            }
        }
        Map<String, Integer> depth = new HashMap<>();
        List<Landing> landings = new ArrayList<>(roots.size());
        for (Node root : roots) {
            boolean byPointer = pointer != null && NodeTypes.isContainer(root.type())
                    && root.bounds().contains(pointer.x(), pointer.y());
            double x = byPointer ? pointer.x() : root.bounds().centerX();
            double y = byPointer ? pointer.y() : root.bounds().centerY();
            String to = deepestAt(diagram, containers, depth, root, x, y).map(Node::id).orElse(null);
            Optional<String> problem = Objects.equals(to, root.parent())
                    ? Optional.empty() : check.placementProblem(diagram, root.type(), to);
            landings.add(new Landing(root.id(), root.parent(), to, problem));
        }
        return new DropPlan(landings);
    }

    /** What {@link Placer#containerAt} answers, over a precollected list of containers. */
    private static Optional<Node> deepestAt(Diagram diagram, List<Node> containers, Map<String, Integer> depth, Node node,
                                            double x, double y) {
        int level = NodeTypes.containerLevel(node.type());
        Node best = null;
        int bestDepth = -1;
        for (Node c : containers) {
            if (!c.bounds().contains(x, y) || (level >= 0 && NodeTypes.containerLevel(c.type()) >= level)) {
                continue;
            }
            int d = depth.computeIfAbsent(c.id(), id -> diagram.ancestors(c).size());
            if (d > bestDepth) {
                best = c;
                bestDepth = d;
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * The dragged nodes that take part in containment: existing, not overlay groups (they never
     * have a parent), and not inside another dragged node.
     */
    static List<Node> roots(Diagram diagram, Collection<String> ids) {
        Set<String> present = new LinkedHashSet<>();
        for (String id : ids) {
            diagram.node(id).filter(n -> !NodeTypes.isOverlayGroup(n.type())).ifPresent(n -> present.add(n.id()));
        }
        List<Node> roots = new ArrayList<>();
        for (String id : present) {
            Node n = diagram.requireNode(id);
            if (diagram.ancestors(n).stream().noneMatch(a -> present.contains(a.id()))) {
                roots.add(n);
            }
        }
        return roots;
    }
}
