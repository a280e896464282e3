package com.cloudwright.ui.file;

import com.cloudwright.ui.shell.AppTestBase;
import com.cloudwright.model.Diagram;
import javafx.scene.control.DialogPane;
import javafx.scene.input.KeyCode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** File → Open on each kind of bad file: an error dialog naming what and where; the open document stays. */
class OpenBadFileTest extends AppTestBase {

    static Stream<Arguments> badFiles() {
        return com.cloudwright.testing.BadDiagrams.cases();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void anErrorDialogAndTheDocumentUntouched(String name, String content, String reason) throws Exception {
        fx(() -> window.gestures().addAt(doc().palette().require("ec2"), 100, 100));
        Diagram before = diagram();
        long revision = before.revision();
        Path bad = tempDir.resolve("bad.cwd.json");
        Files.writeString(bad, content);
        dialogs.toOpen.add(bad);

        press(KeyCode.CONTROL).type(KeyCode.O).release(KeyCode.CONTROL);
        waitUntil(() -> lookup("#unsaved-dialog").tryQuery().isPresent());
        clickOn("Don't Save");
        waitUntil(() -> lookup("#error-dialog").tryQuery().isPresent());
        DialogPane pane = lookup("#error-dialog").queryAs(DialogPane.class);
        assertThat(pane.getContentText()).contains("bad.cwd.json").contains(reason);
        clickOn(pane.lookupButton(javafx.scene.control.ButtonType.OK));

        assertThat(diagram()).isSameAs(before);
        assertThat(diagram().revision()).isEqualTo(revision);
        assertThat(diagram().nodeCount()).isEqualTo(1);
    }
}
