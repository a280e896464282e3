package com.cloudwright.io;

import com.cloudwright.model.Diagram;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/**
 * A document read back from a recovery file: open it as unsaved, with its original path if any.
 *
 * @param savedAt when its last edit was made (journalled) or its copy taken
 * @param edits   edits replayed from the journal after the last full copy
 */
public record RecoveredDocument(Diagram diagram, Optional<Path> originalPath, Instant savedAt, int edits) {
}
