package com.cloudwright.edit;

import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.palette.Palette;
import com.cloudwright.palette.PaletteEntry;
import com.cloudwright.palette.Placement;
import com.cloudwright.palette.ServiceRole;

import java.util.Optional;

/**
 * Which way a connection between two nodes runs when the user only says "connect these two": the
 * way the palette allows; when it allows both, the way requests travel in AWS diagrams, from the
 * internet inwards (users, then global edge services, load balancers, compute, and the data and
 * other services they call).
 */
public final class Flow {

    /** A connection's direction: {@code from} calls {@code to}. */
    public record Direction(String from, String to) {
    }

    private Flow() {
    }

    /** The direction a connection between {@code a} and {@code b} takes, or empty when neither may call the other. */
    public static Optional<Direction> between(Palette palette, Diagram diagram, String a, String b) {
        boolean forward = Connections.connectProblem(palette, diagram, a, b).isEmpty();
        boolean backward = Connections.connectProblem(palette, diagram, b, a).isEmpty();
        if (forward && backward) {
            return Optional.of(tier(palette, diagram, b) < tier(palette, diagram, a)
                    ? new Direction(b, a) : new Direction(a, b));
        }
        if (forward) {
            return Optional.of(new Direction(a, b));
        }
        return backward ? Optional.of(new Direction(b, a)) : Optional.empty();
    }

    /** How far from the internet a node stands: lower tiers call higher ones. */
    static int tier(Palette palette, Diagram diagram, String id) {
        Node node = diagram.node(id).orElse(null);
        PaletteEntry entry = node == null ? null : palette.entryOf(node).orElse(null);
        if (entry == null) {
            return 4;
        }
        if (entry.hasRole(ServiceRole.INTERNET_CLIENT) || "External".equals(entry.category())) {
            return 0;
        }
        if (entry.placement() == Placement.GLOBAL) {
            return 1;
        }
        if (entry.hasRole(ServiceRole.LOAD_BALANCER)) {
            return 2;
        }
        return entry.hasRole(ServiceRole.COMPUTE) || entry.isGroup() ? 3 : 4;
    }
}
