package com.cloudwright.edit;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.model.DiagramCommand;
import com.cloudwright.model.Edit;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.palette.Palette;

import java.util.Collection;
import java.util.List;

/** Takes nodes out of an overlay group (the nodes stay). The group stays too, even when emptied. */
public final class RemoveMembers extends DiagramCommand {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.edit.messages");

    private final Palette palette;
    private final String groupId;
    private final List<String> ids;
    private String label = "";

    public RemoveMembers(Palette palette, String groupId, Collection<String> ids) {
        this.palette = palette;
        this.groupId = groupId;
        this.ids = List.copyOf(ids);
    }

    @Override
    protected void perform(Edit edit) {
        Node group = edit.diagram().requireNode(groupId);
        label = group.displayLabel();
        List<String> members = GroupAs.membersOf(group);
        int before = members.size();
        members.removeAll(ids);
        edit.putNode(MemberSizes.resized(palette, group.withProp(NodeTypes.MEMBERS, members), before, members.size()));
    }

    @Override
    public String description() {
        return TEXT.get("command.members.remove", ids.size(), label);
    }
}
