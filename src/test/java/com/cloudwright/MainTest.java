package com.cloudwright;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** What one argument opens: the app for a diagram or an existing template, the command line otherwise. */
class MainTest {

    @TempDir
    Path dir;

    @Test
    void diagramsAndExistingTemplatesOpenTheApp() throws Exception {
        assertThat(Main.opensInTheApp("new.cwd.json")).isTrue();
        assertThat(Main.opensInTheApp(Files.writeString(dir.resolve("stack.yaml"), "Resources: {}").toString())).isTrue();
        assertThat(Main.opensInTheApp(Files.writeString(dir.resolve("stack.template"), "{}").toString())).isTrue();
    }

    @Test
    void subcommandsOptionsAndMissingFilesGoToTheCommandLine() {
        assertThat(Main.opensInTheApp("validate")).isFalse();
        assertThat(Main.opensInTheApp("--version")).isFalse();
        assertThat(Main.opensInTheApp(dir.resolve("missing.yaml").toString())).isFalse();
        assertThat(Main.opensInTheApp(dir.toString())).isFalse();
    }
}
