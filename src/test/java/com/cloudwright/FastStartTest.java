package com.cloudwright;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** How a plain jar starts the app in a second JVM with C1 and a class-data-sharing archive, and when it does not. */
class FastStartTest {

    @TempDir
    Path temp;

    @Test
    void theFirstStartWritesTheArchiveUnderANameOfItsOwnAndLaterStartsReadIt() {
        Path archive = temp.resolve("cds/app-1.jsa");
        Path java = Path.of("/jdk/bin/java");
        Path jar = Path.of("/apps/cloudwright.jar");
        List<String> options = List.of("-Xmx2g", "-Dprism.order=sw");

        FastStart.Plan first = FastStart.plan(java, options, jar, new String[] {"a b.cwd.json"}, archive, false, 0, 42);
        assertThat(first.written()).isEqualTo(temp.resolve("cds/app-1.jsa.42.tmp"));
        assertThat(first.command()).startsWith("/jdk/bin/java", "-Xmx2g", "-Dprism.order=sw", "-XX:TieredStopAtLevel=1",
                "-XX:ArchiveClassesAtExit=" + first.written())
                .contains("-Dcloudwright.relaunched=true")
                .doesNotContain("-XX:SharedArchiveFile=" + archive)
                .noneMatch(a -> a.startsWith("-Dcloudwright.launchedAt"))
                .endsWith("-jar", "/apps/cloudwright.jar", "a b.cwd.json");

        FastStart.Plan later = FastStart.plan(java, options, jar, new String[0], archive, true, 1234, 42);
        assertThat(later.written()).isNull();
        assertThat(later.command()).contains("-XX:SharedArchiveFile=" + archive, "-Dcloudwright.launchedAt=1234")
                .noneMatch(a -> a.startsWith("-XX:ArchiveClassesAtExit"))
                .endsWith("-jar", "/apps/cloudwright.jar");
    }

    @Test
    void theJvmOptionsAreThoseBeforeTheJar() {
        assertThat(FastStart.jvmOptions(new String[] {"-Xmx1g", "-cp", "x", "-jar", "c.jar", "-Xmx9g"}))
                .containsExactly("-Xmx1g", "-cp", "x");
        assertThat(FastStart.jvmOptions(new String[] {"-cp", "c.jar", "com.cloudwright.Main"})).as("not started with -jar").isNull();
    }

    @Test
    void aDebuggerAnAgentOrTheUsersOwnArchiveOrCompilerKeepTheAppInOneJvm() {
        for (String option : List.of("-agentlib:jdwp=transport=dt_socket", "-javaagent:x.jar", "-XX:SharedArchiveFile=a.jsa",
                "-Xshare:off", "-XX:TieredStopAtLevel=4", "-XX:DumpLoadedClassList=x", "-Dcloudwright.fastStart=false")) {
            assertThat(FastStart.choseOwnSettings(List.of("-Xmx1g", option))).as(option).isTrue();
        }
        assertThat(FastStart.choseOwnSettings(List.of("-Xmx1g", "-Dprism.order=sw"))).isFalse();
    }

    @Test
    void onlyAClassPathOfOneJarIsStartedAgain() throws Exception {
        Path jar = Files.createFile(temp.resolve("cloudwright.jar"));
        assertThat(FastStart.startedFromJar(jar.toString())).contains(jar.toAbsolutePath());
        assertThat(FastStart.startedFromJar(jar + java.io.File.pathSeparator + temp)).isEmpty();
        assertThat(FastStart.startedFromJar(temp.toString())).as("classes, as in mvn javafx:run and the tests").isEmpty();
        assertThat(FastStart.startedFromJar(temp.resolve("gone.jar").toString())).isEmpty();
        // the tests themselves run from folders: the app never leaves their JVM
        assertThat(FastStart.plan(new String[0])).isEmpty();
    }

    @Test
    void aRebuiltJarGetsAnArchiveOfItsOwn() throws Exception {
        Path jar = Files.writeString(temp.resolve("cloudwright.jar"), "one");
        Path before = FastStart.archiveFor(jar);
        Files.setLastModifiedTime(jar, FileTime.fromMillis(Files.getLastModifiedTime(jar).toMillis() + 60_000));
        assertThat(FastStart.archiveFor(jar)).isNotEqualTo(before);
        assertThat(FastStart.archiveFor(jar).getParent()).isEqualTo(before.getParent());
        assertThat(before.getFileName().toString()).matches("app-[0-9a-f]+\\.jsa");
    }

    @Test
    void theWrittenArchiveReplacesThoseOfEarlierBuilds() throws Exception {
        Path dir = Files.createDirectories(temp.resolve("cds"));
        Path old = Files.writeString(dir.resolve("app-0ld.jsa"), "old build");
        Path archive = dir.resolve("app-1.jsa");
        Path written = Files.writeString(dir.resolve("app-1.jsa.7.tmp"), "archive");

        FastStart.keepArchive(new FastStart.Plan(List.of(), archive, written));

        assertThat(archive).hasContent("archive");
        assertThat(old).doesNotExist();
        assertThat(written).doesNotExist();

        Path empty = Files.createFile(dir.resolve("app-2.jsa.8.tmp"));
        FastStart.keepArchive(new FastStart.Plan(List.of(), dir.resolve("app-2.jsa"), empty));
        assertThat(dir.resolve("app-2.jsa")).as("a session that wrote nothing keeps nothing").doesNotExist();
        assertThat(archive).as("nor does it drop the archive there is").exists();
    }
}
