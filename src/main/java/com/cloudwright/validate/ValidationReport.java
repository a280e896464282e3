package com.cloudwright.validate;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The outcome of one validation run: every problem in a stable order, with an index by node and
 * edge id for badges. Immutable; safe to hand to another thread.
 */
public final class ValidationReport {

    private final long revision;
    private final List<Problem> problems;
    private final Map<String, List<Problem>> byId;

    private ValidationReport(long revision, List<Problem> problems, Map<String, List<Problem>> byId) {
        this.revision = revision;
        this.problems = problems;
        this.byId = byId;
    }

    public ValidationReport(long revision, List<Problem> problems) {
        this.revision = revision;
        List<Problem> sorted = new ArrayList<>(problems);
        Collections.sort(sorted);
        this.problems = List.copyOf(sorted);
        Map<String, List<Problem>> map = new HashMap<>();
        for (Problem p : this.problems) {
            for (String id : p.nodeIds()) {
                map.computeIfAbsent(id, k -> new ArrayList<>()).add(p);
            }
            for (String id : p.edgeIds()) {
                map.computeIfAbsent(id, k -> new ArrayList<>()).add(p);
            }
        }
        map.replaceAll((k, v) -> List.copyOf(v));
        this.byId = map;
    }

    /** The diagram revision that was validated. */
    public long revision() {
        return revision;
    }

    /** The same problems, valid for a later revision (an edit that changed nothing the rules read). */
    public ValidationReport withRevision(long newRevision) {
        return newRevision == revision ? this : new ValidationReport(newRevision, problems, byId);
    }

    /** Every problem: errors first, then by rule id, node and message. */
    public List<Problem> problems() {
        return problems;
    }

    public boolean hasErrors() {
        return !problems.isEmpty() && problems.get(0).severity() == Severity.ERROR;
    }

    public long count(Severity severity) {
        return problems.stream().filter(p -> p.severity() == severity).count();
    }

    public Map<Severity, Long> counts() {
        Map<Severity, Long> out = new EnumMap<>(Severity.class);
        for (Severity s : Severity.values()) {
            out.put(s, count(s));
        }
        return out;
    }

    /** Problems at least as bad as the threshold. */
    public List<Problem> atLeast(Severity threshold) {
        return problems.stream().filter(p -> p.severity().atLeast(threshold)).toList();
    }

    /** Problems naming the node or edge, worst first. */
    public List<Problem> problemsOf(String id) {
        return byId.getOrDefault(id, List.of());
    }

    /** The worst severity among the problems naming the node or edge: what its badge shows. */
    public Optional<Severity> worstOf(String id) {
        List<Problem> ps = problemsOf(id);
        return ps.isEmpty() ? Optional.empty() : Optional.of(ps.get(0).severity());
    }

    @Override
    public String toString() {
        return "ValidationReport[revision=" + revision + ", " + counts() + "]";
    }
}
