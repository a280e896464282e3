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
import com.cloudwright.cost.offers.DownloadedPrices;
import com.cloudwright.cost.offers.OfferCache;
import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code cost FILE}: the monthly estimate, from the live Price List API or the bundled snapshot. */
@Command(name = "cost", mixinStandardHelpOptions = true)
final class CostCommand implements Callable<Integer> {

    enum Format { text, json, csv }

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
        OfferCache downloads = OfferCache.standard();
        List<String> priced = DownloadedPrices.regions(downloads, snapshot);
        String problem = region == null ? null : RegionOption.problem("--region", region, priced);
        if (problem != null) {
            err.println("cloudwright: " + problem);
            return Cli.EXIT_BAD_INPUT;
        }
        PriceSource offlineSource = DownloadedPrices.offline(downloads, snapshot);
        PriceSource source = offline ? offlineSource
                : PriceSources.liveWithFallback(offlineSource, Duration.ofSeconds(Math.max(1, timeoutSeconds)));
        CostEstimator estimator = new CostEstimator(Palette.bundled());
        var out = spec.commandLine().getOut();
        if (compareRegions) {
            RegionComparison c = estimator.compare(diagram, priced, source, Cancellation.none()).rankedByTotal();
            out.print(switch (format) {
                case json -> CostReport.json(c);
                case csv -> CostReport.csv(c);
                case text -> CostReport.text(c);
            });
        } else {
            CostEstimate e = estimator.estimate(diagram, region == null ? null : region.strip(), source, Cancellation.none());
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
