package com.cloudwright.cost;

import com.cloudwright.i18n.Bundle;
import java.util.Map;
import java.util.function.Function;

/**
 * Fills {@code {property}} and {@code {property:table}} in pricing data from a node's values,
 * translating through the service's {@code values} tables ({@code mysql} → {@code MySQL}).
 */
final class Template {

    private static final Bundle TEXT = Bundle.withRootNumbers("com.cloudwright.cost.messages");

    /** A property the template needs is not set, or its value has no translation. */
    static final class Unresolved extends RuntimeException {
        Unresolved(String message) {
            super(message, null, false, false);
        }
    }

    private Template() {
    }

    /** Product filters: a property is translated through the table of its own name when there is one. */
    static String fill(String template, Function<String, Object> values, Map<String, Map<String, String>> tables) {
        return fill(template, values, tables, true);
    }

    /** Text for people: only {@code {property:table}} is translated, {@code {property}} shows the value. */
    static String describe(String template, Function<String, Object> values, Map<String, Map<String, String>> tables) {
        return fill(template, values, tables, false);
    }

    private static String fill(String template, Function<String, Object> values, Map<String, Map<String, String>> tables,
                               boolean byName) {
        if (template.indexOf('{') < 0) {
            return template;
        }
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (open < 0 || close < 0) {
                out.append(template, i, template.length());
                break;
            }
            out.append(template, i, open);
            String ref = template.substring(open + 1, close);
            int colon = ref.indexOf(':');
            String property = colon < 0 ? ref : ref.substring(0, colon);
            String table = colon < 0 ? property : ref.substring(colon + 1);
            Object value = values.apply(property);
            if (value == null) {
                throw new Unresolved(TEXT.get("missing.property", property));
            }
            String text = CostFormat.value(value);
            Map<String, String> translation = colon < 0 && !byName ? null : tables.get(table);
            if (translation != null) {
                String mapped = translation.get(text);
                if (mapped == null) {
                    throw new Unresolved(TEXT.get("missing.mapping", property, text));
                }
                text = mapped;
            } else if (colon >= 0) {
                throw new Unresolved(TEXT.get("missing.mapping", property, text));
            }
            out.append(text);
            i = close + 1;
        }
        return out.toString();
    }
}
