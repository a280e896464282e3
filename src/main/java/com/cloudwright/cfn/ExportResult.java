package com.cloudwright.cfn;

import com.cloudwright.coverage.Drop;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The outcome of an export: the templates (one per Region, keyed by Region) in the requested
 * format, or the problems that refused it, plus warnings worth showing next to a good export
 * (notes about choices the exporter made, CloudFormation limits).
 */
public final class ExportResult {

    public enum Status {
        /** Templates written. */
        OK,
        /** The diagram has validation errors; nothing written (export with force to go ahead). */
        BLOCKED,
        /** An emitted resource broke its schema: a bug in the exporter, nothing written. */
        FAILED
    }

    private final Status status;
    private final TemplateFormat format;
    private final SortedMap<String, String> templates;
    private final List<ExportProblem> problems;
    private final List<String> warnings;
    private final List<Drop> dropped;
    private List<AcceptedRisk> acceptedRisks = List.of();

    ExportResult(Status status, TemplateFormat format, Map<String, String> templates, List<ExportProblem> problems,
                 List<String> warnings, List<Drop> dropped) {
        this.status = status;
        this.format = format;
        this.templates = Collections.unmodifiableSortedMap(new TreeMap<>(templates));
        this.problems = List.copyOf(problems);
        this.warnings = List.copyOf(warnings);
        this.dropped = List.copyOf(dropped);
    }

    ExportResult withAcceptedRisks(List<AcceptedRisk> risks) {
        this.acceptedRisks = List.copyOf(risks);
        return this;
    }

    public Status status() {
        return status;
    }

    public boolean ok() {
        return status == Status.OK;
    }

    public TemplateFormat format() {
        return format;
    }

    /** Region → template text; empty unless {@link #ok()}. */
    public SortedMap<String, String> templates() {
        return templates;
    }

    /** The template of a one-Region diagram (the first Region's otherwise). */
    public String text() {
        if (templates.isEmpty()) {
            throw new IllegalStateException("the export was refused: " + problems);
        }
        return templates.get(templates.firstKey());
    }

    public List<ExportProblem> problems() {
        return problems;
    }

    public List<String> warnings() {
        return warnings;
    }

    /**
     * What was drawn and is not in the templates (nodes with no resource, connections not wired),
     * whatever the status: the command line refuses to write templates while this is not empty,
     * unless forced, and the export dialog lists it.
     */
    public List<Drop> dropped() {
        return dropped;
    }

    /**
     * The best-practice findings (cdk-nag's AwsSolutions rules) the templates accept on purpose,
     * each with its reason as written in the resource's Metadata; empty unless {@link #ok()}.
     */
    public List<AcceptedRisk> acceptedRisks() {
        return acceptedRisks;
    }
}
