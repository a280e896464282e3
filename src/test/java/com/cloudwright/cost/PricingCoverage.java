package com.cloudwright.cost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Renders {@code docs/pricing-coverage.md} from the bundled snapshot, the palette's pricing data and the
 * recorded gaps of {@code cost/figures/build.json}: which Regions and services are priced offline, how many
 * figures each source supplies and since when, and what only {@code cloudwright prices refresh} reaches.
 * Generated so that the page cannot drift from the snapshot a release actually ships.
 */
final class PricingCoverage {

    static final Path DOC = Path.of("docs", "pricing-coverage.md");
    private static final int TITLE_LENGTH = 110;

    private final PriceSnapshot snapshot;
    /** Price List service code → palette entries priced through it. */
    private final Map<String, Set<String>> paletteServices;
    /** "service.dimension" → reason, for us-east-1 (the Region every price is sought for first). */
    private final Map<String, String> unsourcedUsEast1;

    PricingCoverage(PriceSnapshot snapshot, Map<String, Set<String>> paletteServices, Map<String, String> unsourcedUsEast1) {
        this.snapshot = snapshot;
        this.paletteServices = paletteServices;
        this.unsourcedUsEast1 = unsourcedUsEast1;
    }

    static PricingCoverage bundled() throws IOException {
        JsonNode pricing = new ObjectMapper().readTree(Path.of("palettes", "pricing.json").toFile());
        Map<String, Set<String>> services = new TreeMap<>();
        pricing.path("services").fields().forEachRemaining(s -> s.getValue().path("dimensions").forEach(d -> {
            if (d.hasNonNull("service")) {
                services.computeIfAbsent(d.path("service").asText(), k -> new TreeSet<>()).add(s.getKey());
            }
        }));
        return new PricingCoverage(PriceSnapshot.bundled(), services, UnsourcedPrices.in("us-east-1"));
    }

    String markdown() {
        Map<String, Set<String>> regionsByService = new TreeMap<>();
        Map<String, Integer> productsByService = new TreeMap<>();
        Map<String, Integer> figuresByRegion = new TreeMap<>();
        Map<String, Set<String>> servicesByRegion = new TreeMap<>();
        Map<String, Integer> figuresBySource = new TreeMap<>();
        for (PriceSnapshot.Entry e : snapshot.entries()) {
            String service = e.key().service();
            productsByService.merge(service, 1, Integer::sum);
            e.regions().forEach((region, figure) -> {
                if (figure.price() == null) {
                    return;
                }
                regionsByService.computeIfAbsent(service, k -> new TreeSet<>()).add(region);
                figuresByRegion.merge(region, 1, Integer::sum);
                servicesByRegion.computeIfAbsent(region, k -> new TreeSet<>()).add(service);
                figuresBySource.merge(figure.source(), 1, Integer::sum);
            });
        }
        List<String> regions = new ArrayList<>(new TreeSet<>(figuresByRegion.keySet()));
        regions.remove(PriceRequest.GLOBAL);
        StringBuilder md = new StringBuilder();
        md.append("# What the bundled price snapshot covers\n\n")
                .append("Generated from `src/main/resources/com/cloudwright/cost/price-snapshot.json` (as of ")
                .append(snapshot.asOf()).append("), `palettes/pricing.json` and `src/test/resources/cost/figures/build.json`")
                .append(" by `PricingCoverageDocTest`; do not edit by hand. Regenerate with\n")
                .append("`mvn -o test -Dtest=PricingCoverageDocTest -Dcloudwright.regenerateCoverageDoc=true`.\n\n")
                .append("A figure is one price of one product in one Region. Every line the snapshot cannot price names ")
                .append("`cloudwright prices refresh --region R`, which reads the current AWS Price List for any Region.\n\n");
        regionTable(md, regions, figuresByRegion, servicesByRegion);
        serviceTable(md, regions, regionsByService, productsByService);
        sourceTable(md, figuresBySource);
        refreshOnly(md, regionsByService);
        return md.toString();
    }

    private void regionTable(StringBuilder md, List<String> regions, Map<String, Integer> figures,
                             Map<String, Set<String>> services) {
        md.append("## Regions priced offline\n\n| Region | Figures | Services with a price |\n|---|---:|---:|\n");
        for (String r : regions) {
            md.append("| ").append(r).append(" | ").append(figures.get(r)).append(" | ")
                    .append(services.get(r).size()).append(" |\n");
        }
        if (figures.containsKey(PriceRequest.GLOBAL)) {
            md.append("| global (CloudFront, Route 53, …) | ").append(figures.get(PriceRequest.GLOBAL)).append(" | ")
                    .append(services.get(PriceRequest.GLOBAL).size()).append(" |\n");
        }
        md.append('\n');
    }

    private void serviceTable(StringBuilder md, List<String> regions, Map<String, Set<String>> regionsByService,
                              Map<String, Integer> products) {
        md.append("## Services priced offline\n\n")
                .append("| Price List service | Palette entries | Products | Regions with at least one price |\n")
                .append("|---|---|---:|---|\n");
        for (Map.Entry<String, Set<String>> s : regionsByService.entrySet()) {
            Set<String> where = s.getValue();
            String list = where.contains(PriceRequest.GLOBAL) ? "global"
                    : where.containsAll(regions) ? "all " + regions.size() : String.join(", ", where);
            md.append("| ").append(s.getKey()).append(" | ")
                    .append(String.join(", ", paletteServices.getOrDefault(s.getKey(), Set.of()))).append(" | ")
                    .append(products.get(s.getKey())).append(" | ").append(list).append(" |\n");
        }
        md.append('\n');
    }

    private void sourceTable(StringBuilder md, Map<String, Integer> figuresBySource) {
        md.append("## Sources\n\nFigures in use per source (where sources overlap, the newest one's figure is used).\n\n")
                .append("| Source | Prices as of | Figures | What it is |\n|---|---|---:|---|\n");
        for (Map.Entry<String, PriceSnapshot.Source> s : snapshot.sources().entrySet()) {
            String title = s.getValue().title().replace("|", "/");
            if (title.length() > TITLE_LENGTH) {
                title = title.substring(0, TITLE_LENGTH).strip() + " …";
            }
            String name = s.getValue().url() == null || s.getValue().url().isBlank() ? "`" + s.getKey() + "`"
                    : "[`" + s.getKey() + "`](" + s.getValue().url() + ")";
            md.append("| ").append(name).append(" | ").append(s.getValue().asOf()).append(" | ")
                    .append(figuresBySource.getOrDefault(s.getKey(), 0)).append(" | ").append(title).append(" |\n");
        }
        md.append('\n');
    }

    private void refreshOnly(StringBuilder md, Map<String, Set<String>> regionsByService) {
        md.append("## Only through `prices refresh`\n\n")
                .append("- Every Region not listed for a service above, and every Region the table of Regions does not list.\n")
                .append("- Services the palette prices that have no figure in any Region:\n\n")
                .append("| Price List service | Palette entries |\n|---|---|\n");
        paletteServices.forEach((service, entries) -> {
            if (!regionsByService.containsKey(service)) {
                md.append("| ").append(service).append(" | ").append(String.join(", ", entries)).append(" |\n");
            }
        });
        md.append("\n- Products without a public, dated us-east-1 figure (recorded in `build.json`):\n\n")
                .append("| Palette entry and dimension | Why |\n|---|---|\n");
        unsourcedUsEast1.forEach((figure, reason) ->
                md.append("| ").append(figure).append(" | ").append(reason.replace("|", "/")).append(" |\n"));
    }
}
