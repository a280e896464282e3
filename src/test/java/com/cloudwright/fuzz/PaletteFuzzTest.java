package com.cloudwright.fuzz;

import com.cloudwright.palette.Palette;
import com.cloudwright.palette.PaletteException;
import com.cloudwright.palette.PaletteLoader;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any bytes as a palette file (a folder laid out like {@code palettes/}, its icons beside it)
 * either load as a palette or are refused with a {@link PaletteException} naming the file; any
 * other exception is a finding. Seeds: {@code PaletteFuzzTestInputs/}, copies of our own files.
 */
class PaletteFuzzTest {

    private static final Path DIR = paletteFolder();

    private static Path paletteFolder() {
        try {
            Path dir = Files.createTempDirectory("palette-fuzz");
            String index = Files.readString(Path.of("palettes/index.json"))
                    .replaceAll("\"files\"\\s*:\\s*\\[[^]]*]", "\"files\": [\"fuzz.json\"]");
            Files.writeString(dir.resolve("index.json"), index);
            Files.createSymbolicLink(dir.resolve("icons"), Path.of("palettes/icons").toAbsolutePath());
            return dir;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FuzzTest(maxDuration = "10s")
    void loadsOrRefusesNamingTheFile(byte[] bytes) throws IOException {
        Files.write(DIR.resolve("fuzz.json"), bytes);
        try {
            Palette palette = PaletteLoader.fromDirectory(DIR);
            assertThat(palette.entries()).allSatisfy(e -> assertThat(e.id()).isNotBlank());
        } catch (PaletteException e) {
            assertThat(e.getMessage()).contains("palettes/");
        }
    }
}
