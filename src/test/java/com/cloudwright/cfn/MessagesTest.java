package com.cloudwright.cfn;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Every note the exporter writes has its text in the bundle, and the bundle holds nothing unused. */
class MessagesTest {

    private static final Path SOURCES = Path.of("src/main/java/com/cloudwright/cfn");
    private static final Pattern KEY = Pattern.compile("\"((?:[a-zA-Z]+)\\.(?:note|reason|warning|problem|why)\\.[A-Za-z0-9]+)\"");

    @Test
    void everyKeyTheExporterUsesIsInTheBundleAndNoOther() {
        Set<String> used = new TreeSet<>();
        try (Stream<Path> files = Files.list(SOURCES)) {
            files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                Matcher m = KEY.matcher(read(f));
                while (m.find()) {
                    used.add(m.group(1));
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Mappers.NO_RESOURCE.forEach(id -> used.add("noResource." + id));
        Set<String> bundled = new TreeSet<>(ResourceBundle.getBundle("com.cloudwright.cfn.messages").keySet());
        assertThat(used).as("keys in the code").hasSizeGreaterThan(90);
        assertThat(bundled).containsExactlyElementsOf(used);
    }

    @Test
    void everyPatternParses() {
        ResourceBundle bundle = ResourceBundle.getBundle("com.cloudwright.cfn.messages");
        for (String key : bundle.keySet()) {
            String pattern = bundle.getString(key);
            if (pattern.contains("{0}")) {
                assertThat(new MessageFormat(pattern).getFormatsByArgumentIndex()).as(key).isNotEmpty();
            } else {
                assertThat(pattern).as(key + ": no arguments, so no braces to quote").doesNotContain("'{'");
            }
        }
    }

    @Test
    void numbersAreWrittenWithoutGrouping() {
        TemplateText tooLarge = Build.text("export.warning.tooLarge", 1_234_567, CfnExporter.MAX_BODY_BYTES);
        assertThat(tooLarge.english())
                .isEqualTo("The template is 1234567 bytes; CloudFormation reads at most 1000000 bytes from S3.");
        assertThat(tooLarge.shown()).isEqualTo(tooLarge.english());
        assertThat(Build.text("security.note.existingGroup", "User1", "admins").english())
                .isEqualTo("User User1 joins group 'admins', which must exist already.");
    }

    private static String read(Path f) {
        try {
            return Files.readString(f);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
