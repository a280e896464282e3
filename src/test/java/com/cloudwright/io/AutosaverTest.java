package com.cloudwright.io;

import com.cloudwright.model.Diagram;
import com.cloudwright.model.SetLabel;
import com.cloudwright.palette.Palette;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

class AutosaverTest {

    @TempDir
    Path dir;

    @Test
    void aBurstOfChangesIsOneSaveOfTheLatestStateTakenOnTheUiThread() throws Exception {
        Diagram d = RecoveryCrashMain.document();
        ExecutorService ui = Executors.newSingleThreadExecutor(r -> new Thread(r, "fake-ui"));
        AtomicInteger snapshots = new AtomicInteger();
        List<String> snapshotThreads = new CopyOnWriteArrayList<>();
        CountDownLatch saved = new CountDownLatch(1);
        List<Path> files = new CopyOnWriteArrayList<>();
        try (RecoveryStore store = RecoveryStore.open(dir);
             Autosaver autosave = new Autosaver(store, Duration.ofMillis(200), ui, () -> {
                 snapshots.incrementAndGet();
                 snapshotThreads.add(Thread.currentThread().getName());
                 return new Autosaver.Snapshot("doc", d.name(), new DiagramWriter().write(d), null);
             }, file -> {
                 files.add(file);
                 saved.countDown();
             }, e -> { })) {
            d.addListener(change -> autosave.changed());
            Executor onUi = ui;
            CountDownLatch edited = new CountDownLatch(1);
            onUi.execute(() -> {
                d.history().execute(new SetLabel("web", "Web 1"));
                d.history().execute(new SetLabel("web", "Web 2"));
                d.history().execute(new SetLabel("db", "Primary"));
                edited.countDown();
            });
            assertThat(edited.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(saved.await(10, TimeUnit.SECONDS)).isTrue();

            assertThat(snapshots.get()).isEqualTo(1);
            assertThat(snapshotThreads).containsExactly("fake-ui");
            assertThat(files).hasSize(1);
            RecoveryEntry entry = new RecoveryEntry(files.get(0), store.session(), "doc", java.time.Instant.now(),
                    java.util.Optional.empty(), d.name(), 0);
            Diagram back = store.restore(entry, Palette.bundled()).diagram();
            assertThat(back.requireNode("web").label()).isEqualTo("Web 2");
            assertThat(back.requireNode("db").label()).isEqualTo("Primary");
        } finally {
            ui.shutdownNow();
        }
    }

    @Test
    void closingWithASaveStillWaitingReturnsAtOnceAndMakesNoSave() throws Exception {
        AtomicInteger snapshots = new AtomicInteger();
        try (RecoveryStore store = RecoveryStore.open(dir)) {
            Autosaver autosave = new Autosaver(store, Duration.ofSeconds(30), Runnable::run, () -> {
                snapshots.incrementAndGet();
                return null;
            }, file -> { }, e -> { });
            autosave.changed();
            long start = System.nanoTime();
            autosave.close();
            long millis = (System.nanoTime() - start) / 1_000_000;

            // the app's exit waited for the pending save's time (up to 5 s) before
            assertThat(millis).isLessThan(1_000);
            assertThat(snapshots.get()).isZero();
        }
    }

    @Test
    void nothingUnsavedMeansNoFile() throws Exception {
        CountDownLatch asked = new CountDownLatch(1);
        try (RecoveryStore store = RecoveryStore.open(dir);
             Autosaver autosave = new Autosaver(store, Duration.ofMillis(10), Runnable::run, () -> {
                 asked.countDown();
                 return null;
             }, file -> { }, e -> { })) {
            autosave.changed();
            assertThat(asked.await(10, TimeUnit.SECONDS)).isTrue();
            autosave.close();
            try (var files = java.nio.file.Files.list(dir)) {
                assertThat(files.map(p -> p.getFileName().toString())).containsExactly(store.session() + ".lock");
            }
        }
    }
}
