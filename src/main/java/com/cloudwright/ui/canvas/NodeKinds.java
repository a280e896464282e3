package com.cloudwright.ui.canvas;

import com.cloudwright.model.Node;
import com.cloudwright.palette.EntryKind;
import com.cloudwright.palette.Palette;

/** What kind of box a node is, by its palette entry: gestures, handles and menus treat groups and containers apart. */
final class NodeKinds {

    private NodeKinds() {
    }

    /** A group (security group, auto scaling group): it wraps its members, so it has no resize handles of its own. */
    static boolean isGroup(Palette palette, Node n) {
        return palette.entry(n.type()).map(e -> e.kind() == EntryKind.GROUP).orElse(false);
    }

    /** A container (VPC, subnet) or a group: its outline holds other nodes. */
    static boolean isContainerOrGroup(Palette palette, Node n) {
        return palette.entry(n.type()).map(e -> e.kind() == EntryKind.CONTAINER || e.kind() == EntryKind.GROUP)
                .orElse(false);
    }
}
