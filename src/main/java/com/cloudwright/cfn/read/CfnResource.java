package com.cloudwright.cfn.read;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One resource of a template as written (intrinsics unresolved).
 *
 * @param condition  the name of the condition that creates it, or null
 * @param attributes the other resource attributes as written (DeletionPolicy, UpdateReplacePolicy,
 *                   CreationPolicy, UpdatePolicy, Metadata), so an export can write it back unchanged
 */
public record CfnResource(String logicalId, String type, Map<String, Object> properties, List<String> dependsOn,
                          String condition, Map<String, Object> attributes) {

    /** The resource attributes an export can write back as the template had them. */
    public static final List<String> ATTRIBUTES = List.of("DeletionPolicy", "UpdateReplacePolicy", "CreationPolicy",
            "UpdatePolicy", "Metadata");

    public CfnResource(String logicalId, String type, Map<String, Object> properties, List<String> dependsOn,
                       String condition) {
        this(logicalId, type, properties, dependsOn, condition, Map.of());
    }

    public CfnResource {
        Objects.requireNonNull(logicalId, "logicalId");
        Objects.requireNonNull(type, "type");
        properties = properties == null ? Map.of() : properties;
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
        attributes = attributes == null ? Map.of() : attributes;
    }

    public Object property(String name) {
        return properties.get(name);
    }
}
