package com.cloudwright.edit;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.palette.EntryKind;
import com.cloudwright.palette.Palette;
import com.cloudwright.palette.PaletteEntry;
import com.cloudwright.palette.PropertySpec;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * Who may be a member of an overlay group: services only (not containers, other groups or things
 * outside AWS), and of the type the group's {@code members} property names when it names one (an
 * Auto Scaling group launches EC2 instances).
 */
public final class GroupMembership {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.edit.messages");

    private GroupMembership() {
    }

    /** Why these nodes cannot be members of a group of {@code groupType}, or empty. */
    public static Optional<String> problem(Palette palette, Diagram diagram, String groupType, Collection<String> memberIds) {
        PaletteEntry group = palette.entry(groupType).orElse(null);
        if (group == null || group.kind() != EntryKind.GROUP) {
            return Optional.of(TEXT.get("group.notGroup", groupType));
        }
        if (memberIds.isEmpty()) {
            return Optional.of(TEXT.get("group.empty", group.displayLabel()));
        }
        String only = group.property(NodeTypes.MEMBERS).map(PropertySpec::targetType).orElse(null);
        for (String id : memberIds) {
            Node n = diagram.node(id).orElse(null);
            if (n == null) {
                return Optional.of(TEXT.get("group.missing", id));
            }
            PaletteEntry entry = palette.entryOf(n).orElse(null);
            String label = n.displayLabel();
            if (entry == null || entry.kind() != EntryKind.SERVICE) {
                String kind = entry == null ? "unknown" : entry.kind().name().toLowerCase(Locale.ROOT);
                return Optional.of(TEXT.get("group.notService." + kind, label, group.displayLabel()));
            }
            if (only != null && !only.equals(n.type())) {
                String onlyLabel = palette.entry(only).map(PaletteEntry::displayLabel).orElse(only);
                return Optional.of(TEXT.get("group.wrongType", label, group.displayLabel(), onlyLabel, entry.displayLabel()));
            }
        }
        return Optional.empty();
    }
}
