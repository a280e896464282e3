package com.cloudwright.cost;

import com.cloudwright.io.DiagramReader;
import com.cloudwright.palette.Palette;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The monthly totals the READMEs quote are what the app computes for those examples today. */
class ReadmeTotalsTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({"01-under-1000-users, README.md", "03-over-10000-users, README.md",
            "05-highly-available-lamp, README.md", "01-under-1000-users, docs/README.ko.md"})
    void quotedTotalIsTheAppsTotal(String example, String readme) throws Exception {
        Palette palette = Palette.bundled();
        CostEstimate e = new CostEstimator(palette).estimate(
                new DiagramReader(palette).read(Path.of("examples", example + ".cwd.json")), "us-east-1",
                SnapshotPriceSource.bundled(), Cancellation.none());
        assertThat(Files.readString(Path.of(readme))).contains(CostFormat.money(e.total()));
    }
}
