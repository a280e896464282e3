package com.cloudwright.edit;

import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.palette.Palette;

/** Keeps an Auto Scaling group's desired capacity in step with its drawn members. */
final class MemberSizes {

    private MemberSizes() {
    }

    static Node resized(Palette palette, Node group, int oldCount, int newCount) {
        if (!NodeTypes.AUTO_SCALING_GROUP.equals(group.type()) || oldCount == newCount) {
            return group;
        }
        Node out = group;
        for (var e : GroupAs.Sizes.follow(group, palette.require(group.type()), oldCount, newCount).entrySet()) {
            out = out.withProp(e.getKey(), e.getValue());
        }
        return out;
    }
}
