package com.cloudwright;

import com.cloudwright.io.AppDirs;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Started as a plain jar ({@code java -jar cloudwright.jar}), the JVM runs with its defaults: every
 * class of the app and of JavaFX read and verified again at each start, and the C2 compiler taking
 * one of the two cores the first frame needs. The app image's launcher passes the flags that avoid
 * this; a jar cannot carry JVM flags. So, to open the app, the jar starts a second JVM with them:
 * C1 only, and a dynamic class-data-sharing archive of the classes the app loads, written to the
 * user's cache when the first session ends and used from the next start on. The first JVM only
 * waits and passes on the exit code.
 *
 * <p>It stays in one JVM whenever that is what was asked for: not started from a jar, a debugger or
 * agent attached, class-data-sharing or compiler flags given, {@code -Dcloudwright.fastStart=false},
 * or the second JVM failing to start.
 */
final class FastStart {

    /** Set in the second JVM, so it never starts a third. */
    static final String RELAUNCHED = "cloudwright.relaunched";
    /** When the first JVM started (epoch ms), for the start-up probe to time the whole start. */
    static final String LAUNCHED_AT = "cloudwright.launchedAt";

    /** Options after which the user's own choice of archive, compiler or debugging stands. */
    private static final List<String> USER_CHOICES = List.of("-XX:SharedArchiveFile", "-XX:ArchiveClassesAtExit",
            "-XX:DumpLoadedClassList", "-Xshare", "-XX:TieredStopAtLevel", "-agentlib", "-agentpath", "-javaagent",
            "-Xdebug", "-Xrunjdwp", "-Dcloudwright.fastStart=false");

    private FastStart() {
    }

    /** What the second JVM needs: its command, and where its archive is to be kept once written. */
    record Plan(List<String> command, Path archive, Path written) {
    }

