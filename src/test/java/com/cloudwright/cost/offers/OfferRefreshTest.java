package com.cloudwright.cost.offers;

import com.cloudwright.cost.Cancellation;
import com.cloudwright.cost.PriceKey;
import com.cloudwright.cost.PriceRequest;
import com.cloudwright.cost.PriceResult;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CopyOnWriteArrayList;

import static com.cloudwright.cost.offers.OfferFileReaderTest.natHours;
import static com.cloudwright.cost.offers.OfferFileReaderTest.t3MediumLinux;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Refreshing the extracts on disk against the loopback server: what is downloaded, when, and what failures leave. */
class OfferRefreshTest {

    static final String SEOUL = "ap-northeast-2";
    static final String EC2_REGIONS = "/offers/v1.0/aws/AmazonEC2/current/region_index.json";
    static final String SEOUL_EC2 = OfferFileReaderTest.SEOUL_EC2;

    @TempDir
    Path dir;

    private OfferServer server;
    private OfferCache cache;

    @BeforeEach
    void start() throws IOException {
        server = new OfferServer();
        cache = new OfferCache(dir.resolve("offers"));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private RefreshReport refresh(PriceKey... keys) throws OfferException {
        return SeoulFromBulkFilesTest.refresh(server, cache).run(List.of(SEOUL), List.of(keys), OfferProgress.NONE,
                Cancellation.none());
    }

    private PriceResult price(PriceKey key) {
        return new OfferPriceSource(cache).lookup(new PriceRequest(key, SEOUL));
    }

    @Test
    void anUnchangedPublicationIsNotDownloadedAgain() throws Exception {
        assertThat(refresh(natHours()).files()).singleElement()
                .satisfies(f -> assertThat(f.status()).isEqualTo(RefreshReport.Status.UPDATED));
        assertThat(server.count(SEOUL_EC2)).isEqualTo(1);

        RefreshReport again = refresh(natHours());

        assertThat(again.files()).singleElement().satisfies(f -> {
            assertThat(f.status()).isEqualTo(RefreshReport.Status.UNCHANGED);
            assertThat(f.publicationDate()).isEqualTo("2026-09-25T19:04:32Z");
        });
        assertThat(server.count(SEOUL_EC2)).as("offer file downloads").isEqualTo(1);
        assertThat(server.count(EC2_REGIONS)).as("region index checks").isEqualTo(2);
        assertThat(price(natHours())).isInstanceOfSatisfying(PriceResult.Found.class,
                f -> assertThat(f.price().firstRate()).isEqualByComparingTo("0.059"));
    }

    @Test
    void aNewPublicationOrAKeyNotLookedForBringsTheFileAgain() throws Exception {
        refresh(natHours());
        assertThat(price(t3MediumLinux())).isInstanceOfSatisfying(PriceResult.Missing.class, m -> assertThat(m.reason())
                .contains("was not searched for this product").contains("cloudwright prices refresh --regions ap-northeast-2"));

        assertThat(refresh(natHours(), t3MediumLinux()).files().get(0).status()).isEqualTo(RefreshReport.Status.UPDATED);
        assertThat(server.count(SEOUL_EC2)).isEqualTo(2);
        assertThat(price(t3MediumLinux())).isInstanceOf(PriceResult.Found.class);

        String newer = "/offers/v1.0/aws/AmazonEC2/20261015000000/ap-northeast-2/index.json";
        String index = new String(OfferServer.recorded(EC2_REGIONS), java.nio.charset.StandardCharsets.UTF_8)
                .replace("/offers/v1.0/aws/AmazonEC2/20260925190432/ap-northeast-2/index.json", newer);
        String file = new String(OfferServer.recorded(SEOUL_EC2), java.nio.charset.StandardCharsets.UTF_8)
                .replace("\"0.0590000000\"", "\"0.0620000000\"").replace("2026-09-25T19:04:32Z", "2026-10-15T00:00:00Z");
        server.answer(EC2_REGIONS, OfferServer.Answer.body(index)).answer(newer, OfferServer.Answer.body(file));

        RefreshReport report = refresh(natHours(), t3MediumLinux());

        assertThat(report.files().get(0).status()).isEqualTo(RefreshReport.Status.UPDATED);
        assertThat(server.count(newer)).isEqualTo(1);
        assertThat(price(natHours())).isInstanceOfSatisfying(PriceResult.Found.class, f -> {
            assertThat(f.price().firstRate()).isEqualByComparingTo("0.062");
            assertThat(f.origin().asOf()).isEqualTo("2026-10-15");
        });
    }

    @Test
    void aFailedFileNamesItsUrlAndTheOthersStillUpdate() throws Exception {
        server.answer(SEOUL_EC2, OfferServer.Answer.status(503));
        PriceKey ipv4 = new PriceKey("AmazonVPC", null, java.util.Map.of("usagetype", "*PublicIPv4:InUseAddress"), null, false);

        RefreshReport report = refresh(natHours(), ipv4);

        assertThat(report.failures()).singleElement().satisfies(f -> {
            assertThat(f.service()).isEqualTo("AmazonEC2");
            assertThat(f.message()).isEqualTo(server.base() + SEOUL_EC2 + " answered HTTP 503 Service Unavailable");
        });
        assertThat(report.count(RefreshReport.Status.UPDATED)).isEqualTo(1);
        assertThat(price(ipv4)).isInstanceOf(PriceResult.Found.class);
        assertThat(price(natHours())).isInstanceOfSatisfying(PriceResult.Missing.class, m -> assertThat(m.reason())
                .isEqualTo("no Price List file for AmazonEC2 in ap-northeast-2 has been downloaded"
                        + " (run 'cloudwright prices refresh --regions ap-northeast-2')"));
    }

    @Test
    void aTransferThatBreaksOffKeepsThePreviousExtract() throws Exception {
        refresh(natHours());
        byte[] before = Files.readAllBytes(cache.fileFor("AmazonEC2", SEOUL));
        refresh(natHours(), t3MediumLinux()); // warm: the next one must download again
        byte[] warm = Files.readAllBytes(cache.fileFor("AmazonEC2", SEOUL));
        server.answer(EC2_REGIONS, OfferServer.Answer.body(new String(OfferServer.recorded(EC2_REGIONS),
                java.nio.charset.StandardCharsets.UTF_8).replace("20260925190432/ap-northeast-2", "20261015000000/ap-northeast-2")));
        byte[] file = OfferServer.recorded(SEOUL_EC2);
        server.answer("/offers/v1.0/aws/AmazonEC2/20261015000000/ap-northeast-2/index.json",
                new OfferServer.Answer(200, file, 0, file.length / 2));

        RefreshReport report = refresh(natHours(), t3MediumLinux());

        assertThat(report.failures()).singleElement().satisfies(f -> assertThat(f.message())
                .startsWith("the download of " + server.base() + "/offers/v1.0/aws/AmazonEC2/20261015000000/ap-northeast-2/index.json broke off"));
        assertThat(Files.readAllBytes(cache.fileFor("AmazonEC2", SEOUL))).isEqualTo(warm).isNotEqualTo(before);
        assertThat(price(t3MediumLinux())).isInstanceOf(PriceResult.Found.class);
    }

    @Test
    void cancellingDuringASlowDownloadStopsSoonAndKeepsThePreviousExtract() throws Exception {
        refresh(natHours());
        byte[] before = Files.readAllBytes(cache.fileFor("AmazonEC2", SEOUL));
        server.throttle(2_000);
        Cancellation cancel = new Cancellation();
        List<OfferProgress.Step> steps = new CopyOnWriteArrayList<>();
        OfferRefresh refresh = SeoulFromBulkFilesTest.refresh(server, cache);
        Thread canceller = new Thread(() -> {
            while (steps.stream().noneMatch(s -> s.state() == OfferProgress.State.DOWNLOADING)) {
                Thread.onSpinWait();
            }
            cancel.cancel();
        });
        long start = System.nanoTime();
        canceller.start();
        // At this rate the file takes several seconds and the reader has no product count to stop at:
        // the watch beside the download breaks the transfer off.
        assertThatThrownBy(() -> refresh.run(List.of(SEOUL), List.of(natHours(), t3MediumLinux()), steps::add, cancel))
                .isInstanceOf(CancellationException.class);
        canceller.join(5_000);
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms until the refresh gave up").isLessThan(5_000);
        assertThat(Files.readAllBytes(cache.fileFor("AmazonEC2", SEOUL))).isEqualTo(before);
    }

    @Test
    void gzipIsAcceptedAndTheWireBytesAreCounted() throws Exception {
        server.gzip(true);
        List<OfferProgress.Step> steps = new CopyOnWriteArrayList<>();
        RefreshReport report = SeoulFromBulkFilesTest.refresh(server, cache).run(List.of(SEOUL), List.of(natHours()),
                steps::add, Cancellation.none());
        assertThat(report.failures()).isEmpty();
        long plain = OfferServer.recorded(SEOUL_EC2).length;
        assertThat(report.files().get(0).bytes()).isPositive().isLessThan(plain / 3);
        assertThat(steps).anySatisfy(s -> assertThat(s.state()).isEqualTo(OfferProgress.State.DONE));
        assertThat(price(natHours())).isInstanceOf(PriceResult.Found.class);
    }

    @Test
    void anUnreachableServerFailsTheWholeRefreshWithOneLineNamingTheUrl() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0)) {
            port = s.getLocalPort();
        }
        OfferRefresh refresh = new OfferRefresh(new OfferLocation(URI.create("http://127.0.0.1:" + port)),
                new HttpOfferFetcher(), cache, java.time.Clock.systemUTC());
        assertThatThrownBy(() -> refresh.run(List.of(SEOUL), List.of(natHours()), OfferProgress.NONE, Cancellation.none()))
                .isInstanceOf(OfferException.class)
                .hasMessageStartingWith("cannot reach http://127.0.0.1:" + port + "/offers/v1.0/aws/index.json: ")
                .hasMessageNotContaining("\n");
        assertThat(Files.exists(cache.directory())).isFalse();
    }

    @Test
    void aServiceOrRegionWithoutFilesIsSaidSo() throws Exception {
        PriceKey lambda = new PriceKey("AWSLambda", java.util.Map.of("group", "AWS-Lambda-Requests"), null, null, false);
        RefreshReport report = SeoulFromBulkFilesTest.refresh(server, cache).run(List.of("eu-central-1"),
                List.of(natHours(), lambda), OfferProgress.NONE, Cancellation.none());
        assertThat(report.files()).extracting(RefreshReport.FileResult::status)
                .containsExactly(RefreshReport.Status.NOT_OFFERED, RefreshReport.Status.NOT_OFFERED);
        assertThat(report.files()).extracting(RefreshReport.FileResult::message).containsExactly(
                "AWS publishes no Price List file for AWSLambda", "AmazonEC2 has no Price List file for eu-central-1");
        assertThat(report.failures()).isEmpty();
    }
}
