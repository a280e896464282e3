package com.cloudwright.cfn;

import com.cloudwright.io.DiagramReader;
import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;
import com.cloudwright.testing.ExportDiagrams;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * AWS's best-practice rule pack for infrastructure code, cdk-nag's AwsSolutions checks, over the
 * template of every example (scripts/cdk-nag/check.js, Node.js; {@code .ci/run} installs it with
 * {@code npm ci --prefix scripts/cdk-nag}). A finding is gone when the template is fixed, or
 * accepted when its resource's {@code Metadata.cdk_nag.rules_to_suppress} gives a reason.
 * <p>
 * The findings not yet dealt with are listed in {@code cdk-nag-open.txt}, one
 * {@code example: rule @ resource} a line, and may only shrink: a finding not listed fails the
 * test, and so does a listed one that is gone (take it off the list). Record the list again with
 * {@code -Dcdknag.record=true} only when the findings it adds are reviewed.
 * <p>
 * Every suppression written must also be needed: check.js checks each template a second time
 * without acknowledgements, and a suppression whose rule did not flag its resource there is
 * reported as unneeded and fails the test (tighten its condition in {@code accepted-risks.txt}).
 * The same holds for a generated diagram of every palette service, alone and connected, whose
 * findings are not reviewed here but whose suppressions must all be asked for.
 */
class CdkNagTest {

    private static final Path SCRIPT = Path.of("scripts/cdk-nag/check.js");
    private static final Path OPEN = Path.of("src/test/resources/cfn/cdk-nag-open.txt");
    private static final Palette PALETTE = Palette.bundled();

    @Test
    void everyExampleHasNoFindingBeyondTheOpenList(@TempDir Path dir) throws Exception {
        assertThat(Files.isDirectory(Path.of("scripts/cdk-nag/node_modules/cdk-nag")))
                .as("cdk-nag is not installed: npm ci --prefix scripts/cdk-nag (as .ci/run does)").isTrue();
        List<String> files = new ArrayList<>();
        try (Stream<Path> examples = Files.list(Path.of("examples"))) {
            for (Path f : examples.filter(p -> p.toString().endsWith(".cwd.json")).sorted().toList()) {
                Diagram d = new DiagramReader(PALETTE).read(f);
                ExportResult r = CfnExporter.export(d, PALETTE, ExportOptions.defaults().withForce(true));
                assertThat(r.ok()).as(f + ": " + r.problems()).isTrue();
                Path out = dir.resolve(f.getFileName().toString().replace(".cwd.json", ".yaml"));
                Files.writeString(out, r.text());
                files.add(out.toString());
            }
        }
        JsonNode report = run(files);
        SortedSet<String> found = new TreeSet<>();
        SortedSet<String> unneeded = new TreeSet<>();
        report.fields().forEachRemaining(e -> {
            assertThat(e.getValue().path("error").isMissingNode()).as(e.getKey() + ": " + e.getValue().path("error"))
                    .isTrue();
            String example = e.getKey().replace(".yaml", "");
            for (JsonNode f : e.getValue().path("findings")) {
                found.add(example + ": " + f.path("rule").asText() + " @ " + f.path("resource").asText());
            }
            for (JsonNode u : e.getValue().path("unneeded")) {
                unneeded.add(example + ": " + u.path("rule").asText() + " @ " + u.path("resource").asText());
            }
            assertThat(e.getValue().path("unneeded").isArray()).as(example + ": check.js reports unneeded suppressions")
                    .isTrue();
            for (JsonNode a : e.getValue().path("accepted")) {
                assertThat(a.path("reason").asText().strip()).as(example + ": reason of " + a).hasSizeGreaterThanOrEqualTo(10);
            }
        });
        if (Boolean.getBoolean("cdknag.record")) {
            Files.writeString(OPEN, String.join("\n", found) + "\n");
        }
        SortedSet<String> open = new TreeSet<>(Files.readAllLines(OPEN).stream().filter(l -> !l.isBlank()).toList());
        SortedSet<String> added = new TreeSet<>(found);
        added.removeAll(open);
        SortedSet<String> gone = new TreeSet<>(open);
        gone.removeAll(found);
        assertThat(added).as("new cdk-nag findings: fix the template, or suppress with a reason in the resource's Metadata")
                .isEmpty();
        assertThat(gone).as("findings dealt with: take them off " + OPEN).isEmpty();
        assertThat(unneeded).as("suppressions written where cdk-nag flags nothing: tighten their condition in"
                + " accepted-risks.txt").isEmpty();
    }

    @Test
    void everySuppressionOfEveryServiceIsAskedForByItsRule(@TempDir Path dir) throws Exception {
        assertThat(Files.isDirectory(Path.of("scripts/cdk-nag/node_modules/cdk-nag"))).isTrue();
        List<String> files = new ArrayList<>();
        for (boolean connected : new boolean[] {false, true}) {
            Diagram d = ExportDiagrams.everyService(PALETTE, connected);
            ExportResult r = new CfnExporter(DiagramCheck.NONE).run(d, PALETTE, ExportOptions.defaults().withForce(true));
            assertThat(r.ok()).as(r.problems().toString()).isTrue();
            assertThat(r.acceptedRisks()).hasSizeGreaterThan(40);
            Path out = dir.resolve("every-service-" + (connected ? "connected" : "alone") + ".yaml");
            Files.writeString(out, r.text());
            files.add(out.toString());
        }
        SortedSet<String> unneeded = new TreeSet<>();
        run(files).fields().forEachRemaining(e -> {
            assertThat(e.getValue().path("error").isMissingNode()).as(e.getKey() + ": " + e.getValue().path("error"))
                    .isTrue();
            for (JsonNode u : e.getValue().path("unneeded")) {
                unneeded.add(e.getKey() + ": " + u.path("rule").asText() + " @ " + u.path("resource").asText());
            }
        });
        assertThat(unneeded).as("suppressions written where cdk-nag flags nothing: tighten their condition in"
                + " accepted-risks.txt").isEmpty();
    }

    private static JsonNode run(List<String> files) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("node", SCRIPT.toString()));
        command.addAll(files);
        Process p = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.INHERIT).start();
        byte[] out = p.getInputStream().readAllBytes();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(new String(out, StandardCharsets.UTF_8)).isZero();
        return new ObjectMapper().readTree(out);
    }
}
