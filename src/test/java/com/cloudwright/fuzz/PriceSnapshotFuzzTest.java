package com.cloudwright.fuzz;

import com.cloudwright.cost.PriceSnapshot;
import com.code_intelligence.jazzer.junit.FuzzTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any bytes given as a price snapshot ({@code cost --snapshot FILE}) either read as a snapshot or
 * are refused with an {@link IllegalArgumentException} naming the file; any other exception is a
 * finding. Seeds: {@code PriceSnapshotFuzzTestInputs/}, a cut of the bundled snapshot.
 */
class PriceSnapshotFuzzTest {

    private static final String NAME = "fuzzed-snapshot.json";

    @FuzzTest(maxDuration = "10s")
    void readsOrRefusesNamingTheSource(byte[] bytes) {
        try {
            PriceSnapshot snapshot = PriceSnapshot.read(bytes, NAME);
            assertThat(snapshot.entries()).allSatisfy(e -> assertThat(e.key()).isNotNull());
            assertThat(PriceSnapshot.read(snapshot.toJson(), NAME).entries()).hasSameSizeAs(snapshot.entries());
        } catch (IllegalArgumentException e) {
            assertThat(e.getMessage()).contains(NAME);
        }
    }
}
