package com.cloudwright.validate;

import com.cloudwright.testing.WellArchitectedCells;
import com.cloudwright.model.Diagram;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Keeps the benchmark honest: its diagrams have the size it claims and are valid architectures. */
class WellArchitectedCellsTest {

    @Test
    void aThousandNodesOfSoundArchitecture() {
        Diagram d = WellArchitectedCells.cells(1000);
        assertThat(d.nodeCount()).isEqualTo(1000);
        ValidationReport report = RuleCase.validator().validate(d);
        assertThat(report.count(Severity.ERROR)).isZero();
        assertThat(report.problems()).extracting(Problem::ruleId).containsOnly("CW-N007", "CW-K004");
    }
}
