package com.cloudwright.cli;

import com.cloudwright.cost.Cancellation;
import com.cloudwright.cost.LivePriceSource;
import com.cloudwright.cost.PriceSnapshot;
import com.cloudwright.cost.PriceSources;
import com.cloudwright.cost.SnapshotPriceSource;
import com.cloudwright.cost.SnapshotRefresh;
import com.cloudwright.io.AtomicFile;
import com.cloudwright.palette.Palette;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code prices refresh}: regenerates the price snapshot from the live Price List API. */
@Command(name = "prices", mixinStandardHelpOptions = true, description = "Work with the price snapshot.",
        subcommands = {PricesCommand.Refresh.class})
final class PricesCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "refresh", mixinStandardHelpOptions = true,
            description = {"Fetch every price the palette needs from the AWS Price List API (default credential chain)"
                    + " and write a snapshot in the bundled format. Exit 0: written; 1: the API gave no price; 2: bad input."})
    static final class Refresh implements Callable<Integer> {

        @Option(names = "--regions", split = ",", paramLabel = "R[,R…]",
                description = "regions to fetch (default: the bundled snapshot's)")
        List<String> regions;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "where to write the snapshot (default: standard output)")
        Path output;

        @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "600",
                description = "longest wait per region (default: ${DEFAULT-VALUE})")
        int timeoutSeconds;

        @picocli.CommandLine.Spec
        picocli.CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            var err = spec.commandLine().getErr();
            List<String> wanted = regions == null || regions.isEmpty() ? SnapshotPriceSource.bundled().regions() : regions;
            LivePriceSource live = PriceSources.live(Duration.ofSeconds(Math.max(1, timeoutSeconds)));
            PriceSnapshot snapshot = SnapshotRefresh.build(Palette.bundled(), wanted, live, Cancellation.none(),
                    Clock.systemUTC(), line -> err.println("prices: " + line));
            long found = snapshot.entries().stream().flatMap(e -> e.regions().values().stream())
                    .filter(f -> f.price() != null).count();
            long total = snapshot.entries().stream().mapToLong(e -> e.regions().size()).sum();
            err.println("prices: " + found + " of " + total + " prices found (" + live.apiCalls() + " API calls)");
            if (found == 0) {
                String why = snapshot.entries().stream().flatMap(e -> e.regions().values().stream())
                        .map(PriceSnapshot.Figure::missing).filter(m -> m != null).findFirst().orElse("nothing to fetch");
                err.println("cloudwright: no price could be fetched: " + why);
                return Cli.EXIT_PROBLEMS;
            }
            byte[] bytes = snapshot.toJson();
            if (output == null) {
                spec.commandLine().getOut().print(new String(bytes, StandardCharsets.UTF_8));
                spec.commandLine().getOut().flush();
            } else {
                try {
                    AtomicFile.write(output, bytes);
                } catch (IOException e) {
                    err.println("cloudwright: " + output + ": cannot be written (" + e.getMessage() + ")");
                    return Cli.EXIT_BAD_INPUT;
                }
                err.println("prices: wrote " + output);
            }
            return 0;
        }
    }
}
