package com.cloudwright.export;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.awt.image.BufferedImage;
import java.util.logging.Level;
import java.util.logging.Logger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any bytes as a palette icon either become a document that paints into a bitmap, or no document
 * (the node is then drawn as a plain outline); any exception, hang or runaway allocation while
 * reading or painting is a finding. Seeds: {@code IconSvgFuzzTestInputs/}, a few of the bundled
 * AWS icons.
 */
class IconSvgFuzzTest {

    /** jsvg logs every file it cannot read with a stack trace: millions of them in a fuzz run. */
    private static final Logger JSVG_LOG = Logger.getLogger("com.github.weisj.jsvg");

    static {
        JSVG_LOG.setLevel(Level.OFF);
    }

    @FuzzTest(maxDuration = "10s")
    void paintsOrIsAbsent(byte[] bytes) {
        Icons.parse("fuzz/icon.svg", bytes).ifPresent(doc -> {
            BufferedImage image = IconBitmaps.render(doc, 32);
            assertThat(image.getWidth()).isEqualTo(32);
        });
    }
}
