package com.cloudwright.ui.canvas;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.render.Geometry;
import com.cloudwright.ui.common.Document;

/** The world rectangle around what is selected: containers by their outline, services with their labels. */
final class SelectionBounds {

    private SelectionBounds() {
    }

    /** The selection's bounds, or null when nothing is selected. */
    static Bounds of(Document doc) {
        Diagram d = doc.diagram();
        Bounds all = null;
        for (String id : doc.selection()) {
            Bounds b = d.node(id).map(n -> NodeKinds.isContainerOrGroup(doc.palette(), n) ? Geometry.shapeOf(d, n) : Geometry.withLabel(n))
                    .orElse(null);
            if (b != null) {
                all = all == null ? b : all.union(b);
            }
        }
        return all;
    }
}
