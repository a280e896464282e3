package com.cloudwright.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaException;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.dialect.Dialect;
import com.networknt.schema.dialect.Draft7;
import com.networknt.schema.regex.JDKRegularExpressionFactory;
import com.networknt.schema.regex.RegularExpressionFactory;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The CloudFormation resource schemas compiled for a JSON-Schema (draft-07) validator, each on its
 * first use and then kept: one per resource type. Intrinsic functions pass every keyword
 * ({@link IntrinsicTolerantKeyword}); cfn-lint's extra keywords are understood
 * ({@link CfnLintKeywords}).
 */
final class ResourceSchemas {

    /** Draft-07 as CloudFormation's schemas use it, plus cfn-lint's keywords. */
    private static final Dialect DIALECT = Dialect.builder("https://cloudwright.invalid/cfn-draft-07", Draft7.getInstance())
            .keywords(keywords -> keywords.replaceAll((name, keyword) ->
                    "format".equals(name) ? keyword : new IntrinsicTolerantKeyword(keyword)))
            .keywords(CfnLintKeywords.all().stream().map(IntrinsicTolerantKeyword::new).toList())
            .build();

    /** A pattern Java cannot compile (an ECMA-only construct) is not checked, rather than failing the type. */
    private static final RegularExpressionFactory LENIENT_PATTERNS = regex -> {
        try {
            return JDKRegularExpressionFactory.getInstance().getRegularExpression(regex);
        } catch (RuntimeException e) {
            return value -> true;
        }
    };

    /**
     * Formats (ARNs, ids, "json") name what a value stands for; CloudFormation does not assert them.
     * The library's own wording (only for keywords these schemas do not use) stays in English like
     * the rest of the checker's.
     */
    private static final SchemaRegistryConfig CONFIG = SchemaRegistryConfig.builder()
            .formatAssertionsEnabled(false)
            .locale(Locale.ENGLISH)
            .regularExpressionFactory(LENIENT_PATTERNS)
            .build();

    /** Keys whose values are data, not schemas: never rewritten. */
    private static final Set<String> DATA = Set.of("enum", "const", "default", "examples", "enumCaseInsensitive");

    private final SchemaRegistry registry = SchemaRegistry.withDefaultDialect(DIALECT,
            builder -> builder.schemaRegistryConfig(CONFIG));
    private final Map<String, Compiled> compiled = new ConcurrentHashMap<>();

    /** A type's schema as the validator runs it, and the document its errors point into. */
    private record Compiled(Schema validator, JsonNode document) {
    }

    /** What is wrong with a resource's Properties by the schema of its type. */
    List<SchemaProblem> check(Resource resource, JsonNode schema) {
        Compiled c;
        List<Error> errors;
        try {
            c = compiled.computeIfAbsent(resource.type(), type -> compile(type, schema));
            errors = c.validator().validate(IntrinsicPlaceholder.tree(resource.properties()));
        } catch (SchemaException e) {
            // a broken schema (a $ref to nothing, one outside the file) must not take the export down
            return List.of(new SchemaProblem(resource.logicalId(), resource.type(), "",
                    "the schema of this type cannot be used (" + e.getMessage() + ")"));
        }
        return errors.isEmpty() ? List.of() : new SchemaErrorWording(resource, c.document()).problems(errors);
    }

    private Compiled compile(String type, JsonNode schema) {
        JsonNode document = prepared(schema);
        Schema validator = registry.getSchema(SchemaLocation.of("classpath:cfn-schemas/" + SchemaChecker.fileName(type)),
                document);
        validator.initializeValidators();
        return new Compiled(validator, document);
    }

    /**
     * A copy of the schema fit for the validator: without {@code $schema} (CloudFormation's
     * meta-schema, which is not to be fetched), and with every {@code $ref} that has sibling
     * keywords moved into an {@code allOf}, so the siblings still apply (draft-07 would ignore them;
     * the type's documentation and cfn-lint read them as constraints too).
     */
    static JsonNode prepared(JsonNode schema) {
        JsonNode copy = schema.deepCopy();
        if (copy instanceof ObjectNode root) {
            root.remove("$schema");
        }
        refsBesideSiblings(copy);
        return copy;
    }

    private static void refsBesideSiblings(JsonNode node) {
        if (node instanceof ObjectNode object) {
            for (Map.Entry<String, JsonNode> e : object.properties()) {
                if (!DATA.contains(e.getKey())) {
                    refsBesideSiblings(e.getValue());
                }
            }
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isTextual() && object.size() > 1) {
                object.remove("$ref");
                JsonNode allOf = object.get("allOf");
                ArrayNode all = allOf instanceof ArrayNode a ? a : object.putArray("allOf");
                all.addObject().put("$ref", ref.asText());
            }
        } else if (node instanceof ArrayNode array) {
            array.forEach(ResourceSchemas::refsBesideSiblings);
        }
    }
}
