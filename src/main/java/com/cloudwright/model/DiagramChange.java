package com.cloudwright.model;

import java.util.Set;

/**
 * What one edit, undo or redo touched, so that listeners (validation, cost, the canvas) can do
 * only the work it makes necessary.
 *
 * @param nodeIds      nodes added, removed or changed
 * @param edgeIds      edges added, removed or changed
 * @param fieldsChanged true when the diagram's own fields (name, region) changed
 */
public record DiagramChange(long revision, Set<String> nodeIds, Set<String> edgeIds, boolean fieldsChanged) {

    public DiagramChange {
        nodeIds = Set.copyOf(nodeIds);
        edgeIds = Set.copyOf(edgeIds);
    }
}
