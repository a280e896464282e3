package com.cloudwright.ui.canvas;

import com.cloudwright.model.Diagram;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.ui.common.Document;

import java.util.LinkedHashSet;
import java.util.Set;

/** What every gesture tool works with: the canvas, its document, hit testing, the grid and the handle tolerance. */
final class ToolContext {

    final DiagramCanvas canvas;
    final Document doc;
    private final HitTester hits;

    ToolContext(DiagramCanvas canvas) {
        this.canvas = canvas;
        this.doc = canvas.document();
        this.hits = new HitTester(doc.palette());
    }

    /** How close (in world units at the current zoom) a press must come to a handle or an edge. */
    double tolerance() {
        return (Handles.RADIUS + 2) / canvas.scale();
    }

    /** The node or edge at a world point, or null. */
    String hitAt(double worldX, double worldY) {
        return hits.at(doc.diagram(), worldX, worldY, tolerance());
    }

    /** On the grid when snapping is on. */
    double snap(double v) {
        return canvas.snapToGridProperty().get() ? Math.round(v / DiagramCanvas.GRID) * DiagramCanvas.GRID : v;
    }

    /** The selected nodes, without those inside another selected node, plus overlay groups' members. */
    Set<String> movingIds() {
        Diagram d = doc.diagram();
        Set<String> ids = new LinkedHashSet<>();
        for (String id : doc.selection()) {
            d.node(id).ifPresent(n -> {
                if (NodeTypes.isOverlayGroup(n.type())) {
                    d.members(n).forEach(m -> ids.add(m.id()));
                }
                ids.add(id);
            });
        }
        ids.removeIf(id -> d.ancestors(d.requireNode(id)).stream().anyMatch(a -> ids.contains(a.id())));
        return ids;
    }
}
