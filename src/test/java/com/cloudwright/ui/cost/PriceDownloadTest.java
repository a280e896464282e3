package com.cloudwright.ui.cost;

import com.cloudwright.cost.PriceKey;
import com.cloudwright.cost.offers.HttpOfferFetcher;
import com.cloudwright.cost.offers.OfferCache;
import com.cloudwright.cost.offers.OfferLocation;
import com.cloudwright.cost.offers.OfferRefresh;
import com.cloudwright.cost.offers.OfferServer;
import com.cloudwright.cost.offers.RefreshReport;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The download model without a window: progress reaches the "FX thread" (a queue drained by the
 * test) coalesced, and the closing line is worded in the user's language.
 */
class PriceDownloadTest {

    @TempDir
    Path dir;

    private OfferServer server;
    private Locale before;

    @BeforeEach
    void start() throws IOException {
        server = new OfferServer();
        before = Locale.getDefault();
    }

    @AfterEach
    void stop() {
        server.close();
        Locale.setDefault(before);
    }

    private static final PriceKey NAT = new PriceKey("AmazonEC2", Map.of("productFamily", "NAT Gateway"),
            Map.of("usagetype", "*NatGateway-Hours", "operation", "NatGateway"), null, false);
    private static final PriceKey ALB = new PriceKey("AWSELB", Map.of("productFamily", "Load Balancer-Application"),
            Map.of("usagetype", "*LoadBalancerUsage"), null, false);

    private PriceDownload download(ConcurrentLinkedQueue<Runnable> fx) {
        OfferRefresh refresh = new OfferRefresh(new OfferLocation(server.base()), new HttpOfferFetcher(),
                new OfferCache(dir), Clock.systemUTC());
        return new PriceDownload(() -> refresh, Runnable::run, fx::add);
    }

    @Test
    void progressIsCoalescedAndTheLastLineSaysWhatHappenedInKorean() {
        Locale.setDefault(Locale.KOREAN);
        ConcurrentLinkedQueue<Runnable> fx = new ConcurrentLinkedQueue<>();
        PriceDownload d = download(fx);
        List<String> done = new ArrayList<>();

        d.start("ap-northeast-2", () -> List.of(NAT, ALB), done::add);

        // The worker ran inline: every step was offered to the FX thread, which has not run yet.
        assertThat(d.runningProperty().get()).isTrue();
        assertThat(fx).as("one pending progress update and the closing task").hasSize(2);
        fx.forEach(Runnable::run);
        assertThat(done).containsExactly("ap-northeast-2의 최신 요금: 파일 2개 내려받음, 0개 변경 없음.");
        assertThat(d.runningProperty().get()).isFalse();
        assertThat(d.progressProperty().get()).isEmpty();
    }

    @Test
    void aFailedFileIsNamedInTheClosingLine() {
        server.answer("/offers/v1.0/aws/AWSELB/20260930220540/ap-northeast-2/index.json", OfferServer.Answer.status(404));
        ConcurrentLinkedQueue<Runnable> fx = new ConcurrentLinkedQueue<>();
        List<String> done = new ArrayList<>();
        download(fx).start("ap-northeast-2", () -> List.of(NAT, ALB), done::add);
        fx.forEach(Runnable::run);
        assertThat(done).singleElement().asString().isEqualTo("Current prices for ap-northeast-2: one file downloaded,"
                + " 0 unchanged, 1 failed (" + server.base()
                + "/offers/v1.0/aws/AWSELB/20260930220540/ap-northeast-2/index.json answered HTTP 404 Not Found).");
    }

    @Test
    void theSummaryCountsFiles() {
        RefreshReport report = new RefreshReport(List.of(
                new RefreshReport.FileResult("AmazonEC2", "eu-west-1", RefreshReport.Status.UPDATED, "2026-09-25", 10, 5, 1, null),
                new RefreshReport.FileResult("AWSELB", "eu-west-1", RefreshReport.Status.UNCHANGED, "2026-09-30", 0, 4, 2, null)));
        assertThat(PriceDownload.summary("eu-west-1", report))
                .isEqualTo("Current prices for eu-west-1: one file downloaded, 1 unchanged.");
    }
}
