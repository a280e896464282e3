package com.cloudwright.model;

import com.cloudwright.i18n.Bundle;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Deletes nodes and edges. A deleted container takes its contents with it; edges of deleted
 * nodes go too; overlay groups forget deleted members.
 */
public final class RemoveElements extends DiagramCommand {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.model.messages");

    private final Set<String> ids;
    private String firstLabel = "";

    public RemoveElements(Set<String> ids) {
        this.ids = new LinkedHashSet<>(ids);
    }

    @Override
    protected void perform(Edit edit) {
        Diagram d = edit.diagram();
        Set<String> doomedNodes = new LinkedHashSet<>();
        for (String id : ids) {
            d.node(id).ifPresent(n -> {
                if (firstLabel.isEmpty()) {
                    firstLabel = n.displayLabel();
                }
                doomedNodes.add(n.id());
                d.descendants(n.id()).forEach(c -> doomedNodes.add(c.id()));
            });
            d.edge(id).ifPresent(e -> {
                if (firstLabel.isEmpty()) {
                    firstLabel = e.label() == null ? e.from() + " → " + e.to() : e.label();
                }
                edit.removeEdge(e.id());
            });
        }
        for (String id : doomedNodes) {
            for (Edge e : d.edgesOf(id)) {
                edit.removeEdge(e.id());
            }
            for (Node group : d.groupsOf(id)) {
                if (!doomedNodes.contains(group.id())) {
                    List<String> members = new ArrayList<>(d.node(group.id()).orElseThrow().props().strings(NodeTypes.MEMBERS));
                    members.remove(id);
                    edit.putNode(d.requireNode(group.id()).withProp(NodeTypes.MEMBERS, members));
                }
            }
        }
        for (String id : doomedNodes) {
            edit.removeNode(id);
        }
    }

    @Override
    public String description() {
        return TEXT.get("command.delete", ids.size(), firstLabel);
    }
}
