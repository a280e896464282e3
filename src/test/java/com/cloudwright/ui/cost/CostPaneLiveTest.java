package com.cloudwright.ui.cost;

import com.cloudwright.ui.shell.AppTestBase;
import com.cloudwright.ui.UiText;
import com.cloudwright.cost.FakePricingServerAccess;
import com.cloudwright.cost.LineItem;
import com.cloudwright.cost.PriceSources;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.TreeTableCell;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * "Live prices" in the Cost tab against Price List endpoints on loopback: the fake API (some
 * products known, others not), an endpoint that never answers (Cancel), and no credentials.
 */
class CostPaneLiveTest extends AppTestBase {

    private final List<AutoCloseable> toClose = new CopyOnWriteArrayList<>();

    @AfterEach
    void clearLiveSettings() throws Exception {
        for (AutoCloseable c : toClose) {
            c.close();
        }
        System.clearProperty(PriceSources.ENDPOINT_PROPERTY);
        System.clearProperty(PriceSources.CACHE_PROPERTY);
        System.clearProperty("aws.accessKeyId");
        System.clearProperty("aws.secretAccessKey");
    }

    private void endpoint(String uri) {
        System.setProperty(PriceSources.ENDPOINT_PROPERTY, uri);
        System.setProperty(PriceSources.CACHE_PROPERTY, tempDir.resolve("price-cache").toString());
    }

