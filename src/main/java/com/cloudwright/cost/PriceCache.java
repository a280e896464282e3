package com.cloudwright.cost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The live source's disk cache: one file per GetProducts query (all pages), kept for an age limit.
 * A broken or stale file is a miss, never an error. Lives in the user's cache folder
 * ({@link #defaultDirectory()}).
 */
public final class PriceCache {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final Duration maxAge;
    private final Clock clock;

    public PriceCache(Path dir, Duration maxAge, Clock clock) {
        this.dir = dir;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    public PriceCache(Path dir, Duration maxAge) {
        this(dir, maxAge, Clock.systemUTC());
    }

    public Path directory() {
        return dir;
    }

    public Duration maxAge() {
        return maxAge;
    }

    /**
     * {@code $XDG_CACHE_HOME/cloudwright/prices} or {@code ~/.cache/cloudwright/prices} on Linux
     * and other Unixes, {@code ~/Library/Caches/cloudwright/prices} on macOS,
     * {@code %LOCALAPPDATA%\cloudwright\cache\prices} on Windows.
     */
    public static Path defaultDirectory() {
        return defaultDirectory(System.getProperty("os.name", ""), System.getenv(), System.getProperty("user.home", "."));
    }

    static Path defaultDirectory(String osName, Map<String, String> env, String home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.startsWith("windows")) {
            String local = env.get("LOCALAPPDATA");
            Path base = local != null && !local.isBlank() ? Path.of(local) : Path.of(home, "AppData", "Local");
            return base.resolve("cloudwright").resolve("cache").resolve("prices");
        }
        if (os.startsWith("mac")) {
            return Path.of(home, "Library", "Caches", "cloudwright", "prices");
        }
        String xdg = env.get("XDG_CACHE_HOME");
        Path base = xdg != null && !xdg.isBlank() && Path.of(xdg).isAbsolute() ? Path.of(xdg) : Path.of(home, ".cache");
        return base.resolve("cloudwright").resolve("prices");
    }

    Optional<List<Product>> get(ProductQuery query) {
        Path file = fileFor(query);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            JsonNode root = JSON.readTree(file.toFile());
            if (!query.canonical().equals(root.path("query").asText())) {
                return Optional.empty();
            }
            Instant fetched = Instant.parse(root.path("fetchedAt").asText());
            if (fetched.plus(maxAge).isBefore(clock.instant())) {
                return Optional.empty();
            }
            List<Product> products = new ArrayList<>();
            for (JsonNode p : root.path("products")) {
                products.add(ProductJson.read(p));
            }
            return Optional.of(products);
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Fetch time of a cached answer (for the line's "as of"). */
    Optional<Instant> fetchedAt(ProductQuery query) {
        try {
            return Optional.of(Instant.parse(JSON.readTree(fileFor(query).toFile()).path("fetchedAt").asText()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    void put(ProductQuery query, List<Product> products) {
        ObjectNode root = JSON.createObjectNode();
        root.put("query", query.canonical());
        root.put("fetchedAt", clock.instant().toString());
        ArrayNode list = root.putArray("products");
        for (Product p : products) {
            ProductJson.write(list, p);
        }
        try {
            Files.createDirectories(dir);
            Path file = fileFor(query);
            Path tmp = Files.createTempFile(dir, ".price", ".tmp");
            try {
                Files.write(tmp, JSON.writeValueAsString(root).getBytes(StandardCharsets.UTF_8));
                try {
                    Files.move(tmp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                } catch (AtomicMoveNotSupportedException e) {
                    Files.move(tmp, file, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(tmp);
            }
        } catch (IOException e) {
            // A cache that cannot be written only costs a later API call.
        }
    }

    Path fileFor(ProductQuery query) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(query.canonical().getBytes(StandardCharsets.UTF_8));
            return dir.resolve(HexFormat.of().formatHex(hash, 0, 16) + ".json");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
