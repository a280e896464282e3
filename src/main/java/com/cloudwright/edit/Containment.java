package com.cloudwright.edit;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Edit;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.render.Geometry;

/**
 * How much room a container keeps around what it holds: padding on every side, and a header
 * band at the top for its icon and title. A container never hides a child: after an edit puts
 * something in it, it and its ancestors grow to hold it.
 */
public final class Containment {

    /** Space between a container's border and its children's drawn extents. */
    public static final double PADDING = 20;
    /** Space between a container's top border and its children: title and icon live there. */
    public static final double HEADER = 40;
    /** The smallest container "fit to contents" makes. */
    public static final double MIN_WIDTH = 160;
    public static final double MIN_HEIGHT = 100;

    private Containment() {
    }

    /** What a node covers when drawn: a service's icon and the label under it; a container its box. */
    public static Bounds extent(Node node) {
        return Geometry.withLabel(node);
    }

    /** The area inside a container where children go (below the header, inside the padding). */
    public static Bounds interior(Bounds container) {
        double w = Math.max(0, container.w() - 2 * PADDING);
        double h = Math.max(0, container.h() - HEADER - PADDING);
        return new Bounds(container.x() + PADDING, container.y() + HEADER, w, h);
    }

    /**
     * The box that holds the container's children with padding and header, or null when it has
     * none. A gateway of the whole VPC drawn on the VPC's border, as AWS draws it (its centre
     * inside), stays there: only its centre needs to be inside. One placed elsewhere is held whole.
     */
    public static Bounds required(Diagram diagram, String containerId) {
        Bounds union = null;
        Bounds centres = null;
        Bounds box = diagram.requireNode(containerId).bounds();
        for (Node child : diagram.children(containerId)) {
            if (NodeTypes.attachesToWholeVpc(child.type())
                    && box.contains(child.bounds().centerX(), child.bounds().centerY())) {
                Bounds c = new Bounds(child.bounds().centerX(), child.bounds().centerY(), 0, 0);
                centres = centres == null ? c : centres.union(c);
                continue;
            }
            Bounds e = extent(child);
            union = union == null ? e : union.union(e);
        }
        Bounds padded = union == null ? null : new Bounds(union.x() - PADDING, union.y() - HEADER,
                union.w() + 2 * PADDING, union.h() + HEADER + PADDING);
        return padded == null ? centres : centres == null ? padded : padded.union(centres);
    }

    /** Whether the container shows every child whole. */
    public static boolean holdsChildren(Diagram diagram, String containerId) {
        Bounds need = required(diagram, containerId);
        return need == null || diagram.requireNode(containerId).bounds().contains(need);
    }

    /** Grows the container, then each ancestor, just enough to hold their children. Never shrinks. */
    static void grow(Edit edit, String containerId) {
        Diagram d = edit.diagram();
        String id = containerId;
        for (int guard = 0; id != null && guard <= d.nodeCount(); guard++) {
            Node container = d.node(id).orElse(null);
            if (container == null) {
                return;
            }
            Bounds need = required(d, id);
            if (need != null && !container.bounds().contains(need)) {
                Bounds grown = container.bounds().union(need);
                edit.putNode(container.withBounds(grown));
                keepSiblingsAligned(edit, container, grown);
            }
            id = container.parent();
        }
    }

    /**
     * Sibling containers lined up with a grown one grow with it, as AWS diagrams keep them: the
     * subnets stacked in an Availability Zone keep one width, the zones side by side keep one
     * height. A sibling lined up on one axis takes the grown container's extent on that axis only.
     */
    private static void keepSiblingsAligned(Edit edit, Node container, Bounds grown) {
        Bounds was = container.bounds();
        boolean wider = grown.x() != was.x() || grown.w() != was.w();
        boolean taller = grown.y() != was.y() || grown.h() != was.h();
        if (container.parent() == null) {
            return;
        }
        for (Node sibling : edit.diagram().children(container.parent())) {
            if (sibling.id().equals(container.id()) || !sibling.type().equals(container.type())) {
                continue;
            }
            Bounds b = sibling.bounds();
            Bounds aligned = b;
            if (wider && b.x() == was.x() && b.w() == was.w()) {
                aligned = new Bounds(grown.x(), aligned.y(), grown.w(), aligned.h());
            }
            if (taller && b.y() == was.y() && b.h() == was.h()) {
                aligned = new Bounds(aligned.x(), grown.y(), aligned.w(), grown.h());
            }
            if (!aligned.equals(b)) {
                edit.putNode(sibling.withBounds(aligned));
            }
        }
    }
}
