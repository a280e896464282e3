package com.cloudwright.cfn.read;

import java.util.Map;

/**
 * A template read and checked for structure: its sections as written, resources in file order.
 *
 * @param source the file name, for messages
 */
public record CfnTemplate(String source, String description, Map<String, Object> parameters,
                          Map<String, Object> mappings, Map<String, Object> conditions,
                          Map<String, CfnResource> resources, Map<String, Object> outputs) {

    public CfnTemplate {
        parameters = parameters == null ? Map.of() : parameters;
        mappings = mappings == null ? Map.of() : mappings;
        conditions = conditions == null ? Map.of() : conditions;
        outputs = outputs == null ? Map.of() : outputs;
    }
}
