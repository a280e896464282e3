package com.cloudwright.io;

import com.cloudwright.model.Diagram;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Optional;

/** A document read back from a recovery file: open it as unsaved, with its original path if any. */
public record RecoveredDocument(Diagram diagram, Optional<Path> originalPath, Instant savedAt) {
}
