package com.cloudwright.cli;

import com.cloudwright.cost.Cancellation;
import com.cloudwright.cost.CostEstimate;
import com.cloudwright.cost.CostEstimator;
import com.cloudwright.cost.CostReport;
import com.cloudwright.cost.PriceSnapshot;
import com.cloudwright.cost.PriceSource;
import com.cloudwright.cost.PriceSources;
import com.cloudwright.cost.RegionComparison;
import com.cloudwright.cost.SnapshotPriceSource;
import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

/** {@code cost FILE}: the monthly estimate, from the live Price List API or the bundled snapshot. */
@Command(name = "cost", mixinStandardHelpOptions = true)
final class CostCommand implements Callable<Integer> {

    enum Format { text, json, csv }

    private static final Pattern REGION = Pattern.compile("[a-z]{2}(-gov|-iso[a-z]?)?-[a-z]+-\\d+");

    @Parameters(paramLabel = "FILE", descriptionKey = "file")
    Path file;

    @Option(names = "--region", paramLabel = "R")
    String region;

    @Option(names = "--format", defaultValue = "text")
    Format format;

    @Option(names = "--offline")
    boolean offline;

    @Option(names = "--compare-regions")
    boolean compareRegions;

    @Option(names = "--snapshot", paramLabel = "FILE")
    Path snapshotFile;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "30")
    int timeoutSeconds;

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        var err = spec.commandLine().getErr();
        Diagram diagram;
        SnapshotPriceSource snapshot;
        try {
            diagram = DiagramInput.load(file);
            snapshot = snapshot();
        } catch (DiagramInput.BadInputException e) {
            err.println("cloudwright: " + e.getMessage());
            return Cli.EXIT_BAD_INPUT;
        }
        if (region != null && !REGION.matcher(region.strip()).matches()) {
            err.println("cloudwright: " + Cli.TEXT.get("cost.badRegion", region));
            return Cli.EXIT_BAD_INPUT;
        }
        java.util.List<String> known = PriceSources.knownRegions(Palette.bundled(), snapshot);
        if (region != null && !known.contains(region.strip())) {
            err.println("cloudwright: " + Cli.TEXT.get("cost.unknownRegion", region.strip(), String.join(", ", known)));
            return Cli.EXIT_BAD_INPUT;
        }
        PriceSource source = offline ? snapshot
                : PriceSources.liveWithFallback(snapshot, Duration.ofSeconds(Math.max(1, timeoutSeconds)));
        CostEstimator estimator = new CostEstimator(Palette.bundled());
        var out = spec.commandLine().getOut();
        if (compareRegions) {
            RegionComparison c = estimator.compare(diagram, snapshot.regions(), source, Cancellation.none());
            out.print(switch (format) {
                case json -> CostReport.json(c);
                case csv -> CostReport.csv(c);
                case text -> CostReport.text(c);
            });
        } else {
            CostEstimate e = estimator.estimate(diagram, region, source, Cancellation.none());
            out.print(switch (format) {
                case json -> CostReport.json(e);
                case csv -> CostReport.csv(e);
                case text -> CostReport.text(e);
            });
        }
        out.flush();
        return 0;
    }

    private SnapshotPriceSource snapshot() throws DiagramInput.BadInputException {
        if (snapshotFile == null) {
            return SnapshotPriceSource.bundled();
        }
        try {
            return new SnapshotPriceSource(PriceSnapshot.read(Files.readAllBytes(snapshotFile), snapshotFile.toString()),
                    Cli.TEXT.get("cost.snapshotName", snapshotFile.getFileName()));
        } catch (IOException e) {
            throw new DiagramInput.BadInputException(Cli.TEXT.get("cost.cannotReadSnapshot", snapshotFile, e.getMessage()));
        } catch (IllegalArgumentException e) {
            throw new DiagramInput.BadInputException(e.getMessage());
        }
    }
}
