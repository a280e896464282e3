package com.cloudwright.cfn;

import java.util.Objects;

/**
 * Why an export was refused.
 *
 * @param kind    {@link Kind#VALIDATION}: the diagram has an error (fix it, or force the export);
 *                {@link Kind#SCHEMA}: an emitted resource breaks its CloudFormation schema (a bug in
 *                the exporter, reported with the resource and property); {@link Kind#INTERNAL}: the
 *                exporter itself failed
 * @param subject the node id (validation) or the resource's logical id (schema)
 * @param rule    the validation rule id, or the path in the resource ({@code Properties.VpcId})
 */
public record ExportProblem(Kind kind, String subject, String rule, String message) {

    public enum Kind {
        /** The diagram has an error the validator reports. */
        VALIDATION,
        /** An emitted resource breaks its schema or refers to nothing: a bug in the exporter. */
        SCHEMA,
        /** The exporter failed on something it should have handled: a bug, reported instead of thrown. */
        INTERNAL
    }

    public ExportProblem {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(message, "message");
    }

    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        if (rule != null && !rule.isEmpty() && kind == Kind.VALIDATION) {
            s.append(rule).append(' ');
        }
        if (subject != null && !subject.isEmpty()) {
            s.append(subject);
            if (kind == Kind.SCHEMA && rule != null && !rule.isEmpty()) {
                s.append(' ').append(rule);
            }
            s.append(": ");
        }
        return s.append(message).toString();
    }
}
