package com.cloudwright.examples;

import com.cloudwright.io.BundledExamples;
import com.cloudwright.io.DiagramReader;
import com.cloudwright.model.Diagram;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** File → Examples reads the examples from the class path: every one of the folder's, each the same diagram. */
class BundledExamplesTest {

    @Test
    void everyExampleInTheFolderIsBundledInOrder() {
        assertThat(BundledExamples.files()).containsExactlyElementsOf(
                ExamplesTest.examples().map(p -> p.getFileName().toString()).toList());
    }

    @Test
    void aBundledExampleIsTheDiagramOfItsFile() throws Exception {
        for (String file : BundledExamples.files()) {
            Diagram bundled = BundledExamples.read(ExamplesTest.PALETTE, file);
            Diagram onDisk = new DiagramReader(ExamplesTest.PALETTE).read(Path.of("examples", file));
            assertThat(bundled.name()).as(file).isEqualTo(onDisk.name()).isNotBlank();
            assertThat(bundled.nodeCount()).as(file).isEqualTo(onDisk.nodeCount()).isPositive();
            assertThat(bundled.edgeCount()).as(file).isEqualTo(onDisk.edgeCount());
        }
    }
}
