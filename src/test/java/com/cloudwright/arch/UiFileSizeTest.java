package com.cloudwright.arch;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** UI classes stay small enough to read in one sitting: a file that grows past the limit is split by what it does. */
class UiFileSizeTest {

    private static final int MAX_LINES = 400;
    private static final Path UI_SOURCES = Path.of("src", "main", "java", "com", "cloudwright", "ui");

    @Test
    void noUiSourceFileIsOverTheLimit() throws IOException {
        assertThat(UI_SOURCES).isDirectory();
        try (Stream<Path> files = Files.walk(UI_SOURCES)) {
            List<String> tooLong = files.filter(p -> p.toString().endsWith(".java"))
                    .filter(p -> lines(p) > MAX_LINES)
                    .map(p -> UI_SOURCES.relativize(p) + " (" + lines(p) + " lines)")
                    .toList();
            assertThat(tooLong).as("UI files over " + MAX_LINES + " lines").isEmpty();
        }
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
