package com.cloudwright.ui.cost;

import com.cloudwright.cost.Cancellation;

import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.Executor;
import java.util.function.Supplier;

/**
 * Runs the newest of a stream of jobs off the UI thread: requests that come within the delay
 * collapse into one, starting a job cancels the one in flight, and an answer that is no longer
 * the newest is dropped. A job is prepared on the UI thread (where it may read the diagram) and
 * run on a worker. All methods are called on the UI thread; the listener is called there too.
 * No JavaFX: the UI thread, the timer and the worker are passed in, so tests can step them.
 */
final class LatestJob<R> {

    /** Runs a task on the UI thread after a delay; the returned Runnable cancels it. */
    interface Timer {
        Runnable after(long millis, Runnable task);
    }

    /** The part of a job that runs on the worker. */
    interface Work<R> {
        R run(Cancellation cancellation) throws Exception;
    }

    /** What happens to jobs, on the UI thread. Superseded jobs report nothing. */
    interface Listener<R> {
        void started();

        void finished(R result);

        void failed(Throwable error);

        /** The job in flight was cancelled with {@link #cancel()}. */
        void cancelled();
    }

    private final Timer timer;
    private final Executor worker;
    private final Executor ui;
    private final long delayMillis;
    private final Listener<R> listener;

    private long generation;
    private Runnable pendingTimer;
    private Cancellation inFlight;

    LatestJob(Timer timer, Executor worker, Executor ui, long delayMillis, Listener<R> listener) {
        this.timer = Objects.requireNonNull(timer);
        this.worker = Objects.requireNonNull(worker);
        this.ui = Objects.requireNonNull(ui);
        this.delayMillis = delayMillis;
        this.listener = Objects.requireNonNull(listener);
    }

    /** Starts the job once no other request has come for the delay. */
    void request(Supplier<Work<R>> prepare) {
        stopTimer();
        pendingTimer = timer.after(delayMillis, () -> {
            pendingTimer = null;
            start(prepare);
        });
    }

    /** Starts the job now, superseding any pending or running one. */
    void runNow(Supplier<Work<R>> prepare) {
        stopTimer();
        start(prepare);
    }

    /** True while a job is waiting for its delay or running. */
    boolean busy() {
        return pendingTimer != null || inFlight != null;
    }

    /** True while a job is running on the worker. */
    boolean running() {
        return inFlight != null;
    }

    /** Stops the pending and the running job; the running one's answer is dropped. */
    void cancel() {
        stopTimer();
        if (inFlight != null) {
            inFlight.cancel();
            inFlight = null;
            generation++;
            listener.cancelled();
        }
    }

    /** Forgets any pending or running job without telling the listener (the document was closed). */
    void drop() {
        stopTimer();
        if (inFlight != null) {
            inFlight.cancel();
            inFlight = null;
        }
        generation++;
    }

    private void stopTimer() {
        if (pendingTimer != null) {
            pendingTimer.run();
            pendingTimer = null;
        }
    }

    private void start(Supplier<Work<R>> prepare) {
        if (inFlight != null) {
            inFlight.cancel();
            inFlight = null;
        }
        long mine = ++generation;
        Work<R> work;
        try {
            work = prepare.get();
        } catch (RuntimeException e) {
            listener.failed(e);
            return;
        }
        Cancellation cancellation = new Cancellation();
        inFlight = cancellation;
        listener.started();
        worker.execute(() -> {
            Object outcome;
            boolean ok;
            try {
                outcome = work.run(cancellation);
                ok = true;
            } catch (Throwable t) {
                outcome = t;
                ok = false;
            }
            Object result = outcome;
            boolean success = ok;
            ui.execute(() -> deliver(mine, cancellation, success, result));
        });
    }

    @SuppressWarnings("unchecked")
    private void deliver(long job, Cancellation cancellation, boolean success, Object outcome) {
        if (job != generation) {
            return;
        }
        inFlight = null;
        if (success) {
            listener.finished((R) outcome);
        } else if (outcome instanceof CancellationException || cancellation.isCancelled()) {
            listener.cancelled();
        } else {
            listener.failed((Throwable) outcome);
        }
    }
}
