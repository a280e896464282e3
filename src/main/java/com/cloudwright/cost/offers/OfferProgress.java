package com.cloudwright.cost.offers;

import java.net.URI;

/**
 * Hears how a refresh goes, file by file: called on the refreshing thread, often (every few
 * thousand products), so a listener that updates a UI should hand the latest step over and return.
 */
@FunctionalInterface
public interface OfferProgress {

    void update(Step step);

    /** A file is done with: updated, unchanged, not offered or failed. */
    default void finished(RefreshReport.FileResult result) {
    }

    /** Nothing to hear. */
    OfferProgress NONE = step -> { };

    /** What a file is doing. */
    enum State { CHECKING, DOWNLOADING, DONE }

    /**
     * @param region     a Region code, or "global"
     * @param bytes      bytes received for this file so far
     * @param totalBytes the size announced for the transfer, or -1
     * @param products   products read so far
     * @param file       the file's number among the files checked (1-based) and their count
     */
    record Step(String service, String region, URI url, State state, long bytes, long totalBytes, long products,
                int file, int files) {
    }
}
