package com.cloudwright.cost;

import com.cloudwright.palette.Palette;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Builds the bundled snapshot from the figure files under {@code cost/figures/} (listed in
 * {@code build.json}; written by {@code scripts/pricing/extract.py}, or by hand for
 * {@code manual.json}). Every figure names a palette service, dimension and properties, so its
 * product key is exactly what the estimator asks for. Where several sources give one product in one
 * Region, the newest wins; if another differs by more than 1 %, {@code build.json} must record why,
 * else the build lists it as unresolved.
 */
final class SnapshotBuild {

    static final BigDecimal TOLERANCE = new BigDecimal("0.01");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One figure for one product in one Region, from one source. */
    record Candidate(PriceKey key, String region, String unit, Price price, String source, String asOf, String file,
                     String label) {
    }

    /** A product in a Region whose sources disagree, with what they say. */
    record Disagreement(String label, String region, List<Candidate> candidates) {
    }

    final PriceSnapshot snapshot;
    final List<Candidate> candidates = new ArrayList<>();
    final List<Disagreement> unresolved = new ArrayList<>();
    final List<Disagreement> recorded = new ArrayList<>();

    private SnapshotBuild(PriceSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    static SnapshotBuild run() throws IOException {
        JsonNode build = read("build.json");
        CostEstimator estimator = new CostEstimator(Palette.bundled());
        Map<String, PriceSnapshot.Source> sources = new TreeMap<>();
        List<Candidate> all = new ArrayList<>();
        for (JsonNode file : build.path("figures")) {
            JsonNode root = read(file.asText());
            root.path("sources").fields().forEachRemaining(s -> sources.put(s.getKey(), new PriceSnapshot.Source(
                    s.getValue().path("title").asText(), s.getValue().path("url").asText(null),
                    s.getValue().path("asOf").asText(null))));
            for (JsonNode f : root.path("figures")) {
                all.addAll(candidates(estimator, f, file.asText(), sources));
            }
        }
        Map<String, String> reasons = new LinkedHashMap<>();
        for (JsonNode d : build.path("disagreements")) {
            reasons.put(d.path("figure").asText() + "@" + d.path("region").asText(), d.path("reason").asText());
        }
        Map<PriceKey, Map<String, List<Candidate>>> grouped = new LinkedHashMap<>();
        for (Candidate c : all) {
            grouped.computeIfAbsent(c.key(), k -> new LinkedHashMap<>()).computeIfAbsent(c.region(), r -> new ArrayList<>()).add(c);
        }
        List<String> order = new ArrayList<>(Palette.bundled().require("region").property("region").orElseThrow().values());
        Map<String, Integer> perRegion = new LinkedHashMap<>();
        List<PriceSnapshot.Entry> entries = new ArrayList<>();
        List<Disagreement> unresolved = new ArrayList<>();
        List<Disagreement> recorded = new ArrayList<>();
        grouped.forEach((key, byRegion) -> {
            Map<String, PriceSnapshot.Figure> figures = new LinkedHashMap<>();
            String unit = null;
            for (Map.Entry<String, List<Candidate>> r : byRegion.entrySet()) {
                List<Candidate> cs = new ArrayList<>(r.getValue());
                cs.sort(Comparator.comparing((Candidate c) -> c.asOf() == null ? "" : c.asOf()).reversed());
                Candidate newest = cs.get(0);
                if (cs.stream().anyMatch(c -> !close(c.price(), newest.price()))) {
                    Disagreement d = new Disagreement(newest.label(), r.getKey(), cs);
                    boolean why = reasons.containsKey(newest.label() + "@" + r.getKey()) || reasons.containsKey(newest.label() + "@*");
                    (why ? recorded : unresolved).add(d);
                }
                figures.put(r.getKey(), PriceSnapshot.Figure.of(newest.price(), newest.source(), newest.asOf()));
                unit = newest.unit();
                perRegion.merge(r.getKey(), 1, Integer::sum);
            }
            entries.add(new PriceSnapshot.Entry(key, unit, figures));
        });
        Map<String, String> regions = new LinkedHashMap<>();
        for (String r : order) {
            if (perRegion.containsKey(r)) {
                regions.put(r, perRegion.get(r) + " figures from public, dated sources (see each figure's source)");
            }
        }
        if (perRegion.containsKey(PriceRequest.GLOBAL)) {
            regions.put(PriceRequest.GLOBAL, perRegion.get(PriceRequest.GLOBAL)
                    + " figures for services priced the same everywhere (CloudFront, Route 53)");
        }
        PriceSnapshot built = new PriceSnapshot(build.path("asOf").asText(), build.path("description").asText(), regions,
                complete(entries, regions.keySet(), build.path("missing").asText()), sources, build.path("missing").asText());
        SnapshotBuild out = new SnapshotBuild(built);
        out.candidates.addAll(all);
        out.unresolved.addAll(unresolved);
        out.recorded.addAll(recorded);
        return out;
    }

    /** Every entry lists every Region of the snapshot: its figure, or the general reason there is none. */
    private static List<PriceSnapshot.Entry> complete(List<PriceSnapshot.Entry> entries, java.util.Set<String> regions,
                                                      String missing) {
        List<PriceSnapshot.Entry> out = new ArrayList<>();
        for (PriceSnapshot.Entry e : entries) {
            Map<String, PriceSnapshot.Figure> figures = new LinkedHashMap<>(e.regions());
            for (String r : regions) {
                if (e.key().global() == PriceRequest.GLOBAL.equals(r)) {
                    figures.putIfAbsent(r, PriceSnapshot.Figure.missing(missing));
                }
            }
            out.add(new PriceSnapshot.Entry(e.key(), e.unit(), figures));
        }
        return out;
    }

    private static List<Candidate> candidates(CostEstimator estimator, JsonNode f, String file,
                                              Map<String, PriceSnapshot.Source> sources) {
        @SuppressWarnings("unchecked")
        Map<String, Object> props = JSON.convertValue(f.path("properties"), Map.class);
        String service = f.path("service").asText();
        String dimension = f.path("dimension").asText();
        String label = service + "." + dimension + (props == null || props.isEmpty() ? "" : new TreeMap<>(props).toString());
        PriceKey key = estimator.key(service, dimension, props == null ? Map.of() : props)
                .orElseThrow(() -> new IllegalStateException(file + ": no price key for " + label));
        String src = f.path("src").asText();
        PriceSnapshot.Source source = sources.get(src);
        if (source == null) {
            throw new IllegalStateException(file + ": " + label + " names source '" + src + "', which is not in its table");
        }
        String unit = f.path("unit").asText();
        List<Candidate> out = new ArrayList<>();
        f.path("prices").fields().forEachRemaining(p -> out.add(new Candidate(key, p.getKey(), unit,
                price(p.getValue(), unit), src, source.asOf(), file, label)));
        return out;
    }

    private static Price price(JsonNode v, String unit) {
        if (!v.isArray()) {
            return Price.flat(new BigDecimal(v.asText()), unit);
        }
        List<Price.Tier> tiers = new ArrayList<>();
        for (JsonNode t : v) {
            tiers.add(new Price.Tier(new BigDecimal(t.get(0).asText()), t.get(1).isNull() ? null : new BigDecimal(t.get(1).asText()),
                    new BigDecimal(t.get(2).asText())));
        }
        return new Price(unit, tiers);
    }

    /** Within 1 % at every tier (a tiered and a flat price compare their first rates). */
    static boolean close(Price a, Price b) {
        int n = Math.min(a.tiers().size(), b.tiers().size());
        for (int i = 0; i < n; i++) {
            BigDecimal x = a.tiers().get(i).usd();
            BigDecimal y = b.tiers().get(i).usd();
            if (y.signum() == 0 ? x.signum() != 0
                    : x.subtract(y).abs().divide(y.abs(), MathContext.DECIMAL64).compareTo(TOLERANCE) > 0) {
                return false;
            }
        }
        return true;
    }

    private static JsonNode read(String name) throws IOException {
        try (InputStream in = SnapshotBuild.class.getResourceAsStream("/cost/figures/" + name)) {
            if (in == null) {
                throw new IOException("cost/figures/" + name + " is not on the test classpath");
            }
            return JSON.readTree(in);
        }
    }
}
