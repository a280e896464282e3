package com.cloudwright.io;

import com.cloudwright.model.Diagram;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AtomicFileTest {

    @TempDir
    Path dir;

    @Test
    void aNewFileGetsTheFoldersUsualPermissionsAndAReplacedOneKeepsItsOwn() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.getFileStore(dir).supportsFileAttributeView("posix"));
        Path usual = Files.createFile(dir.resolve("usual.txt"));
        Path target = dir.resolve("new.cwd.json");
        AtomicFile.write(target, "one".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(Files.getPosixFilePermissions(usual));

        var shared = java.nio.file.attribute.PosixFilePermissions.fromString("rw-rw-r--");
        Files.setPosixFilePermissions(target, shared);
        AtomicFile.write(target, "two".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.getPosixFilePermissions(target)).isEqualTo(shared);
        assertThat(Files.readString(target)).isEqualTo("two");
    }

    @Test
    void replacesTheFileAndKeepsTheOldOneAsBackup() throws IOException {
        Path file = dir.resolve("a.cwd.json");
        AtomicFile.write(file, "one".getBytes(StandardCharsets.UTF_8));
        AtomicFile.write(file, "two".getBytes(StandardCharsets.UTF_8));
        assertThat(Files.readString(file)).isEqualTo("two");
        assertThat(Files.readString(AtomicFile.backupOf(file))).isEqualTo("one");
        try (var files = Files.list(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactlyInAnyOrder("a.cwd.json", "a.cwd.json.bak");
        }
    }

    @Test
    void aFailedSaveLeavesTheOldFileIntact() throws IOException {
        Path file = dir.resolve("b.cwd.json");
        Files.writeString(file, "precious");
        // The target is replaced by a folder mid-way: the rename must fail, the old bytes stay.
        Path blocked = dir.resolve("sub");
        Files.createDirectories(blocked.resolve("x.cwd.json").resolve("child"));
        assertThatThrownBy(() -> AtomicFile.write(blocked.resolve("x.cwd.json"), "new".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(IOException.class);
        assertThat(Files.readString(file)).isEqualTo("precious");
        try (var files = Files.list(blocked)) {
            assertThat(files.map(p -> p.getFileName().toString())).containsExactly("x.cwd.json");
        }
        assertThatThrownBy(() -> AtomicFile.write(dir.resolve("missing/c.cwd.json"), new byte[1]))
                .hasMessageContaining("does not exist");
    }

    @Test
    void theWriterIsDeterministic() throws IOException {
        Diagram d = new Diagram("x", "eu-west-1");
        Path file = dir.resolve("d.cwd.json");
        new DiagramWriter().write(d, file);
        assertThat(Files.readString(file)).isEqualTo("""
                {
                  "format": "cloudwright-diagram",
                  "version": 1,
                  "name": "x",
                  "region": "eu-west-1",
                  "nodes": [],
                  "edges": []
                }
                """);
    }
}
