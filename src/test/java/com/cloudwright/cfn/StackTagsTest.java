package com.cloudwright.cfn;

import com.cloudwright.model.Diagram;
import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every resource that takes tags carries a Name and the diagram it was drawn as. */
class StackTagsTest {

    static Stream<String> examples() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("examples"))) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".cwd.json"))
                    .map(n -> n.substring(0, n.length() - ".cwd.json".length())).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("examples")
    void everyTaggableResourceIsTagged(String example) {
        Diagram d = DrawnNotDroppedTest.read(example);
        Fixtures.Parsed t = DrawnNotDroppedTest.export(d);
        String diagram = StackTags.tagValue(d.name());
        assertThat(diagram).isNotBlank();
        int taggable = 0;
        for (String id : t.resources().keySet()) {
            JsonNode schema = SchemaChecker.bundled().schema(t.type(id)).orElse(null);
            if (schema == null || !schema.path("properties").has("Tags")) {
                continue;
            }
            taggable++;
            Object tags = t.props(id).get("Tags");
            assertThat(tags).as("Tags of %s (%s)", id, t.type(id)).isNotNull();
            Map<Object, Object> byKey = new java.util.HashMap<>();
            if (tags instanceof List<?> list) {
                list.forEach(tag -> byKey.put(((Map<?, ?>) tag).get("Key"), ((Map<?, ?>) tag).get("Value")));
            } else {
                byKey.putAll((Map<?, ?>) tags);
            }
            assertThat(byKey).as("Tags of %s (%s)", id, t.type(id)).containsKey("Name")
                    .containsEntry(StackTags.DIAGRAM_KEY, diagram);
        }
        assertThat(taggable).isGreaterThan(5);
    }

    @Test
    void anAutoScalingGroupPassesItsTagsToItsInstances() {
        Fixtures.Parsed t = DrawnNotDroppedTest.export(DrawnNotDroppedTest.read("05-highly-available-lamp"));
        List<?> tags = (List<?>) t.props("WebTier").get("Tags");
        assertThat(tags).allSatisfy(tag -> assertThat(((Map<?, ?>) tag).get("PropagateAtLaunch")).isEqualTo(true));
    }

    @Test
    void aTagValueKeepsOnlyWhatEveryServiceAccepts() {
        assertThat(StackTags.tagValue("Over 10,000 users")).isEqualTo("Over 10000 users");
        assertThat(StackTags.tagValue("LAMP (highly available); v2")).isEqualTo("LAMP highly available v2");
        assertThat(StackTags.tagValue("고가용성 LAMP")).isEqualTo("고가용성 LAMP");
        assertThat(StackTags.tagValue("x".repeat(300))).hasSize(256);
        assertThat(StackTags.tagValue(null)).isEmpty();
    }
}
