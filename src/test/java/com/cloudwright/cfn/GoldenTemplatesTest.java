package com.cloudwright.cfn;

import com.cloudwright.io.DiagramReader;
import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * Expected templates, reviewed in diffs: every fixture under {@code src/test/resources/cfn/fixtures}
 * and every example under {@code examples/} exports to exactly its golden file in
 * {@code src/test/resources/cfn/golden} ({@code <name>.yaml}, or {@code <name>.<region>.yaml} when the
 * diagram spans Regions; examples are named {@code example-<name>}). After a deliberate change,
 * regenerate with {@code scripts/regenerate-cfn-goldens.sh} (or {@code mvn test
 * -Dtest=GoldenTemplatesTest -Dcfn.regenerate=true}) and review the diff.
 */
class GoldenTemplatesTest {

    static final Path GOLDEN = Path.of("src/test/resources/cfn/golden");
    static final Path EXAMPLES = Path.of("examples");
    static final boolean REGENERATE = Boolean.getBoolean("cfn.regenerate");

    static Stream<Arguments> diagrams() throws IOException {
        List<Arguments> out = new ArrayList<>();
        for (Path p : list(Fixtures.FIXTURES)) {
            out.add(Arguments.of(name(p, ""), p, false));
        }
        for (Path p : list(EXAMPLES)) {
            out.add(Arguments.of(name(p, "example-"), p, true));
        }
        return out.stream();
    }

    private static List<Path> list(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".cwd.json")).sorted().toList();
        }
    }

    private static String name(Path file, String prefix) {
        return prefix + file.getFileName().toString().replace(".cwd.json", "");
    }

    /** An example must export as is; a fixture may be broken on purpose, so it is exported with force. */
    private static ExportResult export(Path file, boolean example, TemplateFormat format) throws Exception {
        Diagram d = new DiagramReader(Palette.bundled()).read(file);
        ExportOptions options = ExportOptions.defaults().withFormat(format).withForce(!example);
        return example ? CfnExporter.export(d, Palette.bundled(), options)
                : new CfnExporter(DiagramCheck.NONE).run(d, Palette.bundled(), options);
    }

    static Map<Path, String> expectedFiles(String name, ExportResult r, String extension) {
        Map<Path, String> out = new java.util.TreeMap<>();
        boolean several = r.templates().size() > 1;
        r.templates().forEach((region, text) ->
                out.put(GOLDEN.resolve(name + (several ? "." + region : "") + "." + extension), text));
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("diagrams")
    void exportsExactlyTheGoldenTemplate(String name, Path file, boolean example) throws Exception {
        ExportResult r = export(file, example, TemplateFormat.YAML);
        assertThat(r.problems()).as(name + " exports cleanly").isEmpty();
        assertThat(r.ok()).isTrue();
        compare(expectedFiles(name, r, "yaml"));
    }

    @Test
    void jsonGoldenOfTheThreeTierFixture() throws Exception {
        ExportResult r = export(Fixtures.FIXTURES.resolve("three-tier.cwd.json"), false, TemplateFormat.JSON);
        compare(expectedFiles("three-tier", r, "json"));
    }

    @Test
    void everyGoldenFileBelongsToADiagram() throws Exception {
        Set<String> expected = new TreeSet<>();
        for (Arguments a : diagrams().toList()) {
            Object[] args = a.get();
            ExportResult r = export((Path) args[1], (Boolean) args[2], TemplateFormat.YAML);
            expectedFiles((String) args[0], r, "yaml").keySet().forEach(p -> expected.add(p.getFileName().toString()));
        }
        expected.add("three-tier.json");
        Set<String> present = new TreeSet<>();
        try (Stream<Path> files = Files.list(GOLDEN)) {
            files.forEach(f -> present.add(f.getFileName().toString()));
        }
        if (REGENERATE) {
            for (String stale : present) {
                if (!expected.contains(stale)) {
                    Files.delete(GOLDEN.resolve(stale));
                }
            }
            return;
        }
        assertThat(present).as("golden files without a diagram (regenerate to remove them)").isEqualTo(expected);
    }

    private static void compare(Map<Path, String> files) throws IOException {
        for (Map.Entry<Path, String> f : files.entrySet()) {
            if (REGENERATE) {
                Files.createDirectories(GOLDEN);
                Files.writeString(f.getKey(), f.getValue(), StandardCharsets.UTF_8);
                continue;
            }
            if (!Files.exists(f.getKey())) {
                fail("no golden file " + f.getKey() + "; run scripts/regenerate-cfn-goldens.sh and review it");
            }
            String expected = Files.readString(f.getKey(), StandardCharsets.UTF_8);
            if (!expected.equals(f.getValue())) {
                fail(f.getKey() + " differs from the export, first at line " + firstDifference(expected, f.getValue())
                        + "; if the change is meant, run scripts/regenerate-cfn-goldens.sh and review the diff");
            }
        }
    }

    private static String firstDifference(String expected, String actual) {
        String[] a = expected.split("\n", -1);
        String[] b = actual.split("\n", -1);
        for (int i = 0; i < Math.min(a.length, b.length); i++) {
            if (!a[i].equals(b[i])) {
                return (i + 1) + ": expected [" + a[i] + "] but was [" + b[i] + "]";
            }
        }
        return Math.min(a.length, b.length) + 1 + " (one is longer)";
    }
}