    /**
     * Runs the app in a second JVM, if this one should, and returns its exit code; empty when the
     * app is to run in this JVM.
     */
    static Optional<Integer> runApp(String[] args) {
        Optional<Plan> plan = plan(args);
        if (plan.isEmpty()) {
            return Optional.empty();
        }
        Process child;
        try {
            Files.createDirectories(plan.get().archive().getParent());
            child = new ProcessBuilder(plan.get().command()).inheritIO().start();
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
        // closing this JVM (a signal, a logout) closes the app the same way, so it can save its journal
        Thread closeChild = new Thread(child::destroy, "cloudwright-close-app");
        Runtime.getRuntime().addShutdownHook(closeChild);
        int exit;
        try {
            exit = child.waitFor();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exit = 130;
        }
        keepArchive(plan.get());
        return Optional.of(exit);
    }

    /** The second JVM to start, or empty when the app runs in this one. */
    static Optional<Plan> plan(String[] args) {
        if (Boolean.getBoolean(RELAUNCHED)) {
            return Optional.empty();
        }
        Optional<Path> jar = startedFromJar(System.getProperty("java.class.path", ""));
        Optional<String[]> commandLine = ProcessHandle.current().info().arguments();
        if (jar.isEmpty() || commandLine.isEmpty()) {
            return Optional.empty();
        }
        List<String> jvmOptions = jvmOptions(commandLine.get());
        if (jvmOptions == null || choseOwnSettings(jvmOptions) || choseOwnSettings(toolOptions())) {
            return Optional.empty();
        }
        Path launcher = Path.of(System.getProperty("java.home"), "bin", "java");
        Path archive = archiveFor(jar.get());
        return Optional.of(plan(launcher, jvmOptions, jar.get(), args, archive, Files.isRegularFile(archive), probeStart(),
                ProcessHandle.current().pid()));
    }

    /** The command: this JVM's options, C1 only, the archive read (or written, the first time), the same jar and arguments. */
    static Plan plan(Path launcher, List<String> jvmOptions, Path jar, String[] args, Path archive, boolean archiveExists,
                     long startedAt, long pid) {
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(jvmOptions);
        command.add("-XX:TieredStopAtLevel=1");
        Path written = null;
        if (archiveExists) {
            command.add("-XX:SharedArchiveFile=" + archive);
        } else {
            written = archive.resolveSibling(archive.getFileName() + "." + pid + ".tmp");
            command.add("-XX:ArchiveClassesAtExit=" + written);
        }
        // an archive the JVM cannot use (another JDK update) only means a slower start: no warning
        command.add("-Xlog:cds=off");
        command.add("-Xlog:cds+dynamic=off");
        command.add("-D" + RELAUNCHED + "=true");
        if (startedAt > 0) {
            command.add("-D" + LAUNCHED_AT + "=" + startedAt);
        }
        command.add("-jar");
        command.add(jar.toString());
        command.addAll(List.of(args));
        return new Plan(command, archive, written);
    }

    /**
     * When this JVM started, if the start-up probe is on (0 otherwise): the management API that
     * knows it to the millisecond costs a little start-up time, so only a measured start pays it.
     */
    private static long probeStart() {
        boolean probe = Boolean.getBoolean("cloudwright.startupProbe") || "1".equals(System.getenv("CLOUDWRIGHT_STARTUP_PROBE"));
        return probe ? java.lang.management.ManagementFactory.getRuntimeMXBean().getStartTime() : 0;
    }

    /** The jar this JVM runs from, when its class path is exactly one jar file. */
    static Optional<Path> startedFromJar(String classPath) {
        if (classPath.isEmpty() || classPath.contains(java.io.File.pathSeparator)
                || !classPath.toLowerCase(Locale.ROOT).endsWith(".jar")) {
            return Optional.empty();
        }
        Path jar = Path.of(classPath).toAbsolutePath();
        return Files.isRegularFile(jar) ? Optional.of(jar) : Optional.empty();
    }

    /** The JVM options of a command line ({@code java [options] -jar file [args]}), or null when it has no -jar. */
    static List<String> jvmOptions(String[] arguments) {
        List<String> options = new ArrayList<>();
        for (String a : arguments) {
            if (a.equals("-jar")) {
                return options;
            }
            options.add(a);
        }
        return null;
    }

    static boolean choseOwnSettings(List<String> options) {
        for (String o : options) {
            for (String choice : USER_CHOICES) {
                if (o.startsWith(choice)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> toolOptions() {
        String tool = System.getenv("JAVA_TOOL_OPTIONS");
        return tool == null || tool.isBlank() ? List.of() : List.of(tool.trim().split("\\s+"));
    }

    /**
     * One archive per jar build and JVM: the name changes with the jar's size and time and the JVM's
     * version, so a rebuilt jar or an updated JDK gets a fresh one.
     */
    static Path archiveFor(Path jar) {
        String key;
        try {
            key = jar + "|" + Files.size(jar) + "|" + Files.getLastModifiedTime(jar).toMillis() + "|"
                    + System.getProperty("java.vm.version");
        } catch (IOException e) {
            key = jar + "|" + System.getProperty("java.vm.version");
        }
        return AppDirs.cache().resolve("cds").resolve("app-" + Integer.toHexString(key.hashCode()) + ".jsa");
    }

    /**
     * Keeps the archive the second JVM wrote on its way out (under a name of its own, so two first
     * starts never write one file), and drops the archives of earlier builds.
     */
    static void keepArchive(Plan plan) {
        if (plan.written() == null) {
            return;
        }
        try {
            if (Files.isRegularFile(plan.written()) && Files.size(plan.written()) > 0) {
                try (var old = Files.newDirectoryStream(plan.archive().getParent(), "app-*.jsa")) {
                    for (Path p : old) {
                        Files.deleteIfExists(p);
                    }
                }
                Files.move(plan.written(), plan.archive(), StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            }
            Files.deleteIfExists(plan.written());
        } catch (IOException e) {
            // no archive: the next start writes one again
        }
    }
}
