package com.cloudwright.edit;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.palette.PaletteEntry;
import com.cloudwright.palette.Placement;

import java.util.Comparator;
import java.util.Optional;

/**
 * Global services (CloudFront, Route 53, WAF, IAM …) and the internet side (users, on-premises,
 * SaaS) drawn as AWS reference diagrams and the bundled examples draw them: outside the Region,
 * in columns on its left, the external actors in the outer column and the global services
 * between them and the Region, where the traffic enters.
 */
public final class OutsideRegion {

    /** The width of one column of icons with their labels. */
    static final double COLUMN = 150;
    private static final String EXTERNAL = "External";

    private OutsideRegion() {
    }

    /** Whether a new node of this entry belongs outside the Region by default. */
    public static boolean belongsOutside(PaletteEntry entry) {
        return !entry.isContainer() && !entry.isGroup()
                && (entry.placement() == Placement.GLOBAL || EXTERNAL.equals(entry.category()));
    }

    /**
     * The Region a new node outside would stand beside: the one around the selected node, else
     * the one nearest the middle of the view (or any, without a view).
     */
    public static Optional<Node> regionFor(Diagram diagram, String selectedId, Bounds visible) {
        Node selected = selectedId == null ? null : diagram.node(selectedId).orElse(null);
        for (Node n = selected; n != null; n = diagram.node(n.parent()).orElse(null)) {
            if (NodeTypes.REGION.equals(n.type())) {
                return Optional.of(n);
            }
        }
        double cx = visible == null ? 0 : visible.centerX();
        double cy = visible == null ? 0 : visible.centerY();
        return diagram.nodesOfType(NodeTypes.REGION).stream()
                .min(Comparator.comparingDouble(r -> visible == null ? r.bounds().x()
                        : Math.hypot(r.bounds().centerX() - cx, r.bounds().centerY() - cy)));
    }

    /**
     * A free spot left of the Region, top-level, level with it: in the column next to it for a
     * global service, one further out for an external actor; further left when that is full.
     */
    public static Bounds spot(Diagram diagram, Node region, PaletteEntry entry) {
        Bounds r = region.bounds();
        int first = EXTERNAL.equals(entry.category()) ? 1 : 0;
        for (int column = first; column < first + 8; column++) {
            double right = r.x() - FreeSpot.GAP - column * COLUMN;
            // FreeSpot keeps a margin inside the area it is given: widen the strip by it
            Bounds strip = new Bounds(right - COLUMN, r.y(), COLUMN, r.h()).inflate(Containment.PADDING);
            Bounds found = FreeSpot.find(diagram, null, entry.id(), entry.width(), entry.height(), strip, Grid.DEFAULT);
            if (strip.contains(found) && Containment.extent(probe(entry, found)).maxX() < r.x()) {
                return found;
            }
        }
        double left = r.x() - FreeSpot.GAP - (first + 9) * COLUMN;
        return new Bounds(Grid.snapUp(left, Grid.DEFAULT), Grid.snapUp(r.y(), Grid.DEFAULT), entry.width(), entry.height());
    }

    private static Node probe(PaletteEntry entry, Bounds at) {
        return new Node("probe", entry.id(), null, at, null);
    }
}
