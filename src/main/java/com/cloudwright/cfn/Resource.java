package com.cloudwright.cfn;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * One resource of a template. Mutable while the exporter wires the diagram (an edge may add a
 * statement to a role made earlier); written and checked once the template is complete.
 */
final class Resource {

    private String logicalId;
    private final String type;
    private final String nodeId;
    private final TreeMap<String, Object> properties = new TreeMap<>();
    private final SortedSet<String> dependsOn = new TreeSet<>();
    private String condition;
    private String deletionPolicy;
    private String updateReplacePolicy;
    private Map<String, Object> creationPolicy;
    private Map<String, Object> updatePolicy;
    private final java.util.List<Object> suppressions = new java.util.ArrayList<>();
    private Map<String, Object> originalMetadata = Map.of();

    Resource(String logicalId, String type, String nodeId) {
        this.logicalId = Objects.requireNonNull(logicalId, "logicalId");
        this.type = Objects.requireNonNull(type, "type");
        this.nodeId = nodeId;
    }

    String logicalId() {
        return logicalId;
    }

    String type() {
        return type;
    }

    /** The diagram node the resource was made for (null for shared plumbing). */
    String nodeId() {
        return nodeId;
    }

    java.util.SortedMap<String, Object> properties() {
        return Collections.unmodifiableSortedMap(properties);
    }

    /** Sets a property; a null value (or an empty list or map) leaves it out. */
    Resource set(String name, Object value) {
        if (Json.isEmpty(value)) {
            properties.remove(name);
        } else {
            properties.put(name, value);
        }
        return this;
    }

    Object get(String name) {
        return properties.get(name);
    }

    Resource dependsOn(String other) {
        if (!other.equals(logicalId)) {
            dependsOn.add(other);
        }
        return this;
    }

    void removeDependsOn(String other) {
        dependsOn.remove(other);
    }

    SortedSet<String> dependsOn() {
        return Collections.unmodifiableSortedSet(dependsOn);
    }

    /** Keeps data when the stack is deleted or the resource replaced. */
    Resource keep(String policy) {
        this.deletionPolicy = policy;
        this.updateReplacePolicy = policy;
        return this;
    }

    /** DeletionPolicy and UpdateReplacePolicy as an imported template had them (null for none). */
    Resource policies(String deletion, String updateReplace) {
        this.deletionPolicy = deletion;
        this.updateReplacePolicy = updateReplace;
        return this;
    }

    /** The CreationPolicy attribute: CloudFormation waits for the instances' signals. */
    Resource creationPolicy(Map<String, Object> policy) {
        this.creationPolicy = policy;
        return this;
    }

    Map<String, Object> creationPolicy() {
        return creationPolicy;
    }

    /** The UpdatePolicy attribute: how CloudFormation replaces a group's instances. */
    Resource updatePolicy(Map<String, Object> policy) {
        this.updatePolicy = policy;
        return this;
    }

    Map<String, Object> updatePolicy() {
        return updatePolicy;
    }

    /** Accepts a best-practice finding on this resource, the way cdk-nag reads it from the Metadata. */
    Resource suppress(String rule, String reason) {
        suppressions.add(Json.obj("id", rule, "reason", reason));
        return this;
    }

    /** Metadata the resource had in the template it was imported from (cfn-init, linters' settings). */
    Resource originalMetadata(Map<String, Object> metadata) {
        this.originalMetadata = new java.util.LinkedHashMap<>(metadata);
        return this;
    }

    /**
     * The resource's Metadata: what it was imported with, and the accepted findings (after any the
     * original already listed), or null when there is neither.
     */
    Map<String, Object> metadata() {
        if (suppressions.isEmpty()) {
            return originalMetadata.isEmpty() ? null : originalMetadata;
        }
        Map<String, Object> out = new java.util.LinkedHashMap<>(originalMetadata);
        java.util.List<Object> rules = new java.util.ArrayList<>();
        if (out.get("cdk_nag") instanceof Map<?, ?> nag && nag.get("rules_to_suppress") instanceof java.util.List<?> earlier) {
            rules.addAll(earlier);
        }
        rules.addAll(suppressions);
        Map<String, Object> nag = new java.util.LinkedHashMap<>();
        if (out.get("cdk_nag") instanceof Map<?, ?> earlier) {
            earlier.forEach((k, v) -> nag.put(String.valueOf(k), v));
        }
        nag.put("rules_to_suppress", rules);
        out.put("cdk_nag", nag);
        return out;
    }

    /** The template condition the resource is created under, written back from an imported template. */
    Resource condition(String name) {
        this.condition = name;
        return this;
    }

    String condition() {
        return condition;
    }

    String deletionPolicy() {
        return deletionPolicy;
    }

    String updateReplacePolicy() {
        return updateReplacePolicy;
    }

    /**
     * Takes another logical id and passes every value through {@code rewrite}, so references to
     * renamed resources follow (in place: the build's lists of a node's resources stay valid).
     */
    void rename(String newId, java.util.function.UnaryOperator<Object> rewrite,
                java.util.function.UnaryOperator<String> names) {
        logicalId = Objects.requireNonNull(newId, "newId");
        properties.replaceAll((k, v) -> rewrite.apply(v));
        java.util.List<String> old = java.util.List.copyOf(dependsOn);
        dependsOn.clear();
        old.forEach(d -> dependsOn(names.apply(d)));
    }

    Fn.Ref ref() {
        return Fn.ref(logicalId);
    }

    Fn.GetAtt att(String attribute) {
        return Fn.getAtt(logicalId, attribute);
    }

    @Override
    public String toString() {
        return type + " " + logicalId;
    }
}
