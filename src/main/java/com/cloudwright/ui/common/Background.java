package com.cloudwright.ui.common;

import javafx.application.Platform;
import javafx.concurrent.Task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/** Runs file and network work off the FX thread and hands the result back to it. */
public final class Background {

    private static final AtomicInteger THREADS = new AtomicInteger();
    private static final ExecutorService EXECUTOR = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "cloudwright-background-" + THREADS.incrementAndGet());
        t.setDaemon(true);
        return t;
    });

    /** Work that may fail with a checked exception. */
    @FunctionalInterface
    public interface Work<T> {
        public T run() throws Exception;
    }

    private Background() {
    }

    /** Runs the work; {@code onDone} or {@code onError} is called on the FX thread. */
    public static <T> Task<T> run(Work<T> work, Consumer<T> onDone, Consumer<Throwable> onError) {
        Task<T> task = new Task<>() {
            @Override
            protected T call() throws Exception {
                return work.run();
            }
        };
        task.setOnSucceeded(e -> onDone.accept(task.getValue()));
        task.setOnFailed(e -> onError.accept(task.getException()));
        EXECUTOR.execute(task);
        return task;
    }

    static void later(Runnable r) {
        Platform.runLater(r);
    }
}
