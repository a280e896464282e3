package com.cloudwright.cfn;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The validator under the checker, on small made-up schemas: what CloudFormation's schemas need
 * beyond plain draft-07 (intrinsics, cfn-lint's keywords, $ref with siblings, ECMA patterns).
 */
class ResourceSchemasTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String TYPE = "Test::Made::Up";

    private static List<SchemaProblem> check(String schema, Map<String, Object> properties) {
        JsonNode node;
        try {
            node = JSON.readTree(schema.replace('\'', '"'));
        } catch (Exception e) {
            throw new IllegalArgumentException(e);
        }
        Template t = new Template("test");
        Resource r = t.add(new Resource("Thing", TYPE, null));
        properties.forEach(r::set);
        return new SchemaChecker(type -> node).check(t);
    }

    private static List<String> messages(List<SchemaProblem> problems) {
        return problems.stream().map(p -> p.path() + ": " + p.message()).toList();
    }

    @Test
    void anIntrinsicPassesEveryKeywordButAFalseSchema() {
        String schema = "{'properties': {'Size': {'type': 'integer', 'minimum': 3, 'enum': [3, 4]},"
                + " 'Names': {'type': 'array', 'uniqueItems': true, 'items': {'type': 'string', 'pattern': '^a'}},"
                + " 'Gone': false}, 'additionalProperties': false}";
        Fn ref = Fn.ref("AWS::Region");
        assertThat(check(schema, Map.of("Size", ref, "Names", List.of(ref, ref)))).isEmpty();
        assertThat(messages(check(schema, Map.of("Gone", ref)))).containsExactly("Properties.Gone: is not allowed here");
        assertThat(messages(check(schema, Map.of("Names", List.of("ab", "ab")))))
                .containsExactly("Properties.Names: holds the same item twice");
    }

    @Test
    void withAnIntrinsicInsideSeveralOneOfBranchesMayFit() {
        String schema = "{'properties': {'Target': {'oneOf': ["
                + "{'type': 'object', 'properties': {'Arn': {'type': 'string'}}},"
                + "{'type': 'object', 'properties': {'Arn': {'type': 'string', 'pattern': '^arn:'}}}]}}}";
        assertThat(check(schema, Map.of("Target", Map.of("Arn", Fn.sub("arn:${AWS::Partition}:x"))))).isEmpty();
        assertThat(messages(check(schema, Map.of("Target", Map.of("Arn", "arn:x")))))
                .containsExactly("Properties.Target: must match exactly one of the allowed shapes (oneOf), matches 2");
        assertThat(messages(check(schema, Map.of("Target", "x")))).containsExactly("Properties.Target: must match"
                + " exactly one of the allowed shapes (oneOf), matches 0; e.g. Properties.Target must be an object,"
                + " not the string 'x'");
    }

    @Test
    void cfnLintKeywordsAreUnderstood() {
        String schema = "{'properties': {'A': {}, 'B': {}, 'C': {}, 'Mode': {'enumCaseInsensitive': ['Fast', 'Slow']}},"
                + " 'dependentRequired': {'A': ['B']}, 'dependentExcluded': {'A': ['C']}}";
        assertThat(messages(check(schema, Map.of("A", 1, "C", 2, "Mode", "medium")))).containsExactlyInAnyOrder(
                "Properties: 'A' needs 'B'",
                "Properties: 'A' and 'C' exclude each other",
                "Properties.Mode: 'medium' is not one of [\"Fast\",\"Slow\"] (any case)");
        assertThat(check(schema, Map.of("A", 1, "B", 2, "Mode", "FAST"))).isEmpty();
    }

    @Test
    void siblingsOfARefStillApply() {
        String schema = "{'definitions': {'Name': {'type': 'string'}},"
                + " 'properties': {'Name': {'$ref': '#/definitions/Name', 'maxLength': 3}}}";
        assertThat(messages(check(schema, Map.of("Name", "toolong"))))
                .containsExactly("Properties.Name: is longer than 3 characters");
        assertThat(messages(check(schema, Map.of("Name", 5))))
                .containsExactly("Properties.Name: must be a string, not the number 5");
    }

    @Test
    void aPatternJavaCannotCompileIsNotChecked() {
        String schema = "{'properties': {'Name': {'type': 'string', 'pattern': '^(?<a>x)\\\\k<b>$'}}}";
        assertThat(check(schema, Map.of("Name", "anything"))).isEmpty();
    }

    @Test
    void cloudFormationsMetaSchemaIsNotFetched() {
        String schema = "{'$schema': 'https://schema.cloudformation.us-east-1.amazonaws.com/provider.definition.schema.v1.json',"
                + " 'properties': {'Name': {'type': 'string'}}, 'additionalProperties': false}";
        assertThat(messages(check(schema, Map.of("Other", "x"))))
                .containsExactly("Properties.Other: is not a property of Test::Made::Up (known: Name)");
    }

    @Test
    void aBrokenSchemaIsReportedNotThrown() {
        for (String ref : List.of("#/definitions/Missing", "other.json#/definitions/Name")) {
            String schema = "{'properties': {'Name': {'$ref': '" + ref + "'}}}";
            assertThat(check(schema, Map.of("Name", "x"))).singleElement().satisfies(p -> {
                assertThat(p.resource()).isEqualTo("Thing");
                assertThat(p.message()).startsWith("the schema of this type cannot be used");
            });
        }
    }

    @Test
    void prepareKeepsTheOriginalUntouched() throws Exception {
        JsonNode original = JSON.readTree("{\"$schema\": \"x\", \"properties\": {\"A\": {\"$ref\": \"#/d\", \"minLength\": 1}}}");
        JsonNode prepared = ResourceSchemas.prepared(original);
        assertThat(original.has("$schema")).isTrue();
        assertThat(prepared.has("$schema")).isFalse();
        assertThat(prepared.at("/properties/A/allOf/0/$ref").asText()).isEqualTo("#/d");
        assertThat(prepared.at("/properties/A/minLength").asInt()).isEqualTo(1);
    }

    @Test
    void intrinsicsBecomePlaceholdersInTheTree() {
        JsonNode tree = IntrinsicPlaceholder.tree(Map.of("A", List.of(1, "x", Fn.ref("B")), "C", 2.5));
        assertThat(tree.at("/A/0").isInt()).isTrue();
        assertThat(tree.at("/A/2")).isInstanceOf(IntrinsicPlaceholder.class);
        assertThat(tree.at("/C").isDouble()).isTrue();
        assertThat(IntrinsicPlaceholder.inside(tree)).isTrue();
        assertThat(IntrinsicPlaceholder.inside(tree.get("C"))).isFalse();
    }
}
