package com.cloudwright.cfn;

import com.cloudwright.io.DiagramFormatException;
import com.cloudwright.io.DiagramReader;
import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Fixture diagrams and their exported templates, parsed back into plain maps. */
final class Fixtures {

    static final Path FIXTURES = Path.of("src/test/resources/cfn/fixtures");

    private Fixtures() {
    }

    static Diagram diagram(String name) {
        try {
            return new DiagramReader(Palette.bundled()).read(FIXTURES.resolve(name + ".cwd.json"));
        } catch (DiagramFormatException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The fixture's only template, exported (forced) and read back from YAML. */
    static Parsed export(String name) {
        ExportResult r = new CfnExporter(DiagramCheck.NONE).run(diagram(name), Palette.bundled(),
                ExportOptions.defaults().withForce(true));
        if (!r.ok()) {
            throw new AssertionError("export of " + name + " failed: " + r.problems());
        }
        return new Parsed(r.text(), CfnYaml.load(r.text()));
    }

    /** A template as text and as maps, with helpers to reach into it. */
    record Parsed(String text, Map<String, Object> root) {

        @SuppressWarnings("unchecked")
        Map<String, Object> resources() {
            return (Map<String, Object>) root.get("Resources");
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> resource(String id) {
            Map<String, Object> r = (Map<String, Object>) resources().get(id);
            if (r == null) {
                throw new AssertionError("no resource " + id + " in " + resources().keySet());
            }
            return r;
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> props(String id) {
            return (Map<String, Object>) resource(id).get("Properties");
        }

        String type(String id) {
            return (String) resource(id).get("Type");
        }

        List<String> ofType(String type) {
            return resources().entrySet().stream()
                    .filter(e -> type.equals(((Map<?, ?>) e.getValue()).get("Type")))
                    .map(Map.Entry::getKey).sorted().toList();
        }

        @SuppressWarnings("unchecked")
        Map<String, Object> section(String name) {
            return (Map<String, Object>) root.get(name);
        }
    }

    static Map<String, Object> ref(String target) {
        return Map.of("Ref", target);
    }

    static Map<String, Object> getAtt(String resource, String attribute) {
        return Map.of("Fn::GetAtt", List.of(resource, attribute));
    }

    static Map<String, Object> sub(String text) {
        return Map.of("Fn::Sub", text);
    }
}
