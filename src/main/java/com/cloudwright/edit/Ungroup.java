package com.cloudwright.edit;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.DiagramCommand;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Edit;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Removes an overlay group and keeps what it meant: an edge to or from the group (which reached
 * every member) becomes one edge per member, unless that edge already exists. The members stay.
 */
public final class Ungroup extends DiagramCommand {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.edit.messages");

    private final String groupId;
    private String label = "";

    public Ungroup(String groupId) {
        this.groupId = groupId;
    }

    @Override
    protected void perform(Edit edit) {
        Diagram d = edit.diagram();
        Node group = d.requireNode(groupId);
        if (!NodeTypes.isOverlayGroup(group.type())) {
            throw new EditRefusedException(TEXT.get("group.notGroup", group.displayLabel()));
        }
        label = group.displayLabel();
        List<Node> members = d.members(group);
        Set<String> reserved = new HashSet<>();
        for (Edge e : d.edgesOf(groupId)) {
            edit.removeEdge(e.id());
            for (Node m : members) {
                String from = e.from().equals(groupId) ? m.id() : e.from();
                String to = e.to().equals(groupId) ? m.id() : e.to();
                boolean exists = d.edgesFrom(from).stream().anyMatch(x -> x.to().equals(to));
                if (!from.equals(to) && !exists) {
                    edit.putEdge(new Edge(Connections.freshEdgeId(d, reserved), from, to, e.label(), List.of(),
                            e.props(), e.extra()));
                }
            }
        }
        for (Node other : d.groupsOf(groupId)) {
            List<String> kept = GroupAs.membersOf(other);
            kept.remove(groupId);
            edit.putNode(other.withProp(NodeTypes.MEMBERS, kept));
        }
        edit.removeNode(groupId);
    }

    @Override
    public String description() {
        return TEXT.get("command.ungroup", label);
    }
}
