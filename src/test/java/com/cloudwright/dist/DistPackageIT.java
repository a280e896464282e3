package com.cloudwright.dist;

import com.cloudwright.cli.Cli;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * What mvn -Pdist package built, as a user gets it: the app image's launcher answers the command
 * line like the jar, starts from its class-data-sharing archive, and the .deb, unpacked the way
 * dpkg installs it, gives a working {@code cloudwright} command with its desktop entry and file
 * type. Runs in the dist profile's integration-test phase (mvn -Pdist verify).
 */
class DistPackageIT {

    private static final Path EXAMPLE = Path.of("examples/01-under-1000-users.cwd.json").toAbsolutePath();

    private static Path dist;
    private static Path launcher;

    @TempDir
    Path temp;

    @BeforeAll
    static void findTheBuild() {
        dist = Path.of(System.getProperty("cloudwright.dist", "target/dist"));
        launcher = dist.resolve(System.getProperty("cloudwright.dist.launcher", "cloudwright/bin/cloudwright"));
        assertThat(launcher).as("the app image's launcher (mvn -Pdist package)").isExecutable();
    }

    @Test
    void theLauncherAnswersTheCommandLineAsTheJarDoes() throws Exception {
        Run version = run(launcher, Map.of(), "--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out().trim()).isEqualTo("Cloudwright " + projectVersion());

        Run validate = run(launcher, Map.of(), "validate", EXAMPLE.toString());
        StringWriter expected = new StringWriter();
        int expectedExit = Cli.run(new PrintWriter(expected), new PrintWriter(new StringWriter()), "validate", EXAMPLE.toString());
        assertThat(validate.exit()).isEqualTo(expectedExit);
        assertThat(validate.out()).isEqualTo(expected.toString()).containsPattern("\\d+ warnings?");
    }

    @Test
    void theLinuxCommandStartsJavaItselfFromAnywhereItIsLinkedOrCopiedTo() throws Exception {
        assumeTrue(isLinux(), "the shell launcher is Linux's");
        // not jpackage's own Linux launcher, which asks rpm and dpkg which package it is in at every start
        assertThat(Files.readString(launcher)).startsWith("#!/bin/sh").contains("exec \"$home/lib/runtime/bin/java\"");
        Path copy = temp.resolve("a folder with spaces/cloudwright");
        copyTree(launcher.getParent().getParent(), copy);
        Path link = Files.createSymbolicLink(temp.resolve("cw"), copy.resolve("bin/cloudwright"));
        Path diagram = Files.copy(EXAMPLE, temp.resolve("my diagram.cwd.json"));

        Run validate = run(link, Map.of(), "validate", diagram.toString(), "--severity", "warning");

        StringWriter expected = new StringWriter();
        Cli.run(new PrintWriter(expected), new PrintWriter(new StringWriter()), "validate", diagram.toString(), "--severity", "warning");
        assertThat(validate.err()).doesNotContain("rror", "xception");
        // the counts are the jar's own: the example's warnings change as rules are added
        assertThat(validate.out()).contains("my diagram.cwd.json: 0 errors, ").isEqualTo(expected.toString());
        assertThat(validate.exit()).isZero();
    }

    @Test
    void theLauncherStartsFromTheClassDataSharingArchive() throws Exception {
        assumeTrue(!isWindows(), "the archive is made on Linux and macOS");
        assertThat(launcher.getParent().getParent().resolve(appDir()).resolve("cloudwright.jsa")).isRegularFile();

        Run loads = run(launcher, Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info"), "--version");

        assertThat(loads.out()).containsPattern("com\\.cloudwright\\.Main source: shared objects file");
    }

    @Test
    void theAppOpensADiagramWithJavaFxOnTheModulePath() throws Exception {
        assumeTrue(isWindows() || System.getenv("DISPLAY") != null || isMac(), "needs a display (Xvfb will do)");
        Path example = Path.of("examples/05-highly-available-lamp.cwd.json").toAbsolutePath();

        Run start = run(launcher, Map.of("CLOUDWRIGHT_STARTUP_PROBE", "1",
                "JAVA_TOOL_OPTIONS", "-Dcloudwright.home=" + temp.resolve("home")), example.toString());

        assertThat(start.exit()).isZero();
        assertThat(start.out()).containsPattern("startup-ms=\\d+ .*nodes=42");
        assertThat(start.err()).doesNotContain("Unsupported JavaFX configuration").doesNotContain("Exception");
    }

    @Test
    void thePlainJarStartsTheAppInASecondJvmFromAnArchiveItWritesAtTheEndOfTheFirstSession() throws Exception {
        assumeTrue(isWindows() || System.getenv("DISPLAY") != null || isMac(), "needs a display (Xvfb will do)");
        Path jar = Path.of("target/cloudwright.jar").toAbsolutePath();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Path example = Path.of("examples/05-highly-available-lamp.cwd.json").toAbsolutePath();
        Path home = temp.resolve("home");
        Path cds = home.resolve("cache/cds");

        Run first = run(java, Map.of(), "-Dcloudwright.home=" + home, "-Dcloudwright.startupProbe=true", "-jar", jar.toString(),
                example.toString());
        assertThat(first.exit()).isZero();
        assertThat(first.out()).containsPattern("startup-ms=\\d+ .*nodes=42");
        try (Stream<Path> files = Files.list(cds)) {
            assertThat(files.map(p -> p.getFileName().toString()).toList()).singleElement().asString().matches("app-[0-9a-f]+\\.jsa");
        }

        Run second = run(java, Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info"), "-Dcloudwright.home=" + home,
                "-Dcloudwright.startupProbe=true", "-jar", jar.toString(), example.toString());
        assertThat(second.exit()).isZero();
        assertThat(second.out()).containsPattern("com\\.cloudwright\\.ui\\.shell\\.MainWindow source: shared objects file")
                .containsPattern("startup-ms=\\d+ .*nodes=42");

        Run asked = run(java, Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info"), "-Dcloudwright.home=" + home,
                "-Dcloudwright.fastStart=false", "-Dcloudwright.startupProbe=true", "-jar", jar.toString(), example.toString());
        assertThat(asked.out()).as("one JVM when asked").doesNotContain("source: shared objects file (top)")
                .containsPattern("startup-ms=\\d+");
    }

    @Test
    void theDebianPackageUnpackedGivesAWorkingCommandDesktopEntryAndFileType() throws Exception {
        assumeTrue(isLinux(), "the .deb is built on Linux");
        Path deb;
        try (Stream<Path> files = Files.list(dist)) {
            deb = files.filter(p -> p.toString().endsWith(".deb")).findFirst().orElseThrow();
        }
        Path root = temp.resolve("root");
        assertThat(run(Path.of("dpkg-deb"), Map.of(), "-x", deb.toString(), root.toString()).exit()).isZero();

        Path command = root.resolve("usr/bin/cloudwright");
        assertThat(Files.isSymbolicLink(command)).isTrue();
        assertThat(command.toRealPath()).isEqualTo(root.resolve("opt/cloudwright/bin/cloudwright").toRealPath());
        Run version = run(command, Map.of(), "--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out().trim()).isEqualTo("Cloudwright " + projectVersion());

        // what postinst does where dpkg installs it
        Path app = root.resolve("opt/cloudwright/lib/app");
        assertThat(app.resolve("cloudwright.jsa")).doesNotExist();
        assertThat(run(Path.of("sh"), Map.of(), app.resolve("cloudwright-cds").toString()).exit()).isZero();
        Run loads = run(command, Map.of("JAVA_TOOL_OPTIONS", "-Xlog:class+load=info"), "--version");
        assertThat(loads.out()).containsPattern("com\\.cloudwright\\.Main source: shared objects file");

        Path lib = root.resolve("opt/cloudwright/lib");
        String desktop = Files.readString(lib.resolve("cloudwright-cloudwright.desktop"));
        assertThat(desktop).contains("Name=Cloudwright", "Exec=/opt/cloudwright/bin/cloudwright %f",
                "Icon=/opt/cloudwright/lib/cloudwright.png", "MimeType=application/x-cloudwright-diagram");
        assertThat(lib.resolve("cloudwright.png")).isRegularFile();
        assertThat(Files.readString(lib.resolve("cloudwright-cloudwright-MimeInfo.xml")))
                .contains("type=\"application/x-cloudwright-diagram\"", "<glob pattern=\"*.cwd.json\"");

        Run control = run(Path.of("dpkg-deb"), Map.of(), "--field", deb.toString(), "Package", "Depends");
        assertThat(control.out()).contains("Package: cloudwright", "libgtk-3-0", "xdg-utils");
        Run scripts = run(Path.of("dpkg-deb"), Map.of(), "--info", deb.toString(), "postinst");
        assertThat(scripts.out()).contains("xdg-desktop-menu install", "xdg-mime install", "cloudwright-cds");
    }

    // ---- helpers -------------------------------------------------------------------------------

    private record Run(int exit, String out, String err) {
    }

    private Run run(Path program, Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.add(program.toString());
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command);
        pb.environment().putAll(env);
        // English output whatever the machine's language, as the in-process run here
        String options = pb.environment().getOrDefault("JAVA_TOOL_OPTIONS", "");
        pb.environment().put("JAVA_TOOL_OPTIONS", (options + " -Duser.language=en -Duser.country=US").trim());
        Path out = Files.createTempFile(temp, "out", ".txt");
        Path err = Files.createTempFile(temp, "err", ".txt");
        pb.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process p = pb.start();
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).as("%s finished", command).isTrue();
        return new Run(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static void copyTree(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        try (Stream<Path> files = Files.walk(from)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.copy(p, to.resolve(from.relativize(p).toString()), StandardCopyOption.COPY_ATTRIBUTES,
                        LinkOption.NOFOLLOW_LINKS);
            }
        }
    }

    private static String projectVersion() throws IOException {
        String pom = Files.readString(Path.of("pom.xml"));
        int artifact = pom.indexOf("<artifactId>cloudwright</artifactId>");
        int start = pom.indexOf("<version>", artifact) + "<version>".length();
        return pom.substring(start, pom.indexOf("</version>", start));
    }

    private static Path appDir() {
        return isMac() ? Path.of("app") : Path.of("lib/app");
    }

    private static boolean isLinux() {
        return System.getProperty("os.name").startsWith("Linux");
    }

    private static boolean isMac() {
        return System.getProperty("os.name").startsWith("Mac");
    }

    private static boolean isWindows() {
        return System.getProperty("os.name").startsWith("Windows");
    }
}
