package com.cloudwright.export;

import com.cloudwright.io.AtomicFile;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Writes an exported file atomically, so a failed or cancelled export never leaves a half-written
 * picture (and never a {@code .bak}: exports are regenerated).
 */
final class OutputFile {

    private OutputFile() {
    }

    static void write(Path target, AtomicFile.Body body) throws IOException {
        AtomicFile.write(target, body, false);
    }
}
