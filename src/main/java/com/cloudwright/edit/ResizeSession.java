package com.cloudwright.edit;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.model.SetBounds;
import com.cloudwright.palette.EntryKind;
import com.cloudwright.palette.Palette;
import com.cloudwright.render.Geometry;

/**
 * One resize of a node by a handle, from press to release, as a single undo step: every
 * {@link #resizeTo} sets the node's bounds with the session's gesture token, so the history folds
 * the frames into one step. A container (or group) is kept around its children, with room for its
 * title above them, and nothing gets smaller than {@link #minWidth()} × {@link #minHeight()}.
 */
public final class ResizeSession {

    private static final double MIN_SERVICE = 24;
    private static final double MIN_BOX_WIDTH = 80;
    private static final double MIN_BOX_HEIGHT = 60;
    /** Space kept between a container's edge and its children, and above them for the title. */
    private static final double CHILD_MARGIN = 8;
    private static final double TITLE_ROOM = 16;

    private final Diagram diagram;
    private final String nodeId;
    private final Bounds start;
    private final boolean box;
    private final Object gesture = new Object();

    private ResizeSession(Diagram diagram, Node node, boolean box) {
        this.diagram = diagram;
        this.nodeId = node.id();
        this.start = node.bounds();
        this.box = box;
    }

    /** Starts a resize of the node (on press on one of its handles). */
    public static ResizeSession begin(Diagram diagram, Palette palette, String nodeId) {
        Node node = diagram.requireNode(nodeId);
        boolean box = palette.entry(node.type())
                .map(e -> e.kind() == EntryKind.CONTAINER || e.kind() == EntryKind.GROUP).orElse(false);
        return new ResizeSession(diagram, node, box);
    }

    public String nodeId() {
        return nodeId;
    }

    /** The node's bounds when the resize began. */
    public Bounds start() {
        return start;
    }

    public double minWidth() {
        return box ? MIN_BOX_WIDTH : MIN_SERVICE;
    }

    public double minHeight() {
        return box ? MIN_BOX_HEIGHT : MIN_SERVICE;
    }

    /** Gives the node these bounds (a container grown back around its children) in the session's undo step. */
    public void resizeTo(Bounds proposed) {
        Node n = diagram.node(nodeId).orElse(null);
        if (n == null) {
            return;
        }
        Bounds next = box ? keepChildrenInside(n, proposed) : proposed;
        diagram.history().execute(new SetBounds(nodeId, next, gesture));
    }

    /** A container may not be shrunk over its children. */
    private Bounds keepChildrenInside(Node container, Bounds next) {
        Bounds kids = null;
        for (Node child : diagram.children(container.id())) {
            Bounds b = Geometry.withLabel(child);
            kids = kids == null ? b : kids.union(b);
        }
        if (kids == null) {
            return next;
        }
        kids = kids.inflate(CHILD_MARGIN);
        double left = Math.min(next.x(), kids.x());
        double top = Math.min(next.y(), kids.y() - TITLE_ROOM);
        double right = Math.max(next.maxX(), kids.maxX());
        double bottom = Math.max(next.maxY(), kids.maxY());
        return new Bounds(left, top, right - left, bottom - top);
    }
}
