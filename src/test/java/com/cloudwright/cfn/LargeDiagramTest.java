package com.cloudwright.cfn;

import com.cloudwright.testing.ExportDiagrams;
import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The benchmark's generated diagram is a valid architecture and exports cleanly (no timing here). */
class LargeDiagramTest {

    @Test
    void generatedCellsValidateAndExport() {
        Diagram d = ExportDiagrams.cells(1000);
        assertThat(d.nodeCount()).isBetween(950, 1000);
        ExportResult r = CfnExporter.export(d, Palette.bundled(), ExportOptions.defaults());
        assertThat(r.problems()).isEmpty();
        assertThat(r.ok()).isTrue();
        assertThat(r.warnings()).anySatisfy(w -> assertThat(w).contains("CloudFormation allows 500"));
    }
}
