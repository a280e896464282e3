package com.cloudwright.fuzz;

import com.cloudwright.io.DiagramFormatException;
import com.cloudwright.io.DiagramReader;
import com.cloudwright.io.DiagramWriter;
import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;
import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any bytes given as a {@code .cwd.json} file either load as a sound diagram (which writes and
 * reads back to the same text) or are refused with a {@link DiagramFormatException} that says
 * where; any other exception is a finding. Seeds: {@code DiagramFileFuzzTestInputs/}.
 */
class DiagramFileFuzzTest {

    private static final Palette PALETTE = Palette.bundled();

    @FuzzTest(maxDuration = "10s")
    void loadsOrRefusesWithALocation(byte[] bytes) {
        Diagram diagram;
        try {
            diagram = new DiagramReader(PALETTE).read(bytes, "fuzz.cwd.json");
        } catch (DiagramFormatException e) {
            assertThat(e.getMessage()).contains("fuzz.cwd.json");
            return;
        }
        String text = new DiagramWriter().write(diagram);
        try {
            Diagram again = new DiagramReader(PALETTE).read(text.getBytes(java.nio.charset.StandardCharsets.UTF_8), "again");
            assertThat(new DiagramWriter().write(again)).isEqualTo(text);
        } catch (DiagramFormatException e) {
            throw new AssertionError("a diagram that loaded does not load again after saving: " + e.getMessage(), e);
        }
    }
}
