package com.cloudwright.ui.cost;

import com.cloudwright.cost.LineItem;
import com.cloudwright.cost.offers.OfferCache;
import com.cloudwright.cost.offers.OfferLocation;
import com.cloudwright.cost.offers.OfferServer;
import com.cloudwright.ui.shell.AppTestBase;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "Download current prices" in the Cost tab against the recorded bulk files on loopback: the lines
 * of a Region the snapshot lacks get prices, progress shows file, bytes and products, and Cancel
 * stops a slow download without blocking the FX thread and leaves the earlier prices.
 */
class CostPaneDownloadTest extends AppTestBase {

    static final String SEOUL = "ap-northeast-2";
    static final String SEOUL_EC2 = "/offers/v1.0/aws/AmazonEC2/20260925190432/ap-northeast-2/index.json";

    private OfferServer server;
    private String url;
    private String dir;

    @BeforeEach
    void serve() throws IOException {
        server = new OfferServer();
        url = System.getProperty(OfferLocation.URL_PROPERTY);
        dir = System.getProperty(OfferCache.DIR_PROPERTY);
        System.setProperty(OfferLocation.URL_PROPERTY, server.base().toString());
        System.setProperty(OfferCache.DIR_PROPERTY, tempDir.resolve("offers").toString());
    }

    @AfterEach
    void stopServing() {
        server.close();
        restore(OfferLocation.URL_PROPERTY, url);
        restore(OfferCache.DIR_PROPERTY, dir);
    }

    private static void restore(String key, String value) {
        if (value == null) {
            System.clearProperty(key);
        } else {
            System.setProperty(key, value);
        }
    }

    private CostPane pane() {
        return lookup("#cost-pane").queryAs(CostPane.class);
    }

    private void openLampInSeoul() {
        fx(() -> window.open(CostPaneTest.LAMP));
        waitUntil(() -> doc().file() != null && diagram().node("nat-a").isPresent());
        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.C).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> lookup("#cost-pane").tryQuery().isPresent() && pane().model().estimate() != null
                && !pane().model().busyProperty().get());
        fx(() -> pane().model().chooseRegion(SEOUL));
        waitUntil(() -> pane().model().estimate().region().equals(SEOUL) && !pane().model().busyProperty().get());
    }

    /** The app tier's m5.large hours: absent from the Seoul snapshot, in the recorded AmazonEC2 file. */
    private LineItem appInstanceHours() {
        return pane().model().estimate().node("app-asg").lines().stream().filter(l -> l.dimension().equals("instance"))
                .findFirst().orElseThrow();
    }

    private String message() {
        return lookup("#cost-message").queryAs(Label.class).getText();
    }

    @Test
    void downloadingPricesTheSeoulLinesTheSnapshotLacks() {
        openLampInSeoul();
        assertThat(appInstanceHours().priced()).isFalse();
        assertThat(appInstanceHours().missing()).contains("in ap-northeast-2 in the snapshot");

        clickOn("#cost-download");
        waitUntil(() -> message().startsWith("Current prices for ap-northeast-2: "));
        assertThat(message()).isEqualTo("Current prices for ap-northeast-2: 16 files downloaded, 0 unchanged.");
        waitUntil(() -> appInstanceHours().priced() && !pane().model().busyProperty().get());

        assertThat(appInstanceHours().unitPrice()).isEqualByComparingTo("0.118");
        assertThat(appInstanceHours().origin().source()).isEqualTo("AWS Price List bulk files");
        assertThat(appInstanceHours().origin().asOf()).isEqualTo("2026-09-25");
        assertThat(pane().model().estimate().lines().stream().filter(l -> !l.priced())
                .map(l -> l.nodeId() + "/" + l.dimension()).sorted())
                .as("only the Seoul prices no public source gives, and the class no one prices, stay unpriced")
                .containsExactlyElementsOf(java.util.stream.Stream.concat(
                        com.cloudwright.cost.offers.SeoulFromBulkFilesTest.UNSOURCED_IN_SEOUL.stream(),
                        java.util.stream.Stream.of("legacy-db/instance")).sorted().toList());
        assertThat(lookup("#cost-source").queryAs(Label.class).getText())
                .startsWith("Prices: AWS Price List bulk files downloaded for ap-northeast-2, else the bundled price snapshot");
        assertThat(pane().model().regions()).startsWith("us-east-1").contains(SEOUL, "ap-southeast-7");
        assertThat(lookup("#cost-download-row").query().isVisible()).isFalse();

        clickOn("#cost-download");
        waitUntil(() -> message().endsWith("0 files downloaded, 16 unchanged.") || message().contains("no files downloaded"));
        assertThat(server.count(SEOUL_EC2)).as("EC2 file downloads").isEqualTo(1);
    }

    @Test
    void aSlowDownloadShowsProgressAndCancelStopsItWithoutBlockingTheFxThread() throws IOException {
        openLampInSeoul();
        byte[] ec2 = OfferServer.recorded(SEOUL_EC2);
        server.answer(SEOUL_EC2, new OfferServer.Answer(200, ec2, 1_000, -1));

        clickOn("#cost-download");
        waitUntil(() -> lookup("#cost-download-row").query().isVisible()
                && lookup("#cost-download-progress").queryAs(Label.class).getText().startsWith("Downloading AmazonEC2 (file 6 of 16): "));
        assertThat(lookup("#cost-download-progress").queryAs(Label.class).getText()).contains(" of 14.9 KB, ");
        assertThat(lookup("#cost-download").query().isDisabled()).isTrue();
        waitUntil(() -> lookup("#cost-download-bar").queryAs(ProgressBar.class).getProgress() > 0);
        long ping = System.nanoTime();
        fx(() -> doc().select("nat-a"));
        assertThat((System.nanoTime() - ping) / 1_000_000).as("ms for the FX thread to answer").isLessThan(1_000);

        long start = System.nanoTime();
        clickOn("#cost-download-cancel");
        waitUntil(() -> !lookup("#cost-download-row").query().isVisible());
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms until cancelled").isLessThan(3_000);
        assertThat(message()).isEqualTo(
                "Download of the prices for ap-northeast-2 cancelled: prices downloaded before stay as they were.");
        Path offers = tempDir.resolve("offers");
        assertThat(Files.exists(offers.resolve("AmazonEC2").resolve(SEOUL + ".json"))).isFalse();
        assertThat(Files.exists(offers.resolve("AWSELB").resolve(SEOUL + ".json"))).as("finished before Cancel").isTrue();
        waitUntil(() -> !pane().model().busyProperty().get());
        assertThat(appInstanceHours().priced()).isFalse();
    }
}
