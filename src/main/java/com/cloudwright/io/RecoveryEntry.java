package com.cloudwright.io;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * A recovery file left by a Cloudwright that did not exit cleanly.
 *
 * @param name         the diagram's name, for the "restore?" question (may be null)
 * @param originalPath the file the document was opened from or last saved to, if any
 * @param savedAt      when the copy was taken, or the last journalled edit made
 * @param edits        edits journalled after the last full copy (0 when there is only the copy)
 */
public record RecoveryEntry(Path file, String session, String documentKey, Instant savedAt,
                            Optional<Path> originalPath, String name, int edits) {
}
