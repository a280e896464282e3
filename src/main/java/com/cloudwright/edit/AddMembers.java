package com.cloudwright.edit;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.model.DiagramCommand;
import com.cloudwright.model.Edit;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.palette.Palette;

import java.util.Collection;
import java.util.List;

/**
 * Adds services to an overlay group (already-members are skipped). An Auto Scaling group whose
 * desired capacity matched its member count keeps matching. Refused for non-services.
 */
public final class AddMembers extends DiagramCommand {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.edit.messages");

    private final Palette palette;
    private final String groupId;
    private final List<String> ids;
    private String label = "";

    public AddMembers(Palette palette, String groupId, Collection<String> ids) {
        this.palette = palette;
        this.groupId = groupId;
        this.ids = List.copyOf(ids);
    }

    @Override
    protected void perform(Edit edit) {
        Node group = edit.diagram().requireNode(groupId);
        label = group.displayLabel();
        GroupMembership.problem(palette, edit.diagram(), group.type(), ids).ifPresent(reason -> {
            throw new EditRefusedException(reason);
        });
        List<String> members = GroupAs.membersOf(group);
        int before = members.size();
        for (String id : ids) {
            if (!members.contains(id)) {
                members.add(id);
            }
        }
        edit.putNode(MemberSizes.resized(palette, group.withProp(NodeTypes.MEMBERS, members), before, members.size()));
    }

    @Override
    public String description() {
        return TEXT.get("command.members.add", ids.size(), label);
    }
}