    private static void credentials() {
        System.setProperty("aws.accessKeyId", "AKIDEXAMPLE");
        System.setProperty("aws.secretAccessKey", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY");
    }

    private CostPane pane() {
        return lookup("#cost-pane").queryAs(CostPane.class);
    }

    private void openLampAndShowCost() {
        fx(() -> window.open(CostPaneTest.LAMP));
        waitUntil(() -> doc().file() != null && diagram().node("nat-a").isPresent());
        press(KeyCode.CONTROL, KeyCode.SHIFT).type(KeyCode.C).release(KeyCode.SHIFT, KeyCode.CONTROL);
        waitUntil(() -> lookup("#cost-pane").tryQuery().isPresent() && pane().model().estimate() != null
                && !pane().model().busyProperty().get());
    }

    private TreeTableCell<?, ?> cell(String column, Predicate<CostRows.Row> row) {
        fx(() -> assertThat(pane().reveal(row)).isNotNegative());
        return lookup((javafx.scene.Node n) -> n instanceof TreeTableCell<?, ?> c && c.isVisible()
                && c.getTableColumn() != null && ("cost-col-" + column).equals(c.getTableColumn().getId())
                && c.getItem() instanceof CostRows.Row r && row.test(r)).query();
    }

    private String details() {
        return lookup("#cost-details").queryAs(Label.class).getText();
    }

    @Test
    void livePricesComeFromTheApiAndEachLineItCannotPriceSaysItFellBackAndWhy() throws IOException {
        FakePricingServerAccess server = FakePricingServerAccess.start();
        toClose.add(server);
        endpoint(server.endpoint().toString());
        credentials();
        openLampAndShowCost();

        clickOn("#cost-live");
        waitUntil(() -> pane().model().estimate().priceSource().startsWith("AWS Price List API")
                && !pane().model().busyProperty().get());
        assertThat(server.calls()).isPositive();
        assertThat(lookup("#cost-source").queryAs(Label.class).getText()).contains("AWS Price List API", "falling back to");

        LineItem natHours = pane().model().estimate().node("nat-a").lines().get(0);
        assertThat(natHours.origin().source()).isEqualTo("AWS Price List API");
        TreeTableCell<?, ?> live = cell("source", CostPaneTest.line("nat-a", natHours.dimension()));
        assertThat(live.getText()).isEqualTo("AWS Price List API");

        LineItem asg = pane().model().estimate().node("web-asg").lines().get(0);
        assertThat(asg.origin().fallback()).isNotNull();
        TreeTableCell<?, ?> fellBack = cell("source", CostPaneTest.line("web-asg", asg.dimension()));
        assertThat(fellBack.getText()).isEqualTo("snapshot (live failed)");
        clickOn(cell("item", CostPaneTest.line("web-asg", asg.dimension())));
        waitUntil(() -> details().startsWith("Fell back to the snapshot: live price unavailable (the Price List has no product"));
        assertThat(lookup("#cost-message").query().isVisible()).isFalse();
    }

    @Test
    void anEndpointThatNeverAnswersShowsProgressAndCancelGoesBackToTheSnapshotWithoutBlocking() throws IOException {
        ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        toClose.add(silent);
        Thread acceptor = new Thread(() -> {
            try {
                while (!silent.isClosed()) {
                    Socket s = silent.accept();
                    toClose.add(s); // keep the connection open, never answer
                }
            } catch (IOException closed) {
                // test over
            }
        }, "silent-pricing-endpoint");
        acceptor.setDaemon(true);
        acceptor.start();
        endpoint("http://127.0.0.1:" + silent.getLocalPort());
        credentials();
        openLampAndShowCost();
        String offlineSource = pane().model().estimate().priceSource();

        clickOn("#cost-live");
        waitUntil(() -> lookup("#cost-progress-row").query().isVisible());
        assertThat(lookup("#cost-progress").queryAs(Label.class).getText()).startsWith("Asking the AWS Price List API for ");
        // The FX thread is free while the lookup hangs.
        long ping = System.nanoTime();
        fx(() -> doc().select("nat-a"));
        assertThat((System.nanoTime() - ping) / 1_000_000).as("ms for the FX thread to answer").isLessThan(1_000);
        assertThat(lookup("#cost-progress-row").query().isVisible()).as("still asking").isTrue();
        long start = System.nanoTime();
        clickOn("#cost-cancel");
        waitUntil(() -> !lookup("#cost-live").queryAs(CheckBox.class).isSelected());
        waitUntil(() -> !lookup("#cost-progress-row").query().isVisible());
        assertThat((System.nanoTime() - start) / 1_000_000).as("ms until cancelled").isLessThan(3_000);
        assertThat(lookup("#cost-message").queryAs(Label.class).getText()).isEqualTo(UiText.get("cost.cancelled"));
        waitUntil(() -> pane().model().estimate().priceSource().equals(offlineSource) && !pane().model().busyProperty().get());
    }

    @Test
    void withoutCredentialsEveryLineSaysWhyItUsesTheSnapshot() throws IOException {
        assumeTrue(System.getenv("AWS_ACCESS_KEY_ID") == null && System.getenv("AWS_PROFILE") == null
                && !Files.exists(Path.of(System.getProperty("user.home"), ".aws")), "this machine has AWS credentials");
        FakePricingServerAccess server = FakePricingServerAccess.start();
        toClose.add(server);
        endpoint(server.endpoint().toString());
        openLampAndShowCost();
        java.math.BigDecimal offlineTotal = pane().model().estimate().total();

        clickOn("#cost-live");
        waitUntil(() -> pane().model().estimate().priceSource().startsWith("AWS Price List API")
                && !pane().model().busyProperty().get());
        assertThat(server.calls()).isZero();
        assertThat(pane().model().estimate().total()).isEqualByComparingTo(offlineTotal);
        LineItem first = pane().model().estimate().pricedLines().get(0);
        TreeTableCell<?, ?> c = cell("source", CostPaneTest.line(first.nodeId(), first.dimension()));
        assertThat(c.getText()).isEqualTo("snapshot (live failed)");
        clickOn(cell("item", CostPaneTest.line(first.nodeId(), first.dimension())));
        waitUntil(() -> details().startsWith("Fell back to the snapshot: live price unavailable (no AWS credentials ("));
        assertThat(details()).doesNotContain("Exception", "\tat ");
    }
}
