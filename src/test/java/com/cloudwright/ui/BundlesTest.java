package com.cloudwright.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The message bundles merge with {@code merge=union} (several people append at once): a key that
 * arrives twice, or a block appended after a continued line, would silently change the text shown.
 */
class BundlesTest {

    private static final Pattern KEY = Pattern.compile("^([A-Za-z][\\w.-]*)\\s*=");

    static List<Path> bundles() throws IOException {
        try (Stream<Path> files = Files.walk(Path.of("src/main/resources"))) {
            return files.filter(p -> p.toString().endsWith(".properties")).sorted().toList();
        }
    }

    @Test
    void noKeyIsDefinedTwiceAndNoKeyHidesInAContinuedLine() throws IOException {
        List<String> problems = new ArrayList<>();
        for (Path bundle : bundles()) {
            List<String> lines = Files.readAllLines(bundle);
            Set<String> seen = new HashSet<>();
            boolean continued = false;
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                Matcher m = KEY.matcher(line);
                if (!continued && m.find() && !seen.add(m.group(1))) {
                    problems.add(bundle + ":" + (i + 1) + " defines " + m.group(1) + " again");
                }
                if (continued && m.find() && !line.startsWith(" ")) {
                    problems.add(bundle + ":" + (i + 1) + " key " + m.group(1) + " is swallowed by the line before");
                }
                continued = !line.startsWith("#") && line.endsWith("\\") && !line.endsWith("\\\\");
            }
        }
        assertThat(bundles()).isNotEmpty();
        assertThat(problems).isEmpty();
    }
}
