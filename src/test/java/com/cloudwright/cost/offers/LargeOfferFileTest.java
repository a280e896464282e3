package com.cloudwright.cost.offers;

import com.cloudwright.cost.Cancellation;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The reader keeps memory proportional to what it keeps, not to the file: a synthetic EC2-shaped
 * file of more than 200 MB streams through a JVM whose whole heap is 64 MB.
 */
class LargeOfferFileTest {

    /** About 1 KB a product: 210,000 products make a file of more than 200 MB. */
    static final long PRODUCTS = 210_000;

    @Test
    void aFileOfMoreThan200MbStreamsThroughA64MbHeap() throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx64m", "-XX:+UseSerialGC", "-cp", System.getProperty("java.class.path"),
                LargeOfferFileRun.class.getName(), String.valueOf(PRODUCTS)).redirectErrorStream(true).start();
        boolean done = p.waitFor(180, TimeUnit.SECONDS);
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!done) {
            p.destroyForcibly();
        }
        assertThat(done).as("finished in time: " + out).isTrue();
        assertThat(p.exitValue()).as(out).isZero();
        Map<String, Long> figures = figures(out);
        System.out.println("LargeOfferFileTest: " + out.strip() + " MB/s="
                + figures.get("bytes") / 1_048_576.0 / Math.max(1, figures.get("millis")) * 1000);
        assertThat(figures.get("bytes")).isGreaterThan(200_000_000L);
        assertThat(figures.get("products")).isEqualTo(PRODUCTS);
        assertThat(figures.get("kept")).isEqualTo(SyntheticOfferFile.natProducts(PRODUCTS));
        assertThat(figures.get("maxHeap")).isLessThanOrEqualTo(64L * 1024 * 1024);
        assertThat(figures.get("sampledPeakHeap")).isLessThan(64L * 1024 * 1024);
    }

    @Test
    void theProductsKeptAreOnlyTheOnesAKeyWants() throws IOException {
        SyntheticOfferFile in = new SyntheticOfferFile(120_000);
        OfferExtract x = new OfferFileReader(new ObjectMapper()).read(in,
                new ProductSelector("ap-northeast-2", List.of(OfferFileReaderTest.natHours())), n -> { }, Cancellation.none());
        assertThat(x.productsSeen()).isEqualTo(120_000);
        assertThat(x.products()).hasSize(3).allSatisfy(p -> {
            assertThat(p.attributes()).containsEntry("usagetype", "APN2-NatGateway-Hours");
            assertThat(p.onDemand().firstRate()).isEqualByComparingTo("0.059");
        });
        assertThat(in.produced()).isGreaterThan(100_000_000L);
    }

    private static Map<String, Long> figures(String line) {
        Map<String, Long> out = new LinkedHashMap<>();
        for (String part : line.strip().split("\\s+")) {
            String[] kv = part.split("=");
            if (kv.length == 2 && kv[1].matches("\\d+")) {
                out.put(kv[0], Long.parseLong(kv[1]));
            }
        }
        return out;
    }
}
