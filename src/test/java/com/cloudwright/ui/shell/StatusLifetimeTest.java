package com.cloudwright.ui.shell;

import javafx.util.Duration;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A status message leaves the status bar a while after it was said; a newer one gets its own while. */
class StatusLifetimeTest extends AppTestBase {

    @Test
    void aMessageClearsAfterItsLifetimeAndANewerOneRestartsIt() throws Exception {
        fx(() -> StatusLifetime.install(doc(), Duration.millis(600)));
        long start = System.nanoTime();
        fx(() -> doc().say("Refused"));
        Thread.sleep(300);
        fx(() -> doc().say("Connected"));
        Thread.sleep(400);
        assertThat(doc().statusProperty().get()).as("the newer message has its own while").isEqualTo("Connected");
        waitUntil(() -> doc().statusProperty().get().isEmpty());
        assertThat((System.nanoTime() - start) / 1_000_000).isGreaterThanOrEqualTo(900);
    }
}
