package com.cloudwright.cost;

import java.util.concurrent.CancellationException;

/** Lets a caller stop long work (live price look-ups, region comparisons) from another thread. */
public final class Cancellation {

    private static final Cancellation NEVER = new Cancellation();

    private volatile boolean cancelled;

    /** A token that is never cancelled. */
    public static Cancellation none() {
        return NEVER;
    }

    public void cancel() {
        if (this != NEVER) {
            cancelled = true;
        }
    }

    public boolean isCancelled() {
        return cancelled;
    }

    /** @throws CancellationException when cancelled */
    public void check() {
        if (cancelled) {
            throw new CancellationException("cancelled");
        }
    }
}
