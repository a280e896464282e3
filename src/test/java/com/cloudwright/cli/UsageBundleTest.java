package com.cloudwright.cli;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** Every command, option and parameter takes its help from the usage bundle, in both languages alike. */
class UsageBundleTest {

    private static final Pattern VARIABLE = Pattern.compile("\\$\\{[^}]+}|%n");
    private final Locale before = Locale.getDefault();

    @AfterEach
    void restoreLocale() {
        Locale.setDefault(before);
    }

    @ParameterizedTest
    @ValueSource(strings = {"en-US", "ko-KR"})
    void everyCommandOptionAndParameterIsDescribed(String language) {
        Locale.setDefault(Locale.forLanguageTag(language));
        List<String> undescribed = new ArrayList<>();
        check(Cli.commandLine(), undescribed);
        assertThat(undescribed).isEmpty();
    }

    private static void check(CommandLine cl, List<String> undescribed) {
        CommandSpec spec = cl.getCommandSpec();
        String name = spec.qualifiedName();
        if (String.join("", spec.usageMessage().description()).isBlank()) {
            undescribed.add(name);
        }
        List<ArgSpec> args = new ArrayList<>(spec.options());
        args.addAll(spec.positionalParameters());
        for (ArgSpec a : args) {
            if (String.join("", a.description()).isBlank()) {
                undescribed.add(name + " " + a.paramLabel());
            }
        }
        cl.getSubcommands().values().forEach(sub -> check(sub, undescribed));
    }

    @Test
    void theKoreanFileHasTheSameKeysAndVariablesAndNoEnglishSentence() throws IOException {
        Properties english = load("usage.properties");
        Properties korean = load("usage_ko.properties");
        assertThat(new TreeSet<>(korean.stringPropertyNames())).isEqualTo(new TreeSet<>(english.stringPropertyNames()));
        TreeMap<String, String> differences = new TreeMap<>();
        for (String key : english.stringPropertyNames()) {
            String en = english.getProperty(key);
            String ko = korean.getProperty(key);
            if (!variables(en).equals(variables(ko))) {
                differences.put(key, en + " | " + ko);
            }
            if (en.trim().split("\\s+").length > 1 && en.equals(ko)) {
                differences.put(key, "not translated: " + en);
            }
        }
        assertThat(differences).isEmpty();
    }

    private static List<String> variables(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = VARIABLE.matcher(text);
        while (m.find()) {
            out.add(m.group());
        }
        return out;
    }

    private static Properties load(String file) throws IOException {
        Properties p = new Properties();
        try (InputStream in = UsageBundleTest.class.getResourceAsStream("/com/cloudwright/cli/" + file)) {
            p.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return p;
    }
}
