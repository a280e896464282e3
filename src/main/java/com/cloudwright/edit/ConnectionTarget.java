package com.cloudwright.edit;

import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.palette.Palette;
import com.cloudwright.render.Geometry;

/**
 * What a connection dropped at a point means, by what the user sees there: an Auto Scaling group
 * (or another overlay group) is drawn over the subnets it spans, so a drop anywhere inside its
 * outline, on its label or its border, reaches the group rather than the subnet beneath, as long
 * as the caller may call the group and may not call what lies beneath.
 */
public final class ConnectionTarget {

    private ConnectionTarget() {
    }

    /**
     * @param hitId what the hit test found at (x, y) (a service, a container, a group), or null
     * @return the node to connect to, or null for none
     */
    public static String at(Palette palette, Diagram diagram, String fromId, String hitId, double x, double y) {
        Node hit = hitId == null ? null : diagram.node(hitId).orElse(null);
        if (hit != null && !NodeTypes.isContainer(hit.type())) {
            return hitId;   // a service or a group itself: exactly what was aimed at
        }
        boolean hitRefuses = hit == null || Connections.connectProblem(palette, diagram, fromId, hitId).isPresent();
        if (!hitRefuses) {
            return hitId;
        }
        Node best = null;
        for (Node g : diagram.nodes()) {
            if (NodeTypes.isOverlayGroup(g.type()) && !g.id().equals(fromId)
                    && Geometry.shapeOf(diagram, g).contains(x, y)
                    && Connections.connectProblem(palette, diagram, fromId, g.id()).isEmpty()
                    && (best == null || area(diagram, g) < area(diagram, best))) {
                best = g;   // the innermost group drawn there
            }
        }
        return best != null ? best.id() : hitId;
    }

    private static double area(Diagram diagram, Node group) {
        var b = Geometry.shapeOf(diagram, group);
        return b.w() * b.h();
    }
}
