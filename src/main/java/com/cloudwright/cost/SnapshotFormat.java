package com.cloudwright.cost;

import com.cloudwright.i18n.Bundle;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads and writes {@link PriceSnapshot} files. Version 2 (written) keeps one product a line; its
 * figures are grouped by source ({@code "prices": {"karpenter": {"us-east-1": "0.0104"}}}), each
 * source an id of the {@code sources} table (title, address, date), or written out one by one in
 * {@code "regions"} when a figure describes its own source (a SKU) or why it is missing. A region
 * an entry does not list has no figure, for the snapshot's general {@code missing} reason. Version
 * 1 (every figure written out, every region listed) is still read.
 */
final class SnapshotFormat {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Bundle TEXT = Bundle.withRootNumbers("com.cloudwright.cost.messages");

    private SnapshotFormat() {
    }

    static PriceSnapshot read(byte[] bytes, String source) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (IOException e) {
            throw new IllegalArgumentException(TEXT.get("snapshot.notJson", source,
                    e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage()));
        }
        if (root == null || !PriceSnapshot.FORMAT.equals(root.path("format").asText())) {
            throw new IllegalArgumentException(TEXT.get("snapshot.notASnapshot", source, PriceSnapshot.FORMAT));
        }
        int version = root.path("version").asInt();
        if (version != 1 && version != PriceSnapshot.VERSION) {
            throw new IllegalArgumentException(TEXT.get("snapshot.unsupportedVersion", source, root.path("version").toString()));
        }
        Map<String, String> regions = new LinkedHashMap<>();
        root.path("regions").fields().forEachRemaining(e -> regions.put(e.getKey(), e.getValue().path("source").asText("")));
        Map<String, PriceSnapshot.Source> sources = new LinkedHashMap<>();
        root.path("sources").fields().forEachRemaining(e -> sources.put(e.getKey(), new PriceSnapshot.Source(
                e.getValue().path("title").asText(e.getKey()), e.getValue().path("url").asText(null),
                e.getValue().path("asOf").asText(null))));
        String missing = root.path("missing").asText(null);
        List<PriceSnapshot.Entry> entries = new ArrayList<>();
        JsonNode prices = root.path("prices");
        for (int i = 0; i < prices.size(); i++) {
            entries.add(entry(prices.get(i), source + ": prices[" + i + "]", sources, regions.keySet(), missing));
        }
        return new PriceSnapshot(root.path("asOf").asText(null), root.path("description").asText(null), regions, entries,
                sources, missing);
    }

    private static PriceSnapshot.Entry entry(JsonNode n, String at, Map<String, PriceSnapshot.Source> sources,
                                             java.util.Set<String> regions, String missing) {
        JsonNode product = n.path("product");
        if (!product.path("service").isTextual()) {
            throw new IllegalArgumentException(TEXT.get("snapshot.noService", at));
        }
        PriceKey key = new PriceKey(product.get("service").asText(), strings(product.path("filters")),
                strings(product.path("match")), product.path("regionField").asText(null),
                product.path("global").asBoolean(false));
        String unit = n.path("unit").asText(null);
        Map<String, PriceSnapshot.Figure> figures = new LinkedHashMap<>();
        Iterator<Map.Entry<String, JsonNode>> bySource = n.path("prices").fields();
        while (bySource.hasNext()) {
            Map.Entry<String, JsonNode> s = bySource.next();
            PriceSnapshot.Source source = sources.get(s.getKey());
            if (source == null) {
                throw new IllegalArgumentException(TEXT.get("snapshot.unknownSource", at + ".prices", s.getKey()));
            }
            s.getValue().fields().forEachRemaining(r -> figures.put(r.getKey(), PriceSnapshot.Figure.of(
                    price(r.getValue(), unit, at + ".prices." + s.getKey() + "." + r.getKey()), s.getKey(), source.asOf())));
        }
        Iterator<Map.Entry<String, JsonNode>> it = n.path("regions").fields();
        while (it.hasNext()) {
            Map.Entry<String, JsonNode> r = it.next();
            figures.put(r.getKey(), figure(r.getValue(), unit, at + ".regions." + r.getKey(), sources));
        }
        if (missing != null) {
            for (String r : key.global() ? List.of(PriceRequest.GLOBAL) : regions) {
                if (key.global() || !PriceRequest.GLOBAL.equals(r)) {
                    figures.putIfAbsent(r, PriceSnapshot.Figure.missing(missing));
                }
            }
        }
        return new PriceSnapshot.Entry(key, unit, figures);
    }

    private static PriceSnapshot.Figure figure(JsonNode f, String unit, String where, Map<String, PriceSnapshot.Source> sources) {
        if (f.has("missing")) {
            return PriceSnapshot.Figure.missing(f.get("missing").asText());
        }
        Price price;
        if (f.has("usd")) {
            price = Price.flat(decimal(f.get("usd"), where), unit);
        } else if (f.has("tiers")) {
            List<Price.Tier> tiers = new ArrayList<>();
            for (JsonNode t : f.get("tiers")) {
                tiers.add(new Price.Tier(decimal(t.path("from"), where), t.hasNonNull("to") ? decimal(t.get("to"), where) : null,
                        decimal(t.path("usd"), where)));
            }
            price = new Price(unit, tiers);
        } else {
            throw new IllegalArgumentException(TEXT.get("snapshot.noFigure", where));
        }
        if (f.has("src")) {
            String id = f.get("src").asText();
            PriceSnapshot.Source s = sources.get(id);
            if (s == null) {
                throw new IllegalArgumentException(TEXT.get("snapshot.unknownSource", where, id));
            }
            return PriceSnapshot.Figure.of(price, id, s.asOf());
        }
        return PriceSnapshot.Figure.of(price, f.path("source").asText(null), f.path("asOf").asText(null));
    }

    /** A price written as its rate ("0.0104") or as tiers ([["0", "10240", "0.09"], ["10240", null, "0.085"]]). */
    private static Price price(JsonNode v, String unit, String at) {
        if (!v.isArray()) {
            return Price.flat(decimal(v, at), unit);
        }
        List<Price.Tier> tiers = new ArrayList<>();
        for (JsonNode t : v) {
            tiers.add(new Price.Tier(decimal(t.path(0), at), t.path(1).isNull() ? null : decimal(t.path(1), at),
                    decimal(t.path(2), at)));
        }
        return new Price(unit, tiers);
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

    /** Version 2: a readable header and sources table, then one product a line, sorted by key. */
    static byte[] write(PriceSnapshot s) {
        StringBuilder sb = new StringBuilder("{\n");
        sb.append("  \"format\": ").append(text(PriceSnapshot.FORMAT)).append(",\n");
        sb.append("  \"version\": ").append(PriceSnapshot.VERSION).append(",\n");
        sb.append("  \"currency\": \"USD\",\n");
        sb.append("  \"asOf\": ").append(text(s.asOf())).append(",\n");
        if (s.description() != null) {
            sb.append("  \"description\": ").append(text(s.description())).append(",\n");
        }
        if (s.missing() != null) {
            sb.append("  \"missing\": ").append(text(s.missing())).append(",\n");
        }
        sb.append("  \"regions\": {");
        String sep = "\n";
        for (Map.Entry<String, String> r : s.regions().entrySet()) {
            sb.append(sep).append("    ").append(text(r.getKey())).append(": ")
                    .append(compact(JSON.createObjectNode().put("source", r.getValue())));
            sep = ",\n";
        }
        sb.append("\n  },\n  \"sources\": {");
        sep = "\n";
        for (Map.Entry<String, PriceSnapshot.Source> e : new TreeMap<>(s.sources()).entrySet()) {
            ObjectNode src = JSON.createObjectNode().put("title", e.getValue().title());
            if (e.getValue().url() != null) {
                src.put("url", e.getValue().url());
            }
            if (e.getValue().asOf() != null) {
                src.put("asOf", e.getValue().asOf());
            }
            sb.append(sep).append("    ").append(text(e.getKey())).append(": ").append(compact(src));
            sep = ",\n";
        }
        sb.append("\n  },\n  \"prices\": [");
        List<PriceSnapshot.Entry> sorted = new ArrayList<>(s.entries());
        sorted.sort(Comparator.comparing(e -> e.key().canonical()));
        sep = "\n";
        for (PriceSnapshot.Entry e : sorted) {
            sb.append(sep).append("    ").append(compact(entryNode(s, e)));
            sep = ",\n";
        }
        sb.append("\n  ]\n}\n");
        return sb.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static ObjectNode entryNode(PriceSnapshot s, PriceSnapshot.Entry e) {
        ObjectNode n = JSON.createObjectNode();
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
        ObjectNode grouped = JSON.createObjectNode();
        ObjectNode figures = JSON.createObjectNode();
        e.regions().forEach((region, f) -> {
            if (s.defaultMissing(f)) {
                return;
            }
            if (f.price() != null && f.source() != null && s.sources().containsKey(f.source())) {
                ObjectNode bySource = grouped.has(f.source()) ? (ObjectNode) grouped.get(f.source()) : grouped.putObject(f.source());
                if (f.price().tiered()) {
                    ArrayNode tiers = bySource.putArray(region);
                    for (Price.Tier t : f.price().tiers()) {
                        ArrayNode tn = tiers.addArray().add(plain(t.from()));
                        if (t.to() == null) {
                            tn.addNull();
                        } else {
                            tn.add(plain(t.to()));
                        }
                        tn.add(plain(t.usd()));
                    }
                } else {
                    bySource.put(region, plain(f.price().firstRate()));
                }
                return;
            }
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
            if (f.asOf() != null) {
                fn.put("asOf", f.asOf());
            }
        });
        if (!grouped.isEmpty()) {
            n.set("prices", grouped);
        }
        if (!figures.isEmpty()) {
            n.set("regions", figures);
        }
        return n;
    }

    static String plain(BigDecimal d) {
        String s = d.stripTrailingZeros().toPlainString();
        return s.equals("0.0") ? "0" : s;
    }

    private static String text(String s) {
        return compact(JSON.getNodeFactory().textNode(s));
    }

    private static String compact(JsonNode n) {
        try {
            return JSON.writeValueAsString(n);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
