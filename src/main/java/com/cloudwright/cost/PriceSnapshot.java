package com.cloudwright.cost;

import com.cloudwright.i18n.Bundle;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * The price snapshot file: a dated set of prices per product and region, each figure with its
 * source, and for figures that could not be sourced the reason. The bundled one
 * ({@code com/cloudwright/cost/price-snapshot.json}) is the offline default; {@code prices refresh}
 * writes the same format from the live API.
 *
 * @param asOf    the date the figures were checked (ISO-8601)
 * @param regions per region (and "global"): where its figures come from
 * @param entries per product
 */
public record PriceSnapshot(String asOf, String description, Map<String, String> regions, List<Entry> entries) {

    private static final Bundle TEXT = Bundle.withRootNumbers("com.cloudwright.cost.messages");

    public static final String FORMAT = "cloudwright-price-snapshot";
    public static final int VERSION = 1;
    static final String BUNDLED = "/com/cloudwright/cost/price-snapshot.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    /** A figure for one region: a price and its source, or the reason there is none. */
    public record Figure(Price price, String source, String missing) {
        public static Figure of(Price price, String source) {
            return new Figure(Objects.requireNonNull(price), source, null);
        }

        public static Figure missing(String reason) {
            return new Figure(null, null, Objects.requireNonNull(reason));
        }
    }

    /** One product with its figures per region. */
    public record Entry(PriceKey key, String unit, Map<String, Figure> regions) {
        public Entry {
            Objects.requireNonNull(key, "key");
            regions = Collections.unmodifiableMap(new LinkedHashMap<>(regions));
        }
    }

    public PriceSnapshot {
        regions = Collections.unmodifiableMap(new LinkedHashMap<>(regions));
        entries = List.copyOf(entries);
    }

    public static PriceSnapshot bundled() {
        try (InputStream in = PriceSnapshot.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED + " is not on the classpath");
            }
            return read(in.readAllBytes(), "the bundled price snapshot");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled price snapshot: " + e.getMessage(), e);
        }
    }

    /** @throws IllegalArgumentException naming {@code source} and what is wrong */
    public static PriceSnapshot read(byte[] bytes, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (IOException e) {
            throw new IllegalArgumentException(TEXT.get("snapshot.notJson", source,
                    e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
        }
        if (root == null || !FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException(TEXT.get("snapshot.notASnapshot", source, FORMAT));
        }
        if (root.path("version").asInt() != VERSION) {
            throw new IllegalArgumentException(TEXT.get("snapshot.unsupportedVersion", source, root.path("version").toString()));
        }
        Map<String, String> regions = new LinkedHashMap<>();
        root.path("regions").fields().forEachRemaining(e -> regions.put(e.getKey(), e.getValue().path("source").asText("")));
        List<Entry> entries = new ArrayList<>();
        JsonNode prices = root.path("prices");
        for (int i = 0; i < prices.size(); i++) {
            entries.add(entry(prices.get(i), source + ": prices[" + i + "]"));
        }
        return new PriceSnapshot(root.path("asOf").asText(null), root.path("description").asText(null), regions, entries);
    }

    private static Entry entry(JsonNode n, String at) {
        JsonNode product = n.path("product");
        if (!product.path("service").isTextual()) {
            throw new IllegalArgumentException(TEXT.get("snapshot.noService", at));
        }
        PriceKey key = new PriceKey(product.get("service").asText(), strings(product.path("filters")),
                strings(product.path("match")), product.path("regionField").asText(null),
                product.path("global").asBoolean(false));
        String unit = n.path("unit").asText(null);
        Map<String, Figure> figures = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> it = n.path("regions").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> r = it.next();
            JsonNode f = r.getValue();
            String where = at + ".regions." + r.getKey();
            if (f.has("missing")) {
                figures.put(r.getKey(), Figure.missing(f.get("missing").asText()));
            } else if (f.has("usd")) {
                figures.put(r.getKey(), Figure.of(Price.flat(decimal(f.get("usd"), where), unit), f.path("source").asText(null)));
            } else if (f.has("tiers")) {
                List<Price.Tier> tiers = new ArrayList<>();
                for (JsonNode t : f.get("tiers")) {
                    tiers.add(new Price.Tier(decimal(t.path("from"), where), t.hasNonNull("to") ? decimal(t.get("to"), where) : null,
                            decimal(t.path("usd"), where)));
                }
                figures.put(r.getKey(), Figure.of(new Price(unit, tiers), f.path("source").asText(null)));
            } else {
                throw new IllegalArgumentException(TEXT.get("snapshot.noFigure", where));
            }
        }
        return new Entry(key, unit, figures);
    }

    private static BigDecimal decimal(JsonNode v, String at) {
        try {
            return new BigDecimal(v.asText());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(TEXT.get("snapshot.notAPrice", at, v.asText()));
        }
    }

    private static Map<String, String> strings(JsonNode object) {
        Map<String, String> out = new TreeMap<>();
        object.fields().forEachRemaining(e -> out.put(e.getKey(), e.getValue().asText()));
        return out;
    }

    /** The snapshot as JSON, deterministic: products sorted by key, regions in this snapshot's order. */
    public byte[] toJson() {
        ObjectNode root = JSON.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        root.put("currency", "USD");
        root.put("asOf", asOf);
        if (description != null) {
            root.put("description", description);
        }
        ObjectNode regionNode = root.putObject("regions");
        regions.forEach((r, src) -> regionNode.putObject(r).put("source", src));
        ArrayNode prices = root.putArray("prices");
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(e -> e.key().canonical()));
        for (Entry e : sorted) {
            ObjectNode n = prices.addObject();
            ObjectNode product = n.putObject("product");
            product.put("service", e.key().service());
            if (!e.key().filters().isEmpty()) {
                e.key().filters().forEach(product.putObject("filters")::put);
            }
            if (!e.key().match().isEmpty()) {
                e.key().match().forEach(product.putObject("match")::put);
            }
            if (!PriceKey.REGION_CODE.equals(e.key().regionField())) {
                product.put("regionField", e.key().regionField());
            }
            if (e.key().global()) {
                product.put("global", true);
            }
            if (e.unit() != null) {
                n.put("unit", e.unit());
            }
            ObjectNode figures = n.putObject("regions");
            e.regions().forEach((region, f) -> {
                ObjectNode fn = figures.putObject(region);
                if (f.missing() != null) {
                    fn.put("missing", f.missing());
                    return;
                }
                if (f.price().tiered()) {
                    ArrayNode tiers = fn.putArray("tiers");
                    for (Price.Tier t : f.price().tiers()) {
                        ObjectNode tn = tiers.addObject();
                        tn.put("from", plain(t.from()));
                        if (t.to() != null) {
                            tn.put("to", plain(t.to()));
                        }
                        tn.put("usd", plain(t.usd()));
                    }
                } else {
                    fn.put("usd", plain(f.price().firstRate()));
                }
                if (f.source() != null) {
                    fn.put("source", f.source());
                }
            });
        }
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter().withObjectIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return (JSON.writer(printer).writeValueAsString(root) + "\n").getBytes(StandardCharsets.UTF_8);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static String plain(BigDecimal d) {
        String s = d.stripTrailingZeros().toPlainString();
        return s.equals("0.0") ? "0" : s;
    }

    /** Products by canonical key. */
    Map<String, Entry> byKey() {
        Map<String, Entry> map = new LinkedHashMap<>();
        for (Entry e : entries) {
            map.put(e.key().canonical(), e);
        }
        return map;
    }
}
