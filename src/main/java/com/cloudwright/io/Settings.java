package com.cloudwright.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The user's choices that outlive a run (the app's language…): a small JSON object of names and
 * values in the config folder. A missing or damaged file reads as no choices made: a setting is a
 * convenience and must never keep the app from starting.
 */
public final class Settings {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private final Path store;

    public Settings(Path store) {
        this.store = store;
    }

    public static Settings inConfigFolder() {
        return new Settings(AppDirs.config().resolve("settings.json"));
    }

    public Path store() {
        return store;
    }

    /** A setting's value, if one was saved. */
    public Optional<String> get(String name) {
        return Optional.ofNullable(read().get(name));
    }

    /** Saves a setting (atomically, so a crash leaves the old file or the new one). */
    public void put(String name, String value) throws IOException {
        Map<String, String> all = read();
        all.put(name, value);
        Files.createDirectories(store.toAbsolutePath().getParent());
        AtomicFile.write(store, JSON.writeValueAsString(all).getBytes(StandardCharsets.UTF_8), false);
    }

    private Map<String, String> read() {
        Map<String, String> all = new TreeMap<>();
        try {
            JSON.readTree(Files.readString(store, StandardCharsets.UTF_8)).fields().forEachRemaining(e -> {
                if (e.getValue().isTextual()) {
                    all.put(e.getKey(), e.getValue().asText());
                }
            });
        } catch (NoSuchFileException e) {
            // nothing chosen yet
        } catch (JsonProcessingException | RuntimeException e) {
            // damaged: as if nothing were chosen; the next save writes a good file
        } catch (IOException e) {
            // unreadable: likewise
        }
        return all;
    }
}
