package com.cloudwright.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.POJONode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Where a template value is an intrinsic function, the JSON handed to the schema validator holds
 * this node: its value is only known at deploy time, so {@link IntrinsicTolerantKeyword} lets it
 * pass every keyword (what the function refers to is checked apart, by {@link SchemaChecker}).
 */
final class IntrinsicPlaceholder extends POJONode {

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    IntrinsicPlaceholder(Fn fn) {
        super(fn);
    }

    /** The template value (maps, lists, scalars, {@link Fn}) as JSON, each intrinsic a placeholder. */
    static JsonNode tree(Object value) {
        if (value == null) {
            return NODES.nullNode();
        }
        if (value instanceof Fn fn) {
            return new IntrinsicPlaceholder(fn);
        }
        if (value instanceof Map<?, ?> map) {
            ObjectNode object = NODES.objectNode();
            map.forEach((k, v) -> object.set(String.valueOf(k), tree(v)));
            return object;
        }
        if (value instanceof List<?> list) {
            ArrayNode array = NODES.arrayNode(list.size());
            list.forEach(v -> array.add(tree(v)));
            return array;
        }
        return scalar(value);
    }

    private static JsonNode scalar(Object value) {
        if (value instanceof String s) {
            return NODES.textNode(s);
        }
        if (value instanceof Boolean b) {
            return NODES.booleanNode(b);
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return NODES.numberNode(((Number) value).intValue());
        }
        if (value instanceof Long l) {
            return NODES.numberNode(l);
        }
        if (value instanceof BigInteger b) {
            return NODES.numberNode(b);
        }
        if (value instanceof BigDecimal d) {
            return NODES.numberNode(d);
        }
        if (value instanceof Number n) {
            return NODES.numberNode(n.doubleValue());
        }
        return NODES.textNode(String.valueOf(value));
    }

    /** Whether the node is, or holds somewhere inside, an intrinsic function. */
    static boolean inside(JsonNode node) {
        if (node instanceof IntrinsicPlaceholder) {
            return true;
        }
        if (node.isContainerNode()) {
            for (JsonNode child : node) {
                if (inside(child)) {
                    return true;
                }
            }
        }
        return false;
    }
}
