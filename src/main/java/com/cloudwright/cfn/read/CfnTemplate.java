package com.cloudwright.cfn.read;

import java.util.Map;

/**
 * A template read and checked for structure: its sections as written, resources in file order.
 *
 * @param source   the file name, for messages
 * @param metadata the template's top-level Metadata (where Cloudwright stores the drawing it exported)
 */
public record CfnTemplate(String source, String description, Map<String, Object> parameters,
                          Map<String, Object> mappings, Map<String, Object> conditions,
                          Map<String, CfnResource> resources, Map<String, Object> outputs,
                          Map<String, Object> metadata) {

    public CfnTemplate {
        parameters = parameters == null ? Map.of() : parameters;
        mappings = mappings == null ? Map.of() : mappings;
        conditions = conditions == null ? Map.of() : conditions;
        outputs = outputs == null ? Map.of() : outputs;
        metadata = metadata == null ? Map.of() : metadata;
    }
}
