package com.cloudwright.fuzz;

import com.cloudwright.cfn.read.TemplateFormatException;
import com.cloudwright.cfn.read.TemplateImporter;
import com.cloudwright.io.DiagramReader;
import com.cloudwright.io.DiagramWriter;
import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;
import com.code_intelligence.jazzer.junit.FuzzTest;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Any bytes opened as a CloudFormation template either import as a diagram that saves and reads
 * back, or are refused with a {@link TemplateFormatException} naming the file; any other exception,
 * a hang or a heap past the fuzz runs' limit is a finding. Seeds: {@code TemplateImportFuzzTestInputs/},
 * a small hand-written template and two of the AWS samples the import tests use.
 */
class TemplateImportFuzzTest {

    private static final Palette PALETTE = Palette.bundled();
    private static final TemplateImporter IMPORTER = new TemplateImporter(PALETTE);
    private static final String NAME = "fuzzed-template.yaml";

    @FuzzTest(maxDuration = "10s")
    void importsOrRefusesNamingTheFile(byte[] bytes) throws Exception {
        try {
            Diagram diagram = IMPORTER.read(bytes, NAME, Map.of(), null);
            String saved = new DiagramWriter().write(diagram);
            Diagram again = new DiagramReader(PALETTE).read(saved.getBytes(java.nio.charset.StandardCharsets.UTF_8), "saved");
            assertThat(again.nodeCount()).isEqualTo(diagram.nodeCount());
        } catch (TemplateFormatException e) {
            assertThat(e.getMessage()).contains(NAME);
        }
    }
}
