package com.cloudwright.arch;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Source files stay small enough to read in one sitting: a file that grows past the limit is
 * split by what it does. The edge router is the one exception, a single algorithm whose parts
 * share its search state.
 */
class FileSizeTest {

    private static final int MAX_LINES = 400;
    private static final List<Path> SOURCES = List.of(Path.of("src", "main", "java"), Path.of("src", "test", "java"),
            Path.of("src", "jmh", "java"));
    private static final Set<Path> EXCEPTIONS = Set.of();

    @Test
    void noSourceFileIsOverTheLimit() throws IOException {
        List<String> tooLong = new ArrayList<>();
        for (Path root : SOURCES) {
            assertThat(root).isDirectory();
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(p -> p.toString().endsWith(".java"))
                        .filter(p -> !EXCEPTIONS.contains(root.relativize(p)))
                        .filter(p -> lines(p) > MAX_LINES)
                        .forEach(p -> tooLong.add(p + " (" + lines(p) + " lines)"));
            }
        }
        assertThat(tooLong).as("source files over " + MAX_LINES + " lines").isEmpty();
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
