package com.cloudwright.export;

import com.code_intelligence.jazzer.junit.FuzzTest;

import java.awt.image.BufferedImage;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any bytes as a palette icon either become a document that paints into a bitmap, or no document
 * (the node is then drawn as a plain outline); any exception, hang or runaway allocation while
 * reading or painting is a finding. Seeds: {@code IconSvgFuzzTestInputs/}, a few of the bundled
 * AWS icons.
 */
class IconSvgFuzzTest {

    @FuzzTest(maxDuration = "10s")
    void paintsOrIsAbsent(byte[] bytes) {
        Icons.parse("fuzz/icon.svg", bytes).ifPresent(doc -> {
            BufferedImage image = IconBitmaps.render(doc, 32);
            assertThat(image.getWidth()).isEqualTo(32);
        });
    }
}
