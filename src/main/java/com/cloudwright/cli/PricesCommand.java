package com.cloudwright.cli;

import com.cloudwright.cost.Cancellation;
import com.cloudwright.cost.CostEstimator;
import com.cloudwright.cost.LivePriceSource;
import com.cloudwright.cost.PriceKey;
import com.cloudwright.cost.PriceRequest;
import com.cloudwright.cost.PriceSnapshot;
import com.cloudwright.cost.PriceSources;
import com.cloudwright.cost.SnapshotKeys;
import com.cloudwright.cost.SnapshotPriceSource;
import com.cloudwright.cost.SnapshotRefresh;
import com.cloudwright.cost.offers.DownloadedPrices;
import com.cloudwright.cost.offers.OfferCache;
import com.cloudwright.cost.offers.OfferPriceSource;
import com.cloudwright.cost.offers.OfferRefresh;
import com.cloudwright.i18n.Bundle;
import com.cloudwright.io.AtomicFile;
import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;

/** {@code prices refresh}: regenerates the price snapshot from the live Price List API; {@code prices show} lists it. */
@Command(name = "prices", mixinStandardHelpOptions = true,
        subcommands = {PricesCommand.Refresh.class, PricesShow.class})
final class PricesCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    enum Source { bulk, api }

    @Command(name = "refresh", mixinStandardHelpOptions = true)
    static final class Refresh implements Callable<Integer> {

        private static final Bundle TEXT = Bundle.withRootNumbers("com.cloudwright.cost.messages");

        @Option(names = {"--regions", "--region"}, split = ",", paramLabel = "R[,R…]")
        List<String> regions;

        @Option(names = "--source", defaultValue = "bulk", paramLabel = "bulk|api")
        Source source;

        @Option(names = "--diagram", paramLabel = "FILE")
        Path diagram;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE")
        Path output;

        @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "600")
        int timeoutSeconds;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            PrintWriter err = spec.commandLine().getErr();
            SnapshotPriceSource snapshot = SnapshotPriceSource.bundled();
            List<String> wanted = regions == null || regions.isEmpty() ? snapshot.regions()
                    : regions.stream().map(String::strip).toList();
            for (String r : wanted) {
                String problem = RegionOption.problem("--regions", r, snapshot.regions());
                if (problem != null) {
                    err.println("cloudwright: " + problem);
                    return Cli.EXIT_BAD_INPUT;
                }
            }
            return source == Source.api ? fromApi(wanted, err) : fromBulkFiles(wanted, err);
        }

        private int fromBulkFiles(List<String> wanted, PrintWriter err) {
            Palette palette = Palette.bundled();
            List<PriceKey> keys;
            try {
                keys = keys(palette, wanted);
            } catch (DiagramInput.BadInputException e) {
                err.println("cloudwright: " + e.getMessage());
                return Cli.EXIT_BAD_INPUT;
            }
            OfferCache cache = OfferCache.standard();
            int code = BulkRefresh.run(OfferRefresh.standard(cache), wanted, keys, err);
            if (code == BulkRefresh.EXIT_CANCELLED || output == null) {
                return code;
            }
            PriceSnapshot snapshot = SnapshotRefresh.build(palette, wanted, new OfferPriceSource(cache), Cancellation.none(),
                    Clock.systemUTC(), line -> { }, TEXT.get("source.offers"));
            int written = write(snapshot, err);
            return written != 0 ? written : code;
        }

        /** Every key of the palette, or with --diagram those of the services the diagram uses. */
        private List<PriceKey> keys(Palette palette, List<String> wanted) throws DiagramInput.BadInputException {
            if (diagram == null) {
                return SnapshotKeys.enumerate(palette);
            }
            Diagram d = DiagramInput.load(diagram);
            CostEstimator estimator = new CostEstimator(palette);
            Set<PriceKey> own = new LinkedHashSet<>();
            for (String r : wanted) {
                estimator.plan(d, r).requests().stream().map(PriceRequest::key).forEach(own::add);
            }
            return DownloadedPrices.keysFor(palette, own);
        }

        private int fromApi(List<String> wanted, PrintWriter err) {
            LivePriceSource live = PriceSources.live(Duration.ofSeconds(Math.max(1, timeoutSeconds)));
            PriceSnapshot snapshot = SnapshotRefresh.build(Palette.bundled(), wanted, live, Cancellation.none(),
                    Clock.systemUTC(), line -> err.println("prices: " + line));
            long found = snapshot.entries().stream().flatMap(e -> e.regions().values().stream())
                    .filter(f -> f.price() != null).count();
            long total = snapshot.entries().stream().mapToLong(e -> e.regions().size()).sum();
            err.println("prices: " + Cli.TEXT.get("prices.found", found, total, live.apiCalls()));
            if (found == 0) {
                String why = snapshot.entries().stream().flatMap(e -> e.regions().values().stream())
                        .map(PriceSnapshot.Figure::missing).filter(m -> m != null).findFirst()
                        .orElse(Cli.TEXT.get("prices.nothingToFetch"));
                err.println("cloudwright: " + Cli.TEXT.get("prices.noneFetched", why));
                return Cli.EXIT_PROBLEMS;
            }
            if (output == null) {
                spec.commandLine().getOut().print(new String(snapshot.toJson(), StandardCharsets.UTF_8));
                spec.commandLine().getOut().flush();
                return 0;
            }
            return write(snapshot, err);
        }

        private int write(PriceSnapshot snapshot, PrintWriter err) {
            try {
                AtomicFile.write(output, snapshot.toJson());
            } catch (IOException e) {
                err.println("cloudwright: " + Cli.TEXT.get("prices.cannotWrite", output, e.getMessage()));
                return Cli.EXIT_BAD_INPUT;
            }
            err.println("prices: " + Cli.TEXT.get("prices.wrote", output));
            return 0;
        }
    }
}
