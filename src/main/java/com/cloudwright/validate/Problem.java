package com.cloudwright.validate;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One finding: which rule, how bad, which nodes and edges, what is wrong and what to do.
 * Plain data: the problems panel lists it, badges find it by node id, the CLI prints it.
 *
 * @param nodeIds the nodes concerned, the one to select first (where the problem "is") first
 * @param edgeIds the connections concerned, if any
 */
public record Problem(String ruleId, Severity severity, List<String> nodeIds, List<String> edgeIds,
                      String message, String hint) implements Comparable<Problem> {

    private static final Comparator<Problem> ORDER = Comparator.comparing(Problem::severity)
            .thenComparing(Problem::ruleId, RuleInfo.ID_ORDER)
            .thenComparing(p -> p.node().orElse(""))
            .thenComparing(p -> p.edge().orElse(""))
            .thenComparing(Problem::message);

    public Problem {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        nodeIds = List.copyOf(nodeIds);
        edgeIds = List.copyOf(edgeIds);
        Objects.requireNonNull(message, "message");
        hint = hint == null ? "" : hint;
    }

    /** The node to select and badge first. */
    public Optional<String> node() {
        return nodeIds.isEmpty() ? Optional.empty() : Optional.of(nodeIds.get(0));
    }

    public Optional<String> edge() {
        return edgeIds.isEmpty() ? Optional.empty() : Optional.of(edgeIds.get(0));
    }

    /** True when the problem names the node or edge with this id. */
    public boolean concerns(String id) {
        return nodeIds.contains(id) || edgeIds.contains(id);
    }

    /** Errors first, then by rule (reference order), node, edge and message: the same diagram always lists the same way. */
    @Override
    public int compareTo(Problem o) {
        return ORDER.compare(this, o);
    }
}
