package com.cloudwright.cost.offers;

import com.cloudwright.cost.Price;
import com.cloudwright.cost.Product;
import com.cloudwright.cost.ProductJson;
import com.cloudwright.io.AppDirs;
import com.cloudwright.io.AtomicFile;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Extracted offer prices on disk, one small JSON file per service and Region
 * ({@code <dir>/AmazonEC2/ap-northeast-2.json}), written atomically so that a cancelled or failed
 * download leaves the previous extract as it was. The folder is {@code offers} in the user's cache
 * folder, or the system property {@value #DIR_PROPERTY}. A file that cannot be read is a miss.
 */
public final class OfferCache {

    public static final String DIR_PROPERTY = "cloudwright.offers.dir";
    static final String FORMAT = "cloudwright-offer-extract";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._-]+");

    private record Loaded(long modified, long size, Optional<CachedOffer> offer) {
    }

    private final Path dir;
    private final Map<Path, Loaded> loaded = new ConcurrentHashMap<>();

    public OfferCache(Path dir) {
        this.dir = dir;
    }

    public static OfferCache standard() {
        String configured = System.getProperty(DIR_PROPERTY);
        return new OfferCache(configured == null || configured.isBlank() ? AppDirs.cache().resolve("offers")
                : Path.of(configured));
    }

    public Path directory() {
        return dir;
    }

    Path fileFor(String service, String region) {
        if (!SAFE.matcher(service).matches() || !SAFE.matcher(region).matches()) {
            throw new IllegalArgumentException("not a service code or Region: " + service + " / " + region);
        }
        return dir.resolve(service).resolve(region + ".json");
    }

    /** The extract for a service in a Region, re-read only when its file changed. */
    public Optional<CachedOffer> read(String service, String region) {
        Path file;
        try {
            file = fileFor(service, region);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        try {
            long modified = Files.getLastModifiedTime(file).toMillis();
            long size = Files.size(file);
            Loaded l = loaded.get(file);
            if (l == null || l.modified() != modified || l.size() != size) {
                l = new Loaded(modified, size, parse(Files.readAllBytes(file)));
                loaded.put(file, l);
            }
            return l.offer();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** The Regions (not "global") with at least one extract on disk, sorted. */
    public Set<String> regions() {
        Set<String> out = new TreeSet<>();
        if (!Files.isDirectory(dir)) {
            return out;
        }
        try (Stream<Path> services = Files.list(dir)) {
            for (Path service : (Iterable<Path>) services::iterator) {
                if (!Files.isDirectory(service)) {
                    continue;
                }
                try (Stream<Path> files = Files.list(service)) {
                    files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith(".json"))
                            .map(n -> n.substring(0, n.length() - ".json".length()))
                            .filter(r -> !r.equals("global")).forEach(out::add);
                }
            }
        } catch (IOException e) {
            // An unreadable cache folder has no Regions.
        }
        return out;
    }

    public boolean isEmpty() {
        return regions().isEmpty();
    }

    public void write(CachedOffer offer) throws IOException {
        Path file = fileFor(offer.service(), offer.region());
        Files.createDirectories(file.getParent());
        AtomicFile.write(file, JSON.writeValueAsBytes(toJson(offer)), false);
    }

    private static ObjectNode toJson(CachedOffer o) {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("service", o.service());
        root.put("region", o.region());
        root.put("url", o.url());
        root.put("stamp", o.stamp());
        root.put("version", o.version());
        root.put("publicationDate", o.publicationDate());
        root.put("fetchedAt", o.fetchedAt());
        root.put("productsSeen", o.productsSeen());
        ArrayNode keys = root.putArray("keys");
        new TreeSet<>(o.keys()).forEach(keys::add);
        ArrayNode products = root.putArray("products");
        for (Product p : o.products()) {
            ProductJson.write(products, p);
        }
        return root;
    }

    static Optional<CachedOffer> parse(byte[] bytes) {
        try {
            JsonNode root = JSON.readTree(bytes);
            if (root == null || !FORMAT.equals(root.path("format").asText())) {
                return Optional.empty();
            }
            Set<String> keys = new LinkedHashSet<>();
            root.path("keys").forEach(k -> keys.add(k.asText()));
            List<Product> products = new ArrayList<>();
            for (JsonNode p : root.path("products")) {
                products.add(ProductJson.read(p));
            }
            return Optional.of(new CachedOffer(root.path("service").asText(), root.path("region").asText(),
                    root.path("url").asText(null), root.path("stamp").asText(null), root.path("version").asText(null),
                    root.path("publicationDate").asText(null), root.path("fetchedAt").asText(null),
                    root.path("productsSeen").asLong(), keys, products));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }
}
