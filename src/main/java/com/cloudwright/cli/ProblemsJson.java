package com.cloudwright.cli;

import com.cloudwright.validate.Problem;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.util.List;

/**
 * {@code {"problems":[{"rule","severity","node","message", then "edge","nodes","edges","hint"}]}}
 * (PRODUCT.md, "Command line"). Non-ASCII is escaped so the output is the same bytes whatever the
 * console's encoding.
 */
final class ProblemsJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private ProblemsJson() {
    }

    static String write(List<Problem> problems) {
        ObjectNode root = JSON.createObjectNode();
        ArrayNode list = root.putArray("problems");
        for (Problem p : problems) {
            ObjectNode o = list.addObject();
            o.put("rule", p.ruleId());
            o.put("severity", p.severity().id());
            o.put("node", p.node().orElse(null));
            o.put("message", p.message());
            p.edge().ifPresent(e -> o.put("edge", e));
            p.nodeIds().forEach(o.withArray("nodes")::add);
            p.edgeIds().forEach(o.withArray("edges")::add);
            o.put("hint", p.hint());
        }
        try {
            return JSON.writer().with(JsonGenerator.Feature.ESCAPE_NON_ASCII).writeValueAsString(root);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
