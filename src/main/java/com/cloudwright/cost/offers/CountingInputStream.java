package com.cloudwright.cost.offers;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Counts the bytes read through it (readable from another thread, for progress), and stops the
 * reading thread at its next read once aborted: closing the connection underneath can wait for the
 * stream's lock, which a busy reader may hold for a long time.
 */
final class CountingInputStream extends FilterInputStream {

    private final AtomicLong count = new AtomicLong();
    private volatile boolean aborted;

    CountingInputStream(InputStream in) {
        super(in);
    }

    long count() {
        return count.get();
    }

    /** The next read (and any read after it) fails. */
    void abort() {
        aborted = true;
    }

    private void checkAborted() throws IOException {
        if (aborted) {
            throw new IOException("download aborted");
        }
    }

    @Override
    public int read() throws IOException {
        checkAborted();
        int b = super.read();
        if (b >= 0) {
            count.incrementAndGet();
        }
        return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        checkAborted();
        int n = super.read(b, off, len);
        if (n > 0) {
            count.addAndGet(n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        checkAborted();
        long skipped = super.skip(n);
        count.addAndGet(Math.max(0, skipped));
        return skipped;
    }
}
