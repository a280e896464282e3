package com.cloudwright.render;

import com.cloudwright.i18n.Bundle;
import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;
import com.cloudwright.palette.Palette;
import com.cloudwright.palette.PaletteEntry;

/**
 * The text shown for a node: the user's label, else something useful from its type and properties,
 * in the current language (the palette's display names).
 */
public final class Labels {

    private static final Bundle TEXT = Bundle.named("com.cloudwright.render.messages");

    private Labels() {
    }

    public static String title(Diagram diagram, Palette palette, Node node) {
        String base = node.label();
        String typeLabel = palette.entry(node.type()).map(PaletteEntry::displayLabel).orElse(node.type());
        switch (node.type()) {
            case NodeTypes.REGION -> {
                String region = node.props().string("region").orElse(diagram.region());
                return base != null ? base : region == null ? typeLabel : typeLabel + " " + region;
            }
            case NodeTypes.AVAILABILITY_ZONE -> {
                String zone = node.props().string("zone").orElse("");
                return base != null ? base : (typeLabel + " " + zone).strip();
            }
            case NodeTypes.SUBNET, NodeTypes.VPC -> {
                String name = base != null ? base
                        : NodeTypes.SUBNET.equals(node.type())
                        ? TEXT.get(node.props().bool("public", false) ? "subnet.public" : "subnet.private")
                        : typeLabel;
                return node.props().string("cidr").map(c -> name + "  " + c).orElse(name);
            }
            default -> {
                return base != null ? base : typeLabel;
            }
        }
    }
}
