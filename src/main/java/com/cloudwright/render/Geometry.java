package com.cloudwright.render;

import com.cloudwright.model.Bounds;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;

import java.util.List;

/** Where things are drawn: overlay groups around their members, the extent of the whole picture. */
public final class Geometry {

    /** Space between an overlay group's outline and its members. */
    public static final double GROUP_PADDING = 14;
    /** Room for a group's icon and title above its members. */
    public static final double GROUP_HEADER = 22;
    /** Room below a service icon for its label. */
    public static final double LABEL_ROOM = 34;

    private Geometry() {
    }

    /** The drawn outline: an overlay group wraps its members; everything else is its own bounds. */
    public static Bounds shapeOf(Diagram diagram, Node node) {
        if (!NodeTypes.isOverlayGroup(node.type())) {
            return node.bounds();
        }
        List<Node> members = diagram.members(node);
        if (members.isEmpty()) {
            return node.bounds();
        }
        Bounds union = null;
        for (Node m : members) {
            Bounds b = withLabel(m);
            union = union == null ? b : union.union(b);
        }
        Bounds padded = union.inflate(GROUP_PADDING);
        return new Bounds(padded.x(), padded.y() - GROUP_HEADER, padded.w(), padded.h() + GROUP_HEADER);
    }

    /** A service's icon plus the label below it. */
    public static Bounds withLabel(Node node) {
        if (NodeTypes.isContainer(node.type()) || NodeTypes.isOverlayGroup(node.type())) {
            return node.bounds();
        }
        Bounds b = node.bounds();
        double w = Math.max(b.w(), labelWidth(b));
        return new Bounds(b.centerX() - w / 2, b.y(), w, b.h() + LABEL_ROOM);
    }

    /**
     * How far below a service's icon its label reaches, estimated without a font: one line when
     * the label surely fits the label width (Arial-like widths, with a margin), else two. An
     * unlabelled node shows its palette name, which this cannot see, so it gets two.
     */
    public static double labelDrop(Node node) {
        if (NodeTypes.isContainer(node.type()) || NodeTypes.isOverlayGroup(node.type())) {
            return 0;
        }
        String label = node.label();
        int lines = label == null || label.isBlank() || estimateWidth(label, 12) > labelWidth(node.bounds()) * 0.9 ? 2 : 1;
        return 3 + lines * 15 + 2;
    }

    /** A font-free estimate of a label's width at {@code size}, close to Arial's for Latin text. */
    static double estimateWidth(String text, double size) {
        double em = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ("iljtfr.,:;'|! /()[]-".indexOf(c) >= 0) {
                em += 0.3;
            } else if (c == 'm' || c == 'w' || c == 'M' || c == 'W') {
                em += 0.85;
            } else if (Character.isUpperCase(c)) {
                em += 0.7;
            } else if (c < 0x80) {
                em += 0.56;
            } else {
                em += 1.0;
            }
        }
        return em * size;
    }

    /** The widest a service's label may be (it wraps to two lines within this, centred under the icon). */
    public static double labelWidth(Bounds icon) {
        return Math.max(icon.w() + 56, 110);
    }

    /** What a node covers on the picture: a group's outline, a container's box, an icon with its label. */
    public static Bounds outline(Diagram diagram, Node node) {
        return NodeTypes.isOverlayGroup(node.type()) ? shapeOf(diagram, node) : withLabel(node);
    }

    /** Everything drawn, or null for an empty diagram. */
    public static Bounds contentBounds(Diagram diagram) {
        Bounds all = null;
        for (Node n : diagram.nodes()) {
            Bounds b = outline(diagram, n);
            all = all == null ? b : all.union(b);
        }
        for (var e : diagram.edges()) {
            for (var p : e.bends()) {
                Bounds b = new Bounds(p.x(), p.y(), 0, 0);
                all = all == null ? b : all.union(b);
            }
        }
        return all;
    }
}
