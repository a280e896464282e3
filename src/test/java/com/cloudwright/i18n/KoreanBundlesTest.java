package com.cloudwright.i18n;

import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every bundle the code reads through {@link Bundle} has a Korean twin with the same keys and the
 * same placeholders, and no sentence left in English.
 */
class KoreanBundlesTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path RESOURCES = Path.of("src/main/resources");
    private static final Pattern BUNDLE_NAME = Pattern.compile("Bundle\\.(?:named|withRootNumbers)\\(\"([^\"]+)\"\\)");
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[,}]");
    private static final Pattern WORD = Pattern.compile("\\b[A-Za-z]{2,}\\b");
    private static final Pattern HANGUL = Pattern.compile("[\\uAC00-\\uD7A3]");

    /**
     * Entries whose English is more than one word yet right in Korean as it is (brand names, file
     * formats), each with its reason in the file.
     */
    private static final Set<String> SAME_IN_KOREAN = sameInKorean();

    private static Set<String> sameInKorean() {
        try {
            Set<String> keys = new TreeSet<>();
            for (String line : Files.readAllLines(Path.of("src/test/resources/i18n/same-in-korean.txt"))) {
                String entry = line.replaceAll("\\s+#.*$", "").trim();
                if (!entry.isEmpty() && !entry.startsWith("#")) {
                    keys.add(entry);
                }
            }
            return keys;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Bundle names the code reads, from its {@code Bundle.named(…)} constants. */
    static Set<String> bundleNames() throws IOException {
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = BUNDLE_NAME.matcher(Files.readString(file));
                while (m.find()) {
                    names.add(m.group(1));
                }
            }
        }
        return names;
    }

    @Test
    void theCodeReadsTheBundlesThisTestChecks() throws IOException {
        assertThat(bundleNames()).contains("com.cloudwright.ui.messages", "com.cloudwright.validate.messages",
                "com.cloudwright.cost.messages", "com.cloudwright.cfn.messages");
    }

    @TestFactory
    List<DynamicTest> everyBundleHasAKoreanTwin() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : bundleNames()) {
            tests.add(DynamicTest.dynamicTest(name, () -> checkTwin(name)));
        }
        return tests;
    }

    private static void checkTwin(String name) throws IOException {
        Path english = RESOURCES.resolve(name.replace('.', '/') + ".properties");
        Path korean = RESOURCES.resolve(name.replace('.', '/') + "_ko.properties");
        assertThat(korean).as("Korean twin of " + english).exists();
        Properties en = load(english);
        Properties ko = load(korean);
        assertThat(ko.stringPropertyNames()).as("keys of " + korean + " (missing ones first)")
                .containsAll(en.stringPropertyNames());
        assertThat(en.stringPropertyNames()).as("keys of " + korean + " that " + english + " lacks")
                .containsAll(ko.stringPropertyNames());
        List<String> wrong = new ArrayList<>();
        for (String key : new TreeSet<>(en.stringPropertyNames())) {
            String e = en.getProperty(key);
            String k = ko.getProperty(key);
            if (!placeholders(e).equals(placeholders(k))) {
                wrong.add(key + ": placeholders " + placeholders(e) + " in English, " + placeholders(k) + " in Korean");
            }
            if (PLACEHOLDER.matcher(k).find()) {
                try {
                    new MessageFormat(k);
                } catch (IllegalArgumentException ex) {
                    wrong.add(key + ": not a valid message pattern: " + ex.getMessage());
                }
            }
            if (isSentence(e) && !HANGUL.matcher(k).find() && !SAME_IN_KOREAN.contains(name + "#" + key)) {
                wrong.add(key + ": left in English: " + k);
            }
        }
        assertThat(wrong).as("entries of " + korean).isEmpty();
    }

    /** Two or more words: a sentence or phrase a Korean reader must get in Korean. */
    static boolean isSentence(String english) {
        Matcher m = WORD.matcher(english.replaceAll("\\{[^}]*}", " "));
        int words = 0;
        while (m.find()) {
            words++;
        }
        return words >= 2;
    }

    private static Set<Integer> placeholders(String pattern) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    private static Properties load(Path file) throws IOException {
        Properties p = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            p.load(in);
        }
        return p;
    }

    @Test
    void aSentenceIsTwoWordsOrMore() {
        assertThat(isSentence("Zoom to Fit")).isTrue();
        assertThat(isSentence("{0} cannot reach {1}")).isTrue();
        assertThat(isSentence("JSON")).isFalse();
        assertThat(isSentence("{0} ({1})")).isFalse();
    }
}
