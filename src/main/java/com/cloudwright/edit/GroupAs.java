package com.cloudwright.edit;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.DiagramCommand;
import com.cloudwright.model.Edit;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.model.Props;
import com.cloudwright.palette.Palette;
import com.cloudwright.palette.PaletteEntry;
import com.cloudwright.render.Geometry;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;

/**
 * Makes an overlay group (an {@code auto-scaling-group} or a {@code security-group}) of the given
 * services, wherever they sit. An Auto Scaling group starts with the palette's min/max and a
 * desired capacity equal to its number of members (min and max widened to allow it). Refused,
 * with {@link EditRefusedException}, for non-services ({@link GroupMembership}).
 */
public final class GroupAs extends DiagramCommand {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.edit.messages");

    private final Palette palette;
    private final String type;
    private final List<String> memberIds;
    private String groupId;
    private String groupLabel = "";

    public GroupAs(Palette palette, String type, Collection<String> memberIds) {
        this.palette = palette;
        this.type = type;
        this.memberIds = List.copyOf(new LinkedHashSet<>(memberIds));
    }

    /** The id of the new group, once the command has run. */
    public String groupId() {
        return groupId;
    }

    @Override
    protected void perform(Edit edit) {
        Diagram d = edit.diagram();
        GroupMembership.problem(palette, d, type, memberIds).ifPresent(reason -> {
            throw new EditRefusedException(reason);
        });
        PaletteEntry entry = palette.require(type);
        groupLabel = entry.displayLabel();
        Map<String, Object> props = new LinkedHashMap<>();
        props.put(NodeTypes.MEMBERS, memberIds);
        if (NodeTypes.AUTO_SCALING_GROUP.equals(type)) {
            Sizes.initial(entry, memberIds.size()).forEach(props::put);
        }
        groupId = d.freshId(type);
        Node group = new Node(groupId, type, null, null, new Bounds(0, 0, entry.width(), entry.height()),
                Props.of(props), Map.of());
        edit.putNode(group);
        // the stored box is only what is drawn without members: keep it around them anyway
        edit.putNode(group.withBounds(Geometry.shapeOf(d, d.requireNode(groupId))));
    }

    @Override
    public String description() {
        return TEXT.get("command.group", memberIds.size(), groupLabel);
    }

    /** Auto Scaling sizes that keep min ≤ desired ≤ max. */
    static final class Sizes {

        private Sizes() {
        }

        static Map<String, Object> initial(PaletteEntry entry, int members) {
            long min = defaultOf(entry, "min", 1);
            long max = defaultOf(entry, "max", Math.max(members, 1));
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("min", Math.min(min, members));
            out.put("max", Math.max(max, members));
            out.put("desired", (long) members);
            return out;
        }

        /** After the member count changes: desired follows when it matched the old count. */
        static Map<String, Object> follow(Node group, PaletteEntry entry, int oldCount, int newCount) {
            Map<String, Object> out = new LinkedHashMap<>();
            long desired = group.props().integer("desired", defaultOf(entry, "desired", oldCount));
            if (desired != oldCount) {
                return out;
            }
            long min = group.props().integer("min", defaultOf(entry, "min", 1));
            long max = group.props().integer("max", defaultOf(entry, "max", newCount));
            out.put("desired", (long) newCount);
            if (min > newCount) {
                out.put("min", (long) newCount);
            }
            if (max < newCount) {
                out.put("max", (long) newCount);
            }
            return out;
        }

        private static long defaultOf(PaletteEntry entry, String name, long fallback) {
            return entry.property(name).map(p -> p.defaultValue())
                    .filter(Number.class::isInstance).map(v -> ((Number) v).longValue()).orElse(fallback);
        }
    }

    static List<String> membersOf(Node group) {
        return new ArrayList<>(group.props().strings(NodeTypes.MEMBERS));
    }
}
