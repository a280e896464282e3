package com.cloudwright.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.Error;
import com.networknt.schema.ExecutionContext;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaContext;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.keyword.Keyword;
import com.networknt.schema.keyword.KeywordValidator;
import com.networknt.schema.path.NodePath;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A JSON-Schema keyword that lets an intrinsic function stand for any value: CloudFormation resolves
 * {@code Ref}, {@code Fn::GetAtt}, {@code Fn::If}… at deploy time, so their type, length or pattern
 * cannot be known here. Only a {@code false} schema still refuses one (nothing may stand there).
 *
 * <p>Keywords that compare whole values are unknowable too once an intrinsic is inside: two items
 * of a list may resolve to the same value or not ({@code uniqueItems}), a value may or may not be
 * the forbidden one ({@code not}, {@code enum}, {@code const}), and more than one {@code oneOf}
 * branch may fit until the intrinsic resolves; those pass as well.
 */
final class IntrinsicTolerantKeyword implements Keyword {

    private static final Set<String> WHOLE_VALUE = Set.of("uniqueItems", "not", "enum", "const",
            "enumCaseInsensitive");

    /** The detail of an anyOf/oneOf error that holds its branches' errors (a {@code List<Error>}). */
    static final String BRANCHES = "branches";

    private final Keyword keyword;

    IntrinsicTolerantKeyword(Keyword keyword) {
        this.keyword = keyword;
    }

    @Override
    public String getValue() {
        return keyword.getValue();
    }

    @Override
    public KeywordValidator newValidator(SchemaLocation schemaLocation, JsonNode schemaNode, Schema parentSchema,
                                         SchemaContext schemaContext) throws Exception {
        KeywordValidator validator = keyword.newValidator(schemaLocation, schemaNode, parentSchema, schemaContext);
        if (validator == null || "false".equals(keyword.getValue())) {
            return validator;
        }
        String name = validator.getKeyword();
        return new Tolerant(validator, name, WHOLE_VALUE.contains(name), "oneOf".equals(name) || "anyOf".equals(name));
    }

    /** The keyword's name and kind are fixed when the schema is compiled: the checks run per value. */
    private record Tolerant(KeywordValidator delegate, String name, boolean wholeValue, boolean combinator)
            implements KeywordValidator {

        @Override
        public void validate(ExecutionContext context, JsonNode node, JsonNode root, NodePath at) {
            if (node instanceof IntrinsicPlaceholder) {
                return;
            }
            if (wholeValue && IntrinsicPlaceholder.inside(node)) {
                return;
            }
            if (combinator) {
                combinator(context, node, root, at);
                return;
            }
            delegate.validate(context, node, root, at);
        }

        /**
         * Reports a failed {@code anyOf}/{@code oneOf} as one error of that keyword, the branches'
         * errors attached as its {@link #BRANCHES} detail (the library reports a failed anyOf only
         * through its branches' errors, a oneOf with them after it). With an intrinsic inside, a
         * oneOf is refused only when no branch fits: which of several applies is decided at deploy
         * time.
         */
        private void combinator(ExecutionContext context, JsonNode node, JsonNode root, NodePath at) {
            List<Error> outer = context.getErrors();
            List<Error> own = new ArrayList<>();
            context.setErrors(own);
            try {
                delegate.validate(context, node, root, at);
            } finally {
                context.setErrors(outer);
            }
            if (own.isEmpty()) {
                return;
            }
            Error oneOf = own.stream().filter(e -> name.equals(e.getKeyword()) && at.equals(e.getInstanceLocation()))
                    .findFirst().orElse(null);
            if (oneOf != null && "oneOf.indexes".equals(oneOf.getMessageKey()) && IntrinsicPlaceholder.inside(node)) {
                return;
            }
            List<Error> branches = new ArrayList<>(own);
            branches.remove(oneOf);
            String matching = oneOf == null ? "0" : String.valueOf(oneOf.getArguments()[0]);
            Error summary = Error.builder().keyword(name).instanceLocation(at).instanceNode(node)
                    .evaluationPath(context.getEvaluationPath()).schemaLocation(delegate.getSchemaLocation())
                    .arguments(matching).details(Map.of(BRANCHES, List.copyOf(branches)))
                    .messageSupplier(() -> name + " fails, " + matching + " branches match").build();
            context.addError(summary);
        }

        @Override
        public void walk(ExecutionContext context, JsonNode node, JsonNode root, NodePath at, boolean validate) {
            delegate.walk(context, node, root, at, validate);
        }

        @Override
        public SchemaLocation getSchemaLocation() {
            return delegate.getSchemaLocation();
        }

        @Override
        public String getKeyword() {
            return name;
        }

        @Override
        public void preloadSchema() {
            delegate.preloadSchema();
        }
    }
}
