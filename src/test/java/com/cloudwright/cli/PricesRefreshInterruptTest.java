package com.cloudwright.cli;

import com.cloudwright.cost.Cancellation;
import com.cloudwright.cost.PriceKey;
import com.cloudwright.cost.offers.OfferCache;
import com.cloudwright.cost.offers.OfferLocation;
import com.cloudwright.cost.offers.OfferProgress;
import com.cloudwright.cost.offers.OfferRefresh;
import com.cloudwright.cost.offers.OfferServer;
import com.cloudwright.cost.offers.HttpOfferFetcher;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * Ctrl-C during {@code prices refresh}: a real process gets SIGINT while it downloads a slow file;
 * it stops within seconds, says so on stderr, and the extract of that file stays as it was.
 */
class PricesRefreshInterruptTest {

    @TempDir
    Path dir;

    @Test
    void ctrlCStopsTheDownloadAndLeavesThePreviousPrices() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/bin/kill")) || Files.isExecutable(Path.of("/usr/bin/kill")), "no kill command");
        Path offers = dir.resolve("offers");
        try (OfferServer server = new OfferServer()) {
            OfferCache cache = new OfferCache(offers);
            PriceKey nat = new PriceKey("AmazonEC2", Map.of("productFamily", "NAT Gateway"),
                    Map.of("usagetype", "*NatGateway-Hours", "operation", "NatGateway"), null, false);
            new OfferRefresh(new OfferLocation(server.base()), new HttpOfferFetcher(), cache, Clock.systemUTC())
                    .run(List.of("ap-northeast-2"), List.of(nat), OfferProgress.NONE, Cancellation.none());
            Path ec2 = offers.resolve("AmazonEC2").resolve("ap-northeast-2.json");
            byte[] before = Files.readAllBytes(ec2);
            String ec2File = "/offers/v1.0/aws/AmazonEC2/20260925190432/ap-northeast-2/index.json";
            server.answer(ec2File, new OfferServer.Answer(200, OfferServer.recorded(ec2File), 1_500, -1));

            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = new ArrayList<>(withSigintAsInATerminal());
            command.addAll(List.of(java, "-Djava.awt.headless=true",
                    "-D" + OfferLocation.URL_PROPERTY + "=" + server.base(), "-D" + OfferCache.DIR_PROPERTY + "=" + offers,
                    "-cp", System.getProperty("java.class.path"), "com.cloudwright.Main", "prices", "refresh",
                    "--regions", "ap-northeast-2", "--diagram", PricesBulkCommandTest.EXAMPLE_05));
            Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
            StringBuilder seen = new StringBuilder();
            try (BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = out.readLine()) != null) {
                    seen.append(line).append('\n');
                    if (line.contains("AmazonEC2 ap-northeast-2: downloading")) {
                        new ProcessBuilder("kill", "-INT", String.valueOf(p.pid())).start().waitFor();
                        long sent = System.nanoTime();
                        while ((line = out.readLine()) != null) {
                            seen.append(line).append('\n');
                        }
                        assertThat(p.waitFor(10, TimeUnit.SECONDS)).as(seen.toString()).isTrue();
                        assertThat(TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - sent)).as("ms to stop").isLessThan(5_000);
                        break;
                    }
                }
            } finally {
                p.destroyForcibly();
            }
            assertThat(seen.toString()).contains("AmazonEC2 ap-northeast-2: downloading")
                    .contains("prices: cancelled; the file being downloaded keeps its previous prices")
                    .doesNotContain("Exception").doesNotContain("prices: AmazonEC2 ap-northeast-2: published");
            assertThat(p.exitValue()).isEqualTo(BulkRefresh.EXIT_CANCELLED);
            assertThat(Files.readAllBytes(ec2)).isEqualTo(before);
        }
    }

    /**
     * A build started in the background (CI runners, {@code cmd &} in a script) inherits SIGINT as
     * ignored, and the JVM then installs no handler for it: the child would never see the Ctrl-C.
     * coreutils' {@code env --default-signal} gives the child the disposition a terminal gives it.
     */
    private static List<String> withSigintAsInATerminal() throws IOException, InterruptedException {
        Process probe = new ProcessBuilder("env", "--default-signal=INT", "true").redirectErrorStream(true).start();
        probe.getInputStream().readAllBytes();
        boolean supported = probe.waitFor(10, TimeUnit.SECONDS) && probe.exitValue() == 0;
        assumeTrue(supported || !sigintIgnoredHere(), "SIGINT is ignored here and env cannot restore it");
        return supported ? List.of("env", "--default-signal=INT") : List.of();
    }

    private static boolean sigintIgnoredHere() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return false;
        }
        return Files.readAllLines(status).stream().filter(l -> l.startsWith("SigIgn:"))
                .map(l -> Long.parseUnsignedLong(l.substring("SigIgn:".length()).strip(), 16))
                .anyMatch(mask -> (mask & (1L << (2 - 1))) != 0);
    }
}
