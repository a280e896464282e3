package com.cloudwright.edit;

import java.util.List;

/**
 * The answer for one drag frame: add {@code (dx, dy)} to the dragged offset to sit exactly on the
 * nearest alignments, and draw {@code guides}. Zero on an axis with nothing within tolerance.
 */
public record GuideSnap(double dx, double dy, List<Guide> guides) {

    public static final GuideSnap NONE = new GuideSnap(0, 0, List.of());

    public GuideSnap {
        guides = List.copyOf(guides);
    }

    public boolean snappedX() {
        return guides.stream().anyMatch(Guide::vertical);
    }

    public boolean snappedY() {
        return guides.stream().anyMatch(g -> !g.vertical());
    }
}
