package com.cloudwright.model.net;

import com.cloudwright.model.Diagram;
import com.cloudwright.model.Node;
import com.cloudwright.model.NodeTypes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Finds where nodes are drawn (Region, VPC, AZ, subnet) and which AWS Region they run in, for one
 * diagram as it is now. Each node's location is worked out once, parents first, so asking for every
 * node costs one walk of the containment tree. Not thread-safe; make a new one after the diagram
 * changes.
 */
public final class Locator {

    /** The Region of a diagram that names none: where AWS's own consoles and examples start. */
    public static final String DEFAULT_REGION = "us-east-1";

    private final Diagram diagram;
    private final Map<String, Location> locations = new HashMap<>();

    public Locator(Diagram diagram) {
        this.diagram = Objects.requireNonNull(diagram, "diagram");
    }

    public Diagram diagram() {
        return diagram;
    }

    /** The node's enclosing containers. */
    public Location of(Node node) {
        Location known = locations.get(node.id());
        if (known != null) {
            return known;
        }
        List<Node> chain = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Node current = node;
        Location base = Location.NOWHERE;
        while (current != null && seen.add(current.id())) {
            Location l = locations.get(current.id());
            if (l != null) {
                base = l.inside(current);
                break;
            }
            chain.add(current);
            current = current.parent() == null ? null : diagram.node(current.parent()).orElse(null);
        }
        // The chain runs from the node up to the highest ancestor not yet known; fill it in top-down.
        for (int i = chain.size() - 1; i >= 0; i--) {
            Node n = chain.get(i);
            locations.put(n.id(), base);
            base = base.inside(n);
        }
        return locations.get(node.id());
    }

    /**
     * The AWS Region a node runs in: a Region container's own {@code region}; for an overlay group,
     * the Region of its first member by id; otherwise the {@code region} of the nearest enclosing
     * Region container, else the diagram's Region. Empty when none of these names one.
     */
    public Optional<String> regionName(Node node) {
        if (NodeTypes.REGION.equals(node.type())) {
            return named(node).or(this::diagramRegion);
        }
        if (NodeTypes.isOverlayGroup(node.type())) {
            return diagram.members(node).stream().min(Comparator.comparing(Node::id))
                    .flatMap(this::regionName).or(this::diagramRegion);
        }
        Node region = of(node).region();
        return (region == null ? Optional.<String>empty() : named(region)).or(this::diagramRegion);
    }

    /** The Region a node runs in, {@link #DEFAULT_REGION} when nothing names one. */
    public String region(Node node) {
        return regionName(node).orElse(DEFAULT_REGION);
    }

    private static Optional<String> named(Node region) {
        return region.props().string("region").map(String::trim).filter(s -> !s.isEmpty());
    }

    /**
     * The Region of whatever is drawn outside every Region container: the diagram's {@code region},
     * else that of its first Region container (by id) that names one.
     */
    public Optional<String> defaultRegion() {
        return diagramRegion();
    }

    private Optional<String> diagramRegion() {
        Optional<String> own = Optional.ofNullable(diagram.region()).map(String::trim).filter(s -> !s.isEmpty());
        if (own.isPresent()) {
            return own;
        }
        return diagram.nodesOfType(NodeTypes.REGION).stream().sorted(Comparator.comparing(Node::id))
                .map(Locator::named).flatMap(Optional::stream).findFirst();
    }
}
