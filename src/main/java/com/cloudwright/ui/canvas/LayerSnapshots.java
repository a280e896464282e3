package com.cloudwright.ui.canvas;

import com.cloudwright.model.Diagram;
import com.cloudwright.render.EdgeRouter;
import com.cloudwright.ui.common.Document;

/**
 * The copies of the diagram the renderer thread reads while the diagram goes on changing, and the
 * edge routes carried between them and the diagram (routing a large diagram is the slow part, so
 * routes worked out for one copy serve the next and the diagram itself). FX thread only.
 */
final class LayerSnapshots {

    private final Document doc;
    private Diagram snapshot;
    private Diagram snapshotOf;
    private long snapshotRevision = -1;
    /** The snapshot the renderer was last given (its routes are there to carry over). */
    private Diagram lastRendered;

    LayerSnapshots(Document doc) {
        this.doc = doc;
    }

    /** The diagram as a copy the renderer may read while this one goes on changing (one per revision). */
    Diagram current() {
        Diagram d = doc.diagram();
        if (snapshotOf != d || snapshotRevision != d.revision()) {
            snapshot = d.snapshot();
            EdgeRouter.shareRoutes(d, snapshot, false);
            snapshotOf = d;
            snapshotRevision = d.revision();
        }
        return snapshot;
    }

    /** Work for the renderer thread: routes for a snapshot carried over from the last one rendered, unless it has some. */
    Runnable routesFor(Diagram snapshotToRender) {
        Diagram earlier = lastRendered;
        return () -> {
            if (earlier != null && earlier != snapshotToRender) {
                EdgeRouter.routeFrom(earlier, snapshotToRender);
            }
        };
    }

    /** The routes the renderer worked out for a snapshot serve the diagram too, if it has not changed since. */
    void adoptRoutes(Diagram copy, Diagram original, long revision) {
        if (doc.diagram() == original && original.revision() == revision) {
            EdgeRouter.shareRoutes(copy, original, true);
        }
    }

    /** The diagram {@link #current} was copied from. */
    Diagram currentOf() {
        return snapshotOf;
    }

    /** The revision of the diagram {@link #current} was copied at. */
    long currentRevision() {
        return snapshotRevision;
    }

    /** The renderer was given this snapshot: the next one carries its routes over. */
    void givenToRenderer(Diagram copy) {
        lastRendered = copy;
    }

    /** Another diagram is open: the last one's routes serve nothing. */
    void forgetRendered() {
        lastRendered = null;
    }

    /** A copy routed from scratch while the diagram stood still: its routes serve the diagram, and it is the snapshot now. */
    void adoptRoutedFromScratch(Diagram routed, Diagram live, long revision) {
        adoptRoutes(routed, live, revision);
        snapshot = routed;
        snapshotOf = live;
        snapshotRevision = revision;
    }
}
