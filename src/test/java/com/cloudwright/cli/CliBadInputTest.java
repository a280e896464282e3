package com.cloudwright.cli;

import com.cloudwright.testing.BadDiagrams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class CliBadInputTest {

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

    static Stream<Arguments> badFiles() {
        return BadDiagrams.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void badInputExitsWithTwoAndOneLineNamingFileAndPath(String name, String content, String reason) throws Exception {
        Path file = dir.resolve("bad.cwd.json");
        Files.writeString(file, content);
        Run r = run("validate", file.toString());
        assertThat(r.code()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(r.err().strip()).doesNotContain("\n").contains(file.toString()).contains(reason)
                .doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(r.out()).isEmpty();
    }

    @Test
    void aMissingFileIsBadInput() {
        Run r = run("validate", dir.resolve("nope.cwd.json").toString());
        assertThat(r.code()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(r.err()).contains("nope.cwd.json").contains("no such file");
    }

    @Test
    void unknownOptionsAreBadInputWithAHint() {
        Run r = run("validate", "--colour", "x.cwd.json");
        assertThat(r.code()).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(r.err()).contains("--colour").contains("--help");
    }

    @Test
    void everyCommandHasHelp() {
        Run top = run("--help");
        assertThat(top.code()).isZero();
        assertThat(top.out()).contains("validate");
        Run validate = run("validate", "--help");
        assertThat(validate.code()).isZero();
        assertThat(validate.out()).contains("FILE", "--format");
    }
}
