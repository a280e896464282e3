package com.cloudwright.dist;

import org.junit.jupiter.api.Test;

import java.io.File;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.module.Configuration;
import java.lang.module.ModuleFinder;
import java.lang.module.ResolvedModule;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.spi.ToolProvider;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The packaged app's Java runtime (the dist profile's jlink) holds only the modules the pom lists:
 * one the app's code starts to use without being added there would fail at run time in the
 * installed app only. jdeps says which modules the compiled classes use.
 */
class DistModulesTest {

    @Test
    void theRuntimeHasEveryModuleTheAppsCodeUses() throws IOException {
        // JavaFX's modular jars for this platform, where the tests load JavaFX from
        List<Path> fxJars = Stream.of(javafx.scene.control.Control.class, javafx.scene.Node.class,
                        javafx.beans.Observable.class)
                .map(DistModulesTest::jarOf)
                .toList();

        Set<String> used = jdepsModules(fxJars);
        Set<String> linked = linkedModules(fxJars);

        assertThat(used).contains("java.desktop", "javafx.controls");
        assertThat(linked).containsAll(used);
    }

    private static Path jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What jdeps finds the compiled classes use, as its minimal list of modules. */
    private static Set<String> jdepsModules(List<Path> javafx) {
        ToolProvider jdeps = ToolProvider.findFirst("jdeps").orElseThrow();
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String modulePath = javafx.stream().map(Path::toString).collect(Collectors.joining(File.pathSeparator));
        int code = jdeps.run(new PrintWriter(out), new PrintWriter(err), "--multi-release", "17",
                "--ignore-missing-deps", "--module-path", modulePath, "--print-module-deps", "target/classes");
        assertThat(code).as(err.toString()).isZero();
        return new TreeSet<>(Arrays.asList(out.toString().trim().split(",")));
    }

    /** The modules the pom's dist.modules list brings into the runtime, with everything they require. */
    private static Set<String> linkedModules(List<Path> javafx) throws IOException {
        Matcher m = Pattern.compile("<dist\\.modules>([^<]+)</dist\\.modules>").matcher(Files.readString(Path.of("pom.xml")));
        assertThat(m.find()).as("dist.modules in pom.xml").isTrue();
        List<String> roots = Arrays.stream(m.group(1).split(",")).map(String::trim).toList();
        Configuration resolved = Configuration.empty().resolve(
                ModuleFinder.compose(ModuleFinder.ofSystem(), ModuleFinder.of(javafx.toArray(Path[]::new))),
                ModuleFinder.of(), roots);
        return resolved.modules().stream().map(ResolvedModule::name).collect(Collectors.toCollection(TreeSet::new));
    }
}
