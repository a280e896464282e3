package com.cloudwright.model;

/**
 * The write access a {@link DiagramCommand} gets while it performs: every change it makes is
 * recorded so that undo and redo restore exactly what was there.
 */
public final class Edit {

    private final Diagram diagram;
    private final Changeset changes = new Changeset();

    Edit(Diagram diagram) {
        this.diagram = diagram;
    }

    public Diagram diagram() {
        return diagram;
    }

    public void putNode(Node node) {
        changes.node(node.id(), diagram.node(node.id()).orElse(null), node);
        diagram.putNode(node);
    }

    public void removeNode(String id) {
        diagram.node(id).ifPresent(old -> {
            changes.node(id, old, null);
            diagram.removeNode(id);
        });
    }

    public void putEdge(Edge edge) {
        changes.edge(edge.id(), diagram.edge(edge.id()).orElse(null), edge);
        diagram.putEdge(edge);
    }

    public void removeEdge(String id) {
        diagram.edge(id).ifPresent(old -> {
            changes.edge(id, old, null);
            diagram.removeEdge(id);
        });
    }

    public void setFields(String name, String region) {
        changes.fields(diagram.name(), name, diagram.region(), region);
        diagram.setName(name);
        diagram.setRegion(region);
    }

    Changeset changes() {
        return changes;
    }
}
