package com.cloudwright.testing;

import com.cloudwright.palette.Palette;
import com.cloudwright.palette.PaletteLoader;

import java.net.URISyntaxException;
import java.nio.file.Path;

/** A small palette of a few entries, independent of the shipped data. */
public final class TestPalettes {

    private TestPalettes() {
    }

    public static Palette small() {
        try {
            return PaletteLoader.fromDirectory(Path.of(TestPalettes.class.getResource("/test-palette/index.json").toURI()).getParent());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
