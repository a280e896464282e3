package com.cloudwright.validate.rules.connection;

import com.cloudwright.model.Node;
import com.cloudwright.validate.AbstractRule;
import com.cloudwright.validate.Pillar;
import com.cloudwright.validate.Problem;
import com.cloudwright.validate.Rule;
import com.cloudwright.validate.RuleContext;
import com.cloudwright.validate.ServiceKinds;
import com.cloudwright.validate.Severity;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.google.auto.service.AutoService;

import java.util.ArrayList;
import java.util.List;

/**
 * CW-C007: an EventBridge rule's event pattern is a JSON object. Anything else cannot become the
 * rule's EventPattern, so it is shown while drawing rather than replaced at export.
 */
@AutoService(Rule.class)
public final class EventPatternInvalid extends AbstractRule {

    private static final ObjectMapper JSON = new ObjectMapper();

    public EventPatternInvalid() {
        super("CW-C007", Severity.ERROR, Pillar.RELIABILITY,
                "https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-event-patterns.html");
    }

    @Override
    public List<Problem> check(RuleContext ctx) {
        List<Problem> out = new ArrayList<>();
        for (Node bus : ctx.diagram().nodesOfType(ServiceKinds.EVENTBRIDGE)) {
            String pattern = bus.props().string("eventPattern").orElse(null);
            if (pattern == null || pattern.isBlank()) {
                continue;
            }
            if (!isObject(pattern)) {
                out.add(problem(bus, null, ctx.name(bus), abbreviated(pattern)));
            }
        }
        return out;
    }

    static boolean isObject(String text) {
        try {
            JsonNode parsed = JSON.readTree(text);
            return parsed != null && parsed.isObject() && !parsed.isEmpty();
        } catch (JsonProcessingException e) {
            return false;
        }
    }

    private static String abbreviated(String text) {
        String line = text.strip().replaceAll("\\s+", " ");
        return line.length() <= 60 ? line : line.substring(0, 59) + "…";
    }
}
