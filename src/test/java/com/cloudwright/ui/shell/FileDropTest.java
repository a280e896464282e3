package com.cloudwright.ui.shell;

import com.cloudwright.testing.AwsSamples;
import com.cloudwright.ui.file.FileDrop;
import org.junit.jupiter.api.Test;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** A file dropped on the window from the desktop opens like File → Open; what cannot be opened is refused. */
class FileDropTest extends AppTestBase {

    @Test
    void aDroppedTemplateOpensAsADiagram() throws Exception {
        Path template = AwsSamples.copy(AwsSamples.VPC_NAT, tempDir, "vpc.yaml");
        Path notes = Files.writeString(tempDir.resolve("notes.txt"), "not a diagram");
        boolean[] accepted = new boolean[1];
        fx(() -> accepted[0] = FileDrop.drop(List.of(notes.toFile(), template.toFile()), window.files()));
        assertThat(accepted[0]).isTrue();
        waitUntil(() -> lookup("#parameters-dialog").tryQuery().isPresent());
        clickOn("Draw");
        waitUntil(() -> diagram().node("NATGateway0").isPresent());
        assertThat(doc().file()).as("an imported template is untitled").isNull();
    }

    @Test
    void aDroppedDiagramOpensWithItsFile() throws Exception {
        Path example = Path.of("examples/07-sns-fan-out.cwd.json").toAbsolutePath();
        fx(() -> FileDrop.drop(List.of(example.toFile()), window.files()));
        waitUntil(() -> example.equals(doc().file()));
        assertThat(diagram().nodeCount()).isGreaterThan(3);
    }

    @Test
    void nothingOpenableIsRefusedAndTheDocumentStays() throws Exception {
        var before = diagram();
        Path notes = Files.writeString(tempDir.resolve("notes.txt"), "not a diagram");
        boolean[] accepted = {true};
        fx(() -> accepted[0] = FileDrop.drop(List.of(notes.toFile(), new File(tempDir.toFile(), "gone.yaml")),
                window.files()));
        assertThat(accepted[0]).isFalse();
        assertThat(diagram()).isSameAs(before);
    }
}
