package com.cloudwright.cfn.read;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One resource of a template as written (intrinsics unresolved).
 *
 * @param condition the name of the condition that creates it, or null
 */
public record CfnResource(String logicalId, String type, Map<String, Object> properties, List<String> dependsOn,
                          String condition) {

    public CfnResource {
        Objects.requireNonNull(logicalId, "logicalId");
        Objects.requireNonNull(type, "type");
        properties = properties == null ? Map.of() : properties;
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
    }

    public Object property(String name) {
        return properties.get(name);
    }
}
