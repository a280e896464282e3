package com.cloudwright.cost.offers;

import java.io.Closeable;
import java.io.InputStream;
import java.net.URI;

/** Opens a bulk file for reading (HTTP in the app; anything that serves bytes in tests). */
@FunctionalInterface
public interface OfferFetcher {

    /**
     * @throws OfferException when the file cannot be opened (network, HTTP status), naming the URL
     */
    Download open(URI url) throws OfferException;

    /**
     * An open file: its bytes as sent (already inflated when the server compressed them), the size
     * announced for the transfer or -1, and a way to break off the transfer from another thread.
     *
     * @param transferred bytes received so far on the wire (what {@code length} counts)
     */
    interface Download extends Closeable {
        InputStream body();

        long length();

        long transferred();

        /** Breaks off the transfer: a read blocked in {@link #body()} fails at once. */
        void abort();
    }
}
