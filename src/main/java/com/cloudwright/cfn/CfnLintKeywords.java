package com.cloudwright.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.keyword.BaseKeywordValidator;
import com.networknt.schema.keyword.Keyword;
import com.networknt.schema.keyword.KeywordValidator;
import com.networknt.schema.path.NodePath;

import java.util.ArrayList;
import java.util.List;

/**
 * The keywords cfn-lint adds to the CloudFormation schemas it ships (and we bundle), which no
 * JSON-Schema draft knows: {@code requiredXor}, {@code requiredOr}, {@code dependentRequired},
 * {@code dependentExcluded}, {@code enumCaseInsensitive}, and {@code prefixItems} (from draft
 * 2020-12) for the first items of a list. Each reports under its own name with its facts as
 * arguments; {@link SchemaErrorWording} words them.
 */
final class CfnLintKeywords {

    private CfnLintKeywords() {
    }

    static List<Keyword> all() {
        return List.of(
                keyword("requiredXor", (names, node, report) -> {
                    int present = countPresent(node, names);
                    if (present != 1) {
                        report.of(node, names.toString(), present);
                    }
                }),
                keyword("requiredOr", (names, node, report) -> {
                    if (countPresent(node, names) == 0) {
                        report.of(node, names.toString());
                    }
                }),
                keyword("dependentRequired", (spec, node, report) -> dependent(spec, node, report, true)),
                keyword("dependentExcluded", (spec, node, report) -> dependent(spec, node, report, false)),
                new Named("enumCaseInsensitive", EnumCaseInsensitive::new),
                new Named("prefixItems", PrefixItems::new));
    }

    /** A check of an object ({@code schemaNode} is the keyword's value); other values pass. */
    private interface ObjectCheck {
        void check(JsonNode keywordValue, JsonNode object, Report report);
    }

    /** Reports the value the keyword is about, with the facts the message needs. */
    private interface Report {
        void of(JsonNode node, Object... facts);
    }

    private static Keyword keyword(String name, ObjectCheck check) {
        return new Named(name, (keyword, location, schemaNode, parent, context) ->
                new Simple(keyword, schemaNode, location, parent, context, check));
    }

    private static int countPresent(JsonNode object, JsonNode names) {
        int n = 0;
        for (JsonNode name : names) {
            if (object.has(name.asText())) {
                n++;
            }
        }
        return n;
    }

    private static void dependent(JsonNode spec, JsonNode object, Report report, boolean required) {
        if (!spec.isObject()) {
            return;
        }
        spec.properties().forEach(d -> {
            if (!object.has(d.getKey())) {
                return;
            }
            for (JsonNode other : d.getValue()) {
                if (object.has(other.asText()) != required) {
                    report.of(object, d.getKey(), other.asText());
                }
            }
        });
    }

    private interface Factory {
        KeywordValidator create(Keyword keyword, SchemaLocation location, JsonNode schemaNode, Schema parent,
                                SchemaContext context);
    }

    private record Named(String name, Factory factory) implements Keyword {
        @Override
        public String getValue() {
            return name;
        }

        @Override
        public KeywordValidator newValidator(SchemaLocation location, JsonNode schemaNode, Schema parent,
                                             SchemaContext context) {
            return factory.create(this, location, schemaNode, parent, context);
        }
    }

    /** Base of the keywords here: reports an error named after the keyword, its facts as arguments. */
    private abstract static class Reporting extends BaseKeywordValidator {

        Reporting(Keyword keyword, JsonNode schemaNode, SchemaLocation location, Schema parent, SchemaContext context) {
            super(keyword, schemaNode, location, parent, context);
        }

        /** Shared by every thread that validates with the compiled schema: keeps no state of a run. */
        Report reporter(ExecutionContext context, NodePath at) {
            return (node, facts) -> context.addError(error().instanceNode(node).instanceLocation(at)
                    .evaluationPath(context.getEvaluationPath()).message("{0}").arguments(facts).build());
        }
    }

    private static final class Simple extends Reporting {
        private final ObjectCheck check;

        Simple(Keyword keyword, JsonNode schemaNode, SchemaLocation location, Schema parent, SchemaContext context,
               ObjectCheck check) {
            super(keyword, schemaNode, location, parent, context);
            this.check = check;
        }

        @Override
        public void validate(ExecutionContext context, JsonNode node, JsonNode root, NodePath at) {
            if (node.isObject() && (schemaNode.isArray() || schemaNode.isObject())) {
                check.check(schemaNode, node, reporter(context, at));
            }
        }
    }

    /** Like {@code enum}, ignoring the case of strings. */
    private static final class EnumCaseInsensitive extends Reporting {
        EnumCaseInsensitive(Keyword keyword, SchemaLocation location, JsonNode schemaNode, Schema parent,
                            SchemaContext context) {
            super(keyword, schemaNode, location, parent, context);
        }

        @Override
        public void validate(ExecutionContext context, JsonNode node, JsonNode root, NodePath at) {
            if (!schemaNode.isArray()) {
                return;
            }
            for (JsonNode option : schemaNode) {
                if (node.isTextual() && option.isTextual() ? node.asText().equalsIgnoreCase(option.asText())
                        : node.isNumber() && option.isNumber() ? node.asDouble() == option.asDouble()
                        : node.equals(option)) {
                    return;
                }
            }
            reporter(context, at).of(node, node.isTextual() ? node.asText() : node.toString(), schemaNode.toString());
        }
    }

    /** The first items of a list each against their own schema. */
    private static final class PrefixItems extends Reporting {
        private final List<Schema> schemas = new ArrayList<>();

        PrefixItems(Keyword keyword, SchemaLocation location, JsonNode schemaNode, Schema parent,
                    SchemaContext context) {
            super(keyword, schemaNode, location, parent, context);
            for (int i = 0; i < schemaNode.size(); i++) {
                schemas.add(context.newSchema(location.append(i), schemaNode.get(i), parent));
            }
        }

        @Override
        public void validate(ExecutionContext context, JsonNode node, JsonNode root, NodePath at) {
            if (!node.isArray()) {
                return;
            }
            for (int i = 0; i < Math.min(schemas.size(), node.size()); i++) {
                context.evaluationPathAddLast(i);
                try {
                    schemas.get(i).validate(context, node.get(i), root, at.append(i));
                } finally {
                    context.evaluationPathRemoveLast();
                }
            }
        }

        @Override
        public void preloadSchema() {
            schemas.forEach(Schema::initializeValidators);
        }
    }
}
