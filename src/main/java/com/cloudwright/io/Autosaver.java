package com.cloudwright.io;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Autosave for one open document: at most once per {@code delay} after a change, the document's
 * text is taken on the UI thread (the model is not thread-safe, and writing it out is quick) and
 * written to the {@link RecoveryStore} on a background thread, so the UI never waits for the disk.
 * <pre>
 *   Autosaver autosave = new Autosaver(store, Duration.ofSeconds(30), Platform::runLater,
 *           () -> history.isDirty() ? new Autosaver.Snapshot(key, d.name(), new DiagramWriter().write(d), path) : null,
 *           saved -> status("Autosaved"), failed -> status(failed.getMessage()));
 *   diagram.addListener(change -> autosave.changed());
 *   // after a real save: store.discard(key); on close: autosave.close(); store.discard(key)
 * </pre>
 */
public final class Autosaver implements AutoCloseable {

    /** What to write, taken on the UI thread; a null snapshot skips the save (nothing unsaved). */
    public record Snapshot(String documentKey, String name, String diagramText, Path originalPath) {
    }

    private final RecoveryStore store;
    private final Duration delay;
    private final Executor uiThread;
    private final Supplier<Snapshot> snapshot;
    private final Consumer<Path> saved;
    private final Consumer<IOException> failed;
    private final ScheduledExecutorService background;
    private final AtomicBoolean scheduled = new AtomicBoolean();

    public Autosaver(RecoveryStore store, Duration delay, Executor uiThread, Supplier<Snapshot> snapshot,
                     Consumer<Path> saved, Consumer<IOException> failed) {
        this.store = store;
        this.delay = delay;
        this.uiThread = uiThread;
        this.snapshot = snapshot;
        this.saved = saved;
        this.failed = failed;
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, "cloudwright-autosave");
            t.setDaemon(true);
            return t;
        });
        // A save still waiting for its time when the app closes is not made (the app's exit would
        // otherwise wait for it), and a write under way finishes.
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.background = executor;
    }

    /** The document changed: a save happens {@code delay} from now unless one is already due. */
    public void changed() {
        if (!background.isShutdown() && scheduled.compareAndSet(false, true)) {
            background.schedule(() -> uiThread.execute(this::takeSnapshot), delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }

    private void takeSnapshot() {
        scheduled.set(false);
        Snapshot s = snapshot.get();
        if (s != null && !background.isShutdown()) {
            background.execute(() -> write(s));
        }
    }

    private void write(Snapshot s) {
        try {
            saved.accept(store.save(s.documentKey(), s.name(), s.diagramText(), s.originalPath()));
        } catch (IOException e) {
            failed.accept(e);
        } catch (IllegalStateException e) {
            // the store was closed meanwhile: the application is exiting cleanly
        }
    }

    /** Stops autosaving at once: a write under way finishes first; one still waiting for its time is not made. */
    @Override
    public void close() {
        background.shutdown();
        try {
            background.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
