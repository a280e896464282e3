package com.cloudwright.io;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The most recently opened or saved diagrams, newest first, kept in the config folder. */
public final class RecentFiles {

    static final int LIMIT = 10;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path store;

    public RecentFiles(Path store) {
        this.store = store;
    }

    /** The user's other settings, kept beside the list. */
    public Settings settings() {
        return new Settings(store.resolveSibling("settings.json"));
    }

    public static RecentFiles inConfigFolder() {
        return new RecentFiles(AppDirs.config().resolve("recent-files.json"));
    }

    /** The list; a missing or damaged store reads as empty (it is only a convenience). */
    public List<Path> list() {
        if (!Files.isRegularFile(store)) {
            return List.of();
        }
        try {
            List<String> names = JSON.readValue(store.toFile(), new TypeReference<List<String>>() { });
            return names.stream().map(Path::of).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    public void add(Path file) throws IOException {
        Path absolute = file.toAbsolutePath().normalize();
        List<Path> paths = new ArrayList<>(list());
        paths.remove(absolute);
        paths.add(0, absolute);
        write(paths.subList(0, Math.min(LIMIT, paths.size())));
    }

    public void remove(Path file) throws IOException {
        List<Path> paths = new ArrayList<>(list());
        if (paths.remove(file.toAbsolutePath().normalize())) {
            write(paths);
        }
    }

    private void write(List<Path> paths) throws IOException {
        Files.createDirectories(store.getParent());
        List<String> names = paths.stream().map(Path::toString).toList();
        AtomicFile.write(store, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(names)
                .getBytes(StandardCharsets.UTF_8));
    }
}
