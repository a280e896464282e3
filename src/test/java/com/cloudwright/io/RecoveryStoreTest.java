package com.cloudwright.io;

import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RecoveryStoreTest {

    private static final Palette PALETTE = Palette.bundled();

    @TempDir
    Path home;

    private Path dir() {
        return home.resolve("recovery");
    }

    @Test
    void aKilledProcessLeavesARecoveryFileThatTheNextRunRestores() throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), RecoveryCrashMain.class.getName(), dir().toString())
                .redirectErrorStream(true).start();
        try (RecoveryStore store = RecoveryStore.open(dir())) {
            String line;
            try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                line = out.readLine();
                assertThat(line).as("the child saved").startsWith("SAVED ");
                String childSession = line.substring("SAVED ".length());
                assertThat(childSession).startsWith(child.pid() + "-");

                assertThat(store.pending()).as("its owner is alive: not ours to take").isEmpty();

                child.destroyForcibly();
                assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }

            List<RecoveryEntry> pending = store.pending();
            assertThat(pending).hasSize(1);
            RecoveryEntry entry = pending.get(0);
            assertThat(entry.documentKey()).isEqualTo("doc1");
            assertThat(entry.name()).isEqualTo("Interview LAMP");
            assertThat(entry.originalPath()).contains(RecoveryCrashMain.ORIGINAL.toAbsolutePath());
            assertThat(entry.savedAt()).isBetween(Instant.now().minus(Duration.ofMinutes(5)), Instant.now());

            RecoveredDocument restored = store.restore(entry, PALETTE);
            DiagramWriter writer = new DiagramWriter();
            assertThat(writer.write(restored.diagram())).isEqualTo(writer.write(RecoveryCrashMain.document()));
            assertThat(restored.diagram().requireNode("web").bounds().x()).isEqualTo(100.25);
            assertThat(restored.originalPath()).contains(RecoveryCrashMain.ORIGINAL.toAbsolutePath());

            store.discard(entry);
            assertThat(store.pending()).isEmpty();
            try (Stream<Path> left = Files.list(dir())) {
                assertThat(left.map(p -> p.getFileName().toString()))
                        .as("only this run's lock is left").containsExactly(store.session() + ".lock");
            }
        } finally {
            child.destroyForcibly();
        }
    }

    @Test
    void aCleanExitLeavesNothingToRecover() throws IOException {
        try (RecoveryStore store = RecoveryStore.open(dir())) {
            store.save("a", RecoveryCrashMain.document(), null);
            store.save("b", RecoveryCrashMain.document(), null);
            store.discard("b");
        }
        try (RecoveryStore next = RecoveryStore.open(dir())) {
            assertThat(next.pending()).isEmpty();
        }
        try (Stream<Path> left = Files.list(dir())) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aRunningInstancesFilesAreNeverOfferedToAnother() throws IOException {
        RecoveryStore first = RecoveryStore.open(dir());
        try (RecoveryStore second = RecoveryStore.open(dir())) {
            first.save("doc", RecoveryCrashMain.document(), null);
            assertThat(second.pending()).isEmpty();
            assertThat(first.pending()).as("its own files are not pending").isEmpty();
        } finally {
            first.close();
        }
    }

    @Test
    void aDeadRunsFilesAreClaimedByOneInstanceAtATime() throws IOException {
        Path orphan = dir().resolve("999999-deadbeef--doc.json");
        try (RecoveryStore writer = RecoveryStore.open(dir())) {
            Path own = writer.save("doc", RecoveryCrashMain.document(), null);
            Files.createDirectories(dir());
            Files.copy(own, orphan);   // as if left by process 999999, which holds no lock
        }
        try (RecoveryStore a = RecoveryStore.open(dir()); RecoveryStore b = RecoveryStore.open(dir())) {
            assertThat(a.pending()).extracting(RecoveryEntry::file).containsExactly(orphan);
            assertThat(b.pending()).as("a has claimed it").isEmpty();
            a.close();
            assertThat(b.pending()).as("a let it go without discarding").extracting(RecoveryEntry::file).containsExactly(orphan);
        }
        assertThat(Files.exists(orphan)).isTrue();
    }

    @Test
    void savesReplaceTheFileAtomicallyWithNoLeftovers() throws IOException {
        try (RecoveryStore store = RecoveryStore.open(dir())) {
            Diagram d = RecoveryCrashMain.document();
            Path first = store.save("doc", d, null);
            d.history().execute(new com.cloudwright.model.SetLabel("web", "Web server"));
            Path second = store.save("doc", d, Path.of("x.cwd.json"));
            assertThat(second).isEqualTo(first);
            try (Stream<Path> files = Files.list(dir())) {
                assertThat(files.map(p -> p.getFileName().toString()))
                        .containsExactlyInAnyOrder(store.session() + ".lock", store.session() + "--doc.json");
            }
            assertThat(Files.readString(second)).contains("Web server").contains("\"format\" : \"cloudwright-recovery\"");
        }
    }

    @Test
    void damagedRecoveryFilesAreSkippedAndUnreadableDiagramsSayWhy() throws Exception {
        Files.createDirectories(dir());
        Files.writeString(dir().resolve("1-aaaaaaaa--broken.json"), "{ not json");
        Files.writeString(dir().resolve("2-bbbbbbbb--empty.json"),
                "{\"format\": \"cloudwright-recovery\", \"savedAt\": \"2024-05-01T10:00:00Z\", \"document\": \"x\"}");
        try (RecoveryStore store = RecoveryStore.open(dir())) {
            List<RecoveryEntry> pending = store.pending();
            assertThat(pending).extracting(RecoveryEntry::documentKey).containsExactly("x");
            assertThatThrownBy(() -> store.restore(pending.get(0), PALETTE))
                    .isInstanceOf(DiagramFormatException.class).hasMessageContaining("holds no diagram");
        }
    }

    @Test
    void theDefaultFolderIsInTheDataFolder() throws IOException {
        String old = System.getProperty("cloudwright.home");
        System.setProperty("cloudwright.home", home.toString());
        try (RecoveryStore store = RecoveryStore.open()) {
            assertThat(store.directory()).isEqualTo(home.resolve("data").resolve("recovery"));
        } finally {
            if (old == null) {
                System.clearProperty("cloudwright.home");
            } else {
                System.setProperty("cloudwright.home", old);
            }
        }
    }
}
