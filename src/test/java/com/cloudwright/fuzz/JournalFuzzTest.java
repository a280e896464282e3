package com.cloudwright.fuzz;

import com.cloudwright.io.DiagramFormatException;
import com.cloudwright.io.JournalReplay;
import com.cloudwright.palette.Palette;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any bytes left in a recovery journal either replay to a sound diagram, replay to nothing (no
 * whole base line), or are refused with a {@link DiagramFormatException}; any other exception is
 * a finding. Seeds: {@code JournalFuzzTestInputs/}.
 */
class JournalFuzzTest {

    private static final Palette PALETTE = Palette.bundled();

    @FuzzTest(maxDuration = "10s")
    void replaysOrRefuses(byte[] bytes) throws IOException {
        Path file = Files.createTempFile("fuzz", ".journal");
        try {
            Files.write(file, bytes);
            var summary = JournalReplay.summary(file);
            try {
                var replayed = JournalReplay.replay(file, PALETTE);
                assertThat(replayed.isPresent()).isEqualTo(summary.isPresent() && replayed.isPresent());
                replayed.ifPresent(r -> assertThat(r.edits()).isLessThanOrEqualTo(summary.orElseThrow().edits()));
            } catch (DiagramFormatException e) {
                assertThat(e.getMessage()).isNotBlank();
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
