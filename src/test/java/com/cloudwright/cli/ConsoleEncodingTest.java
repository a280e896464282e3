package com.cloudwright.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Korean output survives a plain C/POSIX locale, whose platform charset is ASCII. */
class ConsoleEncodingTest {

    @TempDir
    Path dir;

    @Test
    void hangulReachesAnAsciiConsoleAsUtf8() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), "com.cloudwright.Main",
                "--lang", "ko", "validate", dir.resolve("missing.cwd.json").toString());
        Map<String, String> env = builder.environment();
        env.keySet().removeIf(k -> k.startsWith("LC_") || k.equals("LANG") || k.equals("LANGUAGE"));
        env.put("LANG", "C");
        env.put("LC_ALL", "C");
        Process p = builder.redirectErrorStream(true).start();
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.exitValue()).as(output).isEqualTo(Cli.EXIT_BAD_INPUT);
        assertThat(output).as(output).containsPattern("[\\uAC00-\\uD7A3]").doesNotContain("??");
    }
}
