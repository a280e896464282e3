package com.cloudwright.model;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * A connection drawn from the caller to the callee, the way a request travels.
 *
 * @param bends user-placed bend points of the orthogonal route (empty: routed automatically)
 */
public record Edge(String id, String from, String to, String label, List<Point> bends, Props props,
                   Map<String, Object> extra) {

    public Edge {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        bends = bends == null ? List.of() : List.copyOf(bends);
        props = props == null ? Props.EMPTY : props;
        extra = Props.frozenMap(extra);
    }

    public Edge(String id, String from, String to) {
        this(id, from, to, null, List.of(), Props.EMPTY, Map.of());
    }

    public Edge withLabel(String newLabel) {
        return new Edge(id, from, to, newLabel, bends, props, extra);
    }

    public Edge withBends(List<Point> newBends) {
        return new Edge(id, from, to, label, newBends, props, extra);
    }

    public Edge withProps(Props newProps) {
        return new Edge(id, from, to, label, bends, newProps, extra);
    }

    public Edge withEnds(String newFrom, String newTo) {
        return new Edge(id, newFrom, newTo, label, bends, props, extra);
    }

    public Edge withId(String newId) {
        return new Edge(newId, from, to, label, bends, props, extra);
    }
}
