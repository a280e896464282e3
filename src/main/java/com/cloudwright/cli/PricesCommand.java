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

    @Command(name = "refresh", mixinStandardHelpOptions = true)
    static final class Refresh implements Callable<Integer> {

        @Option(names = {"--regions", "--region"}, split = ",", paramLabel = "R[,R…]")
        List<String> regions;

        @Option(names = {"-o", "--output"}, paramLabel = "FILE")
        Path output;

        @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "600")
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
            err.println("prices: " + Cli.TEXT.get("prices.found", found, total, live.apiCalls()));
            if (found == 0) {
                String why = snapshot.entries().stream().flatMap(e -> e.regions().values().stream())
                        .map(PriceSnapshot.Figure::missing).filter(m -> m != null).findFirst()
                        .orElse(Cli.TEXT.get("prices.nothingToFetch"));
                err.println("cloudwright: " + Cli.TEXT.get("prices.noneFetched", why));
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
                    err.println("cloudwright: " + Cli.TEXT.get("prices.cannotWrite", output, e.getMessage()));
                    return Cli.EXIT_BAD_INPUT;
                }
                err.println("prices: " + Cli.TEXT.get("prices.wrote", output));
            }
            return 0;
        }
    }
}
