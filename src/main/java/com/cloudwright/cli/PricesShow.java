package com.cloudwright.cli;

import com.cloudwright.cost.CostFormat;
import com.cloudwright.cost.PriceBook;
import com.cloudwright.cost.PriceSnapshot;
import com.cloudwright.cost.SnapshotPriceSource;
import com.cloudwright.i18n.Columns;
import com.cloudwright.palette.Palette;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/** {@code prices show}: the snapshot's prices, per palette service and Region, with their sources and dates. */
@Command(name = "show", mixinStandardHelpOptions = true)
final class PricesShow implements Callable<Integer> {

    enum Format { text, json }

    @Option(names = "--region", paramLabel = "R")
    String region;

    @Option(names = "--service", paramLabel = "S")
    String service;

    @Option(names = "--format", defaultValue = "text")
    Format format;

    @Option(names = "--snapshot", paramLabel = "FILE")
    Path snapshotFile;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        SnapshotPriceSource source;
        try {
            source = snapshotFile == null ? SnapshotPriceSource.bundled() : new SnapshotPriceSource(
                    PriceSnapshot.read(Files.readAllBytes(snapshotFile), snapshotFile.toString()),
                    Cli.TEXT.get("cost.snapshotName", snapshotFile.getFileName()));
        } catch (IOException e) {
            err.println("cloudwright: " + Cli.TEXT.get("cost.cannotReadSnapshot", snapshotFile, e.getMessage()));
            return Cli.EXIT_BAD_INPUT;
        } catch (IllegalArgumentException e) {
            err.println("cloudwright: " + e.getMessage());
            return Cli.EXIT_BAD_INPUT;
        }
        Palette palette = Palette.bundled();
        PriceSnapshot snapshot = source.snapshot();
        if (region != null && !snapshot.regions().containsKey(region.strip())) {
            err.println("cloudwright: " + Cli.TEXT.get("prices.show.unknownRegion", region,
                    String.join(", ", snapshot.regions().keySet())));
            return Cli.EXIT_BAD_INPUT;
        }
        List<String> services = palette.entries().stream().filter(e -> !e.pricing().isEmpty()
                && e.pricing().get("dimensions") != null).map(e -> e.id()).toList();
        if (service != null && !services.contains(service.strip())) {
            err.println("cloudwright: " + Cli.TEXT.get("prices.show.unknownService", service, String.join(", ", services)));
            return Cli.EXIT_BAD_INPUT;
        }
        PriceBook.Listing listing = PriceBook.list(palette, snapshot, region == null ? null : region.strip(),
                service == null ? null : service.strip());
        var out = spec.commandLine().getOut();
        out.print(format == Format.json ? json(source, listing) : text(source, listing));
        out.flush();
        return 0;
    }

    private static String text(SnapshotPriceSource source, PriceBook.Listing listing) {
        StringBuilder sb = new StringBuilder(Cli.TEXT.get("prices.show.title", source.describe())).append('\n');
        if (listing.rows().isEmpty()) {
            sb.append(Cli.TEXT.get("prices.show.none")).append('\n');
        }
        int serviceWidth = listing.rows().stream().mapToInt(r -> Columns.width(r.serviceLabel())).max().orElse(0);
        int productWidth = Math.min(60, listing.rows().stream().mapToInt(r -> Columns.width(r.product())).max().orElse(0));
        Map<String, PriceBook.Row> sources = new LinkedHashMap<>();
        for (PriceBook.Row r : listing.rows()) {
            String price = Cli.TEXT.get("prices.show.price", CostFormat.unitPrice(r.unitPrice()), r.unit())
                    + (r.tiered() ? " " + Cli.TEXT.get("prices.show.firstTier") : "");
            String from = r.sourceId() != null ? r.sourceId() : r.source();
            sb.append(Columns.pad(r.region(), 15)).append(Columns.pad(r.serviceLabel(), serviceWidth + 2))
                    .append(Columns.pad(Columns.truncate(r.product(), productWidth), productWidth + 2))
                    .append(Columns.pad(price, 34)).append(" [").append(from == null ? "" : from)
                    .append(r.asOf() == null ? "" : ", " + r.asOf()).append("]\n");
            if (r.sourceId() != null) {
                sources.putIfAbsent(r.sourceId(), r);
            }
        }
        if (!sources.isEmpty()) {
            sb.append('\n').append(Cli.TEXT.get("prices.show.sources")).append('\n');
            sources.forEach((id, r) -> sb.append("  [").append(id).append("] ").append(r.source())
                    .append(r.asOf() == null ? "" : " (" + r.asOf() + ")")
                    .append(r.url() == null ? "" : "\n      " + r.url()).append('\n'));
        }
        if (!listing.unpricedByRegion().isEmpty()) {
            sb.append('\n');
            listing.unpricedByRegion().forEach((r, n) -> sb.append(Cli.TEXT.get(
                    com.cloudwright.cost.PriceRequest.GLOBAL.equals(r) ? "prices.show.unpricedGlobal" : "prices.show.unpriced",
                    r, n)).append('\n'));
        }
        return sb.toString();
    }

    private static String json(SnapshotPriceSource source, PriceBook.Listing listing) {
        ObjectMapper json = new ObjectMapper();
        ObjectNode root = json.createObjectNode();
        root.put("snapshot", source.describe());
        root.put("asOf", source.snapshot().asOf());
        ArrayNode prices = root.putArray("prices");
        for (PriceBook.Row r : listing.rows()) {
            ObjectNode n = prices.addObject();
            n.put("service", r.service()).put("dimension", r.dimension()).put("product", r.product())
                    .put("region", r.region()).put("unitPrice", r.unitPrice()).put("unit", r.unit())
                    .put("tiered", r.tiered()).put("source", r.source());
            if (r.sourceId() != null) {
                n.put("sourceId", r.sourceId());
            }
            if (r.url() != null) {
                n.put("url", r.url());
            }
            if (r.asOf() != null) {
                n.put("asOf", r.asOf());
            }
            n.put("key", r.key().canonical());
        }
        ObjectNode unpriced = root.putObject("unpriced");
        listing.unpricedByRegion().forEach(unpriced::put);
        try {
            return json.writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
