package com.cloudwright.cli;

import com.cloudwright.io.DiagramWriter;
import com.cloudwright.validate.Fixture;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ValidateCommandTest {

    @TempDir
    Path dir;

    record Run(int code, String out, String err) {
    }

    static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    private Path write(String name, Fixture fixture) throws IOException {
        Path file = dir.resolve(name);
        new DiagramWriter().write(fixture.build(), file);
        return file;
    }

    @Test
    void aSoundDiagramExitsZero() throws IOException {
        Path file = write("web.cwd.json", Fixture.web());
        Run r = run("validate", file.toString());
        assertThat(r.code()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).contains(file + ": no problems");
    }

    @Test
    void warningsAloneExitZero() throws IOException {
        Path file = write("single-az-db.cwd.json", Fixture.web().set("db", "multiAz", false));
        Run r = run("validate", file.toString(), "--severity", "warning");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("warning CW-R002  db: RDS 'Amazon RDS' is single-AZ").doesNotContain("CW-N004");
    }

    @Test
    void errorsExitOneAndPrintMessageAndHint() throws IOException {
        Path file = write("public-db.cwd.json", Fixture.web().parent("db", "pub-a"));
        Run r = run("validate", file.toString());
        assertThat(r.code()).isEqualTo(Cli.EXIT_PROBLEMS);
        assertThat(r.out()).contains("error   CW-P004  db: Amazon RDS sits in public subnet 'Public subnet 10.0.1.0/24'.")
                .contains("        Move the database into a private subnet of the same Availability Zone.");
    }

    @Test
    void theErrorFilterStillExitsOneAndHidesTheRest() throws IOException {
        Path file = write("public-db.cwd.json", Fixture.web().parent("db", "pub-a").set("db", "multiAz", false));
        Run r = run("validate", file.toString(), "--severity", "error", "--format", "json");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).contains("CW-P004").doesNotContain("CW-R002").doesNotContain("CW-N004");
    }

    @Test
    void jsonHasExactlyTheDocumentedShape() throws IOException {
        Path file = write("public-db.cwd.json", Fixture.web().parent("db", "pub-a").label("db", "주문 DB"));
        Run r = run("validate", file.toString(), "--format", "json");
        assertThat(r.code()).isEqualTo(1);
        assertThat(r.out()).isEqualTo(new String(r.out().getBytes(StandardCharsets.US_ASCII), StandardCharsets.US_ASCII));
        JsonNode root = new ObjectMapper().readTree(r.out());
        assertThat(root.size()).isEqualTo(1);
        JsonNode problems = root.get("problems");
        assertThat(problems.isArray()).isTrue();
        List<String> fieldsOfFirst = new ArrayList<>();
        problems.get(0).fieldNames().forEachRemaining(fieldsOfFirst::add);
        assertThat(fieldsOfFirst.subList(0, 4)).containsExactly("rule", "severity", "node", "message");
        JsonNode p004 = null;
        for (JsonNode p : problems) {
            assertThat(p.get("severity").asText()).isIn("error", "warning", "info");
            assertThat(p.get("rule").asText()).matches("CW-[PNCRSKX]\\d{3}");
            if (p.get("rule").asText().equals("CW-P004")) {
                p004 = p;
            }
        }
        assertThat(p004).isNotNull();
        assertThat(p004.get("severity").asText()).isEqualTo("error");
        assertThat(p004.get("node").asText()).isEqualTo("db");
        assertThat(p004.get("message").asText()).isEqualTo("Amazon RDS '주문 DB' sits in public subnet 'Public subnet 10.0.1.0/24'.");
        assertThat(p004.get("nodes")).extracting(JsonNode::asText).containsExactly("db", "pub-a");
        assertThat(p004.get("hint").asText()).isNotBlank();
        assertThat(problems.get(0).get("severity").asText()).isEqualTo("error");
    }

    @Test
    void aCleanDiagramPrintsAnEmptyJsonList() throws IOException {
        Path file = write("clean.cwd.json", Fixture.empty().node("fn", "lambda", null));
        Run r = run("validate", file.toString(), "--format", "json");
        assertThat(r.code()).isZero();
        assertThat(r.out().trim()).isEqualTo("{\"problems\":[]}");
    }

    @Test
    void malformedJsonExitsTwoWithOneLine() throws IOException {
        Path file = dir.resolve("broken.cwd.json");
        Files.writeString(file, "{\"format\": \"cloudwright-diagram\", \"version\": 1, \"nodes\": [");
        Run r = run("validate", file.toString());
        assertThat(r.code()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).hasSize(1).first().asString().startsWith("cloudwright: ").contains("broken.cwd.json");
        assertThat(r.err()).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void anUnknownTypeExitsTwoNamingThePath() throws IOException {
        Path file = dir.resolve("unknown.cwd.json");
        Files.writeString(file, """
                {"format": "cloudwright-diagram", "version": 1,
                 "nodes": [{"id": "x", "type": "mainframe", "x": 0, "y": 0}]}
                """);
        Run r = run("validate", file.toString());
        assertThat(r.code()).isEqualTo(2);
        assertThat(r.err().lines()).hasSize(1).first().asString().contains("$.nodes[0].type").contains("mainframe");
    }

    @Test
    void aMissingFileOrBadOptionExitsTwo() {
        Run missing = run("validate", dir.resolve("nope.cwd.json").toString());
        assertThat(missing.code()).isEqualTo(2);
        assertThat(missing.err()).contains("no such file");
        Run badOption = run("validate", "x.cwd.json", "--severity", "fatal");
        assertThat(badOption.code()).isEqualTo(2);
        assertThat(badOption.err()).contains("--severity");
    }
}
