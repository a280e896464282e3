package com.cloudwright.export;

/**
 * Hears how far an export has got and may stop it. Called on the exporting thread; a cancelled
 * export throws {@link java.util.concurrent.CancellationException} and leaves no output file.
 */
public interface ExportMonitor {

    ExportMonitor NONE = new ExportMonitor() {
    };

    /** @param done the fraction finished, from 0 to 1 */
    default void progress(double done) {
    }

    default boolean isCancelled() {
        return false;
    }
}
