package com.cloudwright.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ExportCfnCommandTest {

    private static final Path FIXTURES = Path.of("src/test/resources/cfn/fixtures");

    @TempDir
    Path dir;

    private record Run(int code, String out, String err) {
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = Cli.run(new PrintWriter(out), new PrintWriter(err), args);
        return new Run(code, out.toString(), err.toString());
    }

    @Test
    void writesTheYamlTemplate() throws IOException {
        Path out = dir.resolve("stack.yaml");
        Run r = run("export", "cfn", FIXTURES.resolve("three-tier.cwd.json").toString(), "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(Files.readString(out)).startsWith("AWSTemplateFormatVersion: '2010-09-09'")
                .contains("Type: AWS::RDS::DBInstance");
        assertThat(r.err()).contains("wrote " + out).contains("note:");
    }

    @Test
    void countsTheBestPracticeChecksTheTemplateAcceptsOnPurpose() throws Exception {
        Path out = dir.resolve("stack.yaml");
        Path file = FIXTURES.resolve("three-tier.cwd.json");
        Run r = run("export", "cfn", file.toString(), "-o", out.toString());
        assertThat(r.code()).as(r.err()).isZero();
        int accepted = com.cloudwright.cfn.CfnExporter.export(new com.cloudwright.io.DiagramReader(
                com.cloudwright.palette.Palette.bundled()).read(file), com.cloudwright.palette.Palette.bundled(),
                com.cloudwright.cfn.ExportOptions.defaults()).acceptedRisks().size();
        assertThat(accepted).isPositive();
        assertThat(r.err()).contains("note: " + accepted + " best-practice checks are accepted on purpose");
        assertThat(Files.readString(out)).contains("rules_to_suppress:");
        assertThat(run("export", "cfn", file.toString(), "-o", out.toString(), "-q").err())
                .doesNotContain("best-practice");
    }

    @Test
    void jsonByFlagOrByExtension() throws IOException {
        Path out = dir.resolve("stack.json");
        assertThat(run("export", "cfn", FIXTURES.resolve("serverless.cwd.json").toString(), "-o", out.toString(), "-q")
                .code()).isZero();
        assertThat(Files.readString(out)).startsWith("{\n  \"AWSTemplateFormatVersion\": \"2010-09-09\"");
        Run stdout = run("export", "cfn", FIXTURES.resolve("serverless.cwd.json").toString(), "--json", "-q");
        assertThat(stdout.code()).isZero();
        assertThat(stdout.out()).isEqualTo(Files.readString(out));
        assertThat(stdout.err()).isEmpty();
    }

    @Test
    void somethingDrawnTheTemplateLeavesOutRefusesTheExportUnlessForced() throws IOException {
        Path out = dir.resolve("stack.yaml");
        String file = Path.of("examples/01-under-1000-users.cwd.json").toString();
        Run refused = run("export", "cfn", file, "-o", out.toString());
        assertThat(refused.code()).isEqualTo(Cli.EXIT_PROBLEMS);
        assertThat(refused.err()).contains("export refused: the template would leave out 4 things drawn",
                "codebuild: AWS CodeBuild has no CloudFormation resource", "--force");
        assertThat(out).doesNotExist();
        Run forced = run("export", "cfn", file, "-o", out.toString(), "--force");
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(forced.err()).contains("exported with --force, leaving out 4 things drawn", "codepipeline:");
        assertThat(Files.readString(out)).contains("codebuild: AWS CodeBuild has no CloudFormation resource");
    }

    @Test
    void validationErrorsRefuseTheExportUnlessForced() throws IOException {
        Path out = dir.resolve("stack.yaml");
        String file = FIXTURES.resolve("invalid.cwd.json").toString();
        Run refused = run("export", "cfn", file, "-o", out.toString());
        assertThat(refused.code()).isEqualTo(Cli.EXIT_PROBLEMS);
        assertThat(refused.err()).contains("export refused", "CW-P004", "db", "--force");
        assertThat(out).doesNotExist();
        Run forced = run("export", "cfn", file, "-o", out.toString(), "--force");
        assertThat(forced.code()).as(forced.err()).isZero();
        assertThat(Files.readString(out)).contains("ExposedDB:");
    }

    @Test
    void severalRegionsWriteOneFileEach() {
        Path out = dir.resolve("stack.yaml");
        String file = FIXTURES.resolve("two-regions.cwd.json").toString();
        Run r = run("export", "cfn", file, "-o", out.toString(), "-q");
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(dir.resolve("stack.ap-northeast-1.yaml")).exists();
        assertThat(dir.resolve("stack.ap-northeast-2.yaml")).exists();
        assertThat(out).doesNotExist();
        Run toStdout = run("export", "cfn", file);
        assertThat(toStdout.code()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(toStdout.err()).contains("2 Regions", "-o");
    }

    @Test
    void badInputExitsTwoWithOneLine() throws IOException {
        Path broken = dir.resolve("broken.cwd.json");
        Files.writeString(broken, "{\"format\": \"cloudwright-diagram\", \"version\": 1, \"nodes\": [");
        Run r = run("export", "cfn", broken.toString());
        assertThat(r.code()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(r.err().strip().lines()).hasSize(1).first().asString().contains("broken.cwd.json");
        assertThat(run("export", "cfn", dir.resolve("missing.cwd.json").toString()).code()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(run("export", "cfn").code()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(run("export").code()).isEqualTo(Cli.EXIT_BAD_INPUT);
    }

    @Test
    void helpExplainsPerRegionFiles() {
        Run r = run("export", "cfn", "--help");
        assertThat(r.code()).isZero();
        assertThat(r.out()).contains("OUT.<region>.yaml", "--force", "--json");
        assertThat(run("export", "--help").out()).contains("cfn");
    }
}
