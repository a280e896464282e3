package com.cloudwright.ui.cost;

import com.cloudwright.cost.Cancellation;
import org.junit.jupiter.api.Test;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.CancellationException;

import static org.assertj.core.api.Assertions.assertThat;

/** The debounce / latest-only / cancel logic behind re-pricing, stepped by hand (no FX thread). */
class LatestJobTest {

    /** The test thread plays the UI thread; the timer and the worker run only when told to. */
    private final List<Runnable> timers = new ArrayList<>();
    private final Deque<Runnable> worker = new ArrayDeque<>();
    private final List<String> events = new ArrayList<>();
    private final List<Cancellation> tokens = new ArrayList<>();

    private final LatestJob<String> job = new LatestJob<>((millis, task) -> {
        Runnable[] slot = {task};
        timers.add(() -> {
            if (slot[0] != null) {
                slot[0].run();
            }
        });
        return () -> slot[0] = null;
    }, worker::add, Runnable::run, 250, new LatestJob.Listener<>() {
        @Override
        public void started() {
            events.add("started");
        }

        @Override
        public void finished(String result) {
            events.add("finished " + result);
        }

        @Override
        public void failed(Throwable error) {
            events.add("failed " + error.getMessage());
        }

        @Override
        public void cancelled() {
            events.add("cancelled");
        }
    });

    private java.util.function.Supplier<LatestJob.Work<String>> answering(String answer) {
        return () -> {
            events.add("prepared " + answer);
            return cancellation -> {
                tokens.add(cancellation);
                cancellation.check();
                return answer;
            };
        };
    }

    private void fireTimers() {
        List<Runnable> due = new ArrayList<>(timers);
        timers.clear();
        due.forEach(Runnable::run);
    }

    private void runWorker() {
        while (!worker.isEmpty()) {
            worker.poll().run();
        }
    }

    @Test
    void requestsWithinTheDelayCollapseIntoOneJobPreparedWithTheNewestState() {
        job.request(answering("r1"));
        job.request(answering("r2"));
        job.request(answering("r3"));
        assertThat(job.busy()).isTrue();
        assertThat(events).isEmpty();
        fireTimers();
        runWorker();
        assertThat(events).containsExactly("prepared r3", "started", "finished r3");
        assertThat(job.busy()).isFalse();
    }

    @Test
    void aNewerJobCancelsTheRunningOneAndItsAnswerIsDropped() {
        job.runNow(answering("old"));
        Runnable oldWork = worker.poll();
        job.runNow(answering("new"));
        oldWork.run();
        runWorker();
        assertThat(tokens.get(0).isCancelled()).as("the superseded job was told to stop").isTrue();
        assertThat(events).containsExactly("prepared old", "started", "prepared new", "started", "finished new");
    }

    @Test
    void aStaleAnswerThatArrivesLateIsDroppedEvenIfTheJobIgnoredCancellation() {
        job.runNow(() -> cancellation -> "slow");
        Runnable slow = worker.poll();
        job.runNow(answering("fresh"));
        runWorker();
        slow.run();
        assertThat(events).containsExactly("started", "prepared fresh", "started", "finished fresh");
    }

    @Test
    void cancelStopsTheRunningJobTellsTheListenerAtOnceAndDropsTheAnswer() {
        job.runNow(answering("live"));
        job.cancel();
        assertThat(events).containsExactly("prepared live", "started", "cancelled");
        assertThat(job.running()).isFalse();
        runWorker();
        assertThat(tokens.get(0).isCancelled()).isTrue();
        assertThat(events).containsExactly("prepared live", "started", "cancelled");
    }

    @Test
    void cancelAlsoStopsAPendingRequest() {
        job.request(answering("pending"));
        job.cancel();
        fireTimers();
        runWorker();
        assertThat(events).isEmpty();
    }

    @Test
    void aFailureIsReportedAndACancellationFromInsideTheJobCountsAsCancelled() {
        job.runNow(() -> cancellation -> {
            throw new IllegalStateException("no network");
        });
        runWorker();
        job.runNow(() -> cancellation -> {
            throw new CancellationException("cancelled");
        });
        runWorker();
        job.runNow(() -> {
            throw new IllegalArgumentException("bad diagram");
        });
        assertThat(events).containsExactly("started", "failed no network", "started", "cancelled", "failed bad diagram");
        assertThat(job.busy()).isFalse();
    }
}
