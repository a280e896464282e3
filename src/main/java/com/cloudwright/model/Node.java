package com.cloudwright.model;

import java.util.Map;
import java.util.Objects;

/**
 * One drawn element: a service, a container (region, VPC, AZ, subnet) or an overlay group.
 * Immutable; edits replace the node in the {@link Diagram} through a command.
 *
 * @param parent the id of the containing node, or null at top level
 * @param label  the user's label, or null to show the palette label
 * @param extra  fields of the file this version does not know, kept for the next save
 */
public record Node(String id, String type, String parent, String label, Bounds bounds, Props props,
                   Map<String, Object> extra) {

    public Node {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(bounds, "bounds");
        props = props == null ? Props.EMPTY : props;
        extra = Props.frozenMap(extra);
    }

    public Node(String id, String type, String parent, Bounds bounds, Props props) {
        this(id, type, parent, null, bounds, props, Map.of());
    }

    public Node withParent(String newParent) {
        return new Node(id, type, newParent, label, bounds, props, extra);
    }

    public Node withLabel(String newLabel) {
        return new Node(id, type, parent, newLabel, bounds, props, extra);
    }

    public Node withBounds(Bounds newBounds) {
        return new Node(id, type, parent, label, newBounds, props, extra);
    }

    public Node withProps(Props newProps) {
        return new Node(id, type, parent, label, bounds, newProps, extra);
    }

    public Node withProp(String key, Object value) {
        return withProps(props.with(key, value));
    }

    public Node withId(String newId) {
        return new Node(newId, type, parent, label, bounds, props, extra);
    }

    /** The label to show: the user's label, else the id. */
    public String displayLabel() {
        return label == null || label.isBlank() ? id : label;
    }
}
