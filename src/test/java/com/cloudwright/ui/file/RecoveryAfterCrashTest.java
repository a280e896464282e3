package com.cloudwright.ui.file;

import com.cloudwright.ui.shell.AppTestBase;
import com.cloudwright.io.RecoveryStore;
import com.cloudwright.model.Node;
import javafx.scene.control.DialogPane;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** Never lose work: an editor killed mid-edit leaves its autosave, and the next start restores it. */
class RecoveryAfterCrashTest extends AppTestBase {

    private Recovery recovery;

    @AfterEach
    void closeRecovery() {
        if (recovery != null) {
            recovery.close();
        }
    }

    private Path recoveryDir() {
        return tempDir.resolve("recovery");
    }

    @Test
    void aKilledEditorsWorkIsOfferedAndRestoredOnTheNextStart() throws Exception {
        killAnEditorMidEdit();

        fx(() -> {
            try {
                recovery = window.enableRecovery(RecoveryStore.open(recoveryDir()), Duration.ofMillis(200));
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        });
        waitUntil(() -> lookup("#recovery-dialog").tryQuery().isPresent());
        DialogPane dialog = lookup("#recovery-dialog").queryAs(DialogPane.class);
        assertThat(dialog.getHeaderText()).contains("did not close properly");
        clickOn(dialog.lookup("#recovery-restore"));

        waitUntil(() -> diagram().nodesOfType("ec2").size() == 1);
        Node web = diagram().nodesOfType("ec2").get(0);
        assertThat(web.label()).isEqualTo(CrashingEditorMain.LABEL);
        assertThat(doc().isDirty()).as("restored, not yet saved").isTrue();
        assertThat(window.stage().getTitle()).startsWith("*");
        // The dead run's copy is gone once this run holds its own.
        waitUntil(() -> recoveryFiles().size() == 1 && recoveryFiles().get(0).startsWith(ProcessHandle.current().pid() + "-"));
    }

    @Test
    void aCleanDocumentLeavesNoRecoveryFile() throws Exception {
        fx(() -> {
            try {
                recovery = window.enableRecovery(RecoveryStore.open(recoveryDir()), Duration.ofMillis(100));
            } catch (java.io.IOException e) {
                throw new AssertionError(e);
            }
        });
        fx(() -> window.gestures().addAt(doc().palette().require("s3"), 200, 200));
        waitUntil(() -> recoveryFiles().size() == 1);
        Path saved = tempDir.resolve("saved.cwd.json");
        dialogs.toSave.add(saved);
        press(javafx.scene.input.KeyCode.CONTROL).type(javafx.scene.input.KeyCode.S).release(javafx.scene.input.KeyCode.CONTROL);
        waitUntil(() -> Files.exists(saved) && !doc().isDirty());
        waitUntil(() -> recoveryFiles().isEmpty());
    }

    private void killAnEditorMidEdit() throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dglass.platform=Monocle", "-Dmonocle.platform=Headless", "-Dprism.order=sw", "-Dprism.text=t2k",
                "-Djava.awt.headless=true", "-Dcloudwright.home=" + tempDir.resolve("child-home"),
                "-cp", System.getProperty("java.class.path"),
                CrashingEditorMain.class.getName(), recoveryDir().toString()));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            StringBuilder seen = new StringBuilder();
            while ((line = out.readLine()) != null && !line.startsWith("AUTOSAVED")) {
                seen.append(line).append('\n');
                assertThat(line).as("the child editor:\n" + seen).doesNotStartWith("NOTHING AUTOSAVED");
            }
            assertThat(line).as("the child editor autosaved:\n" + seen).isEqualTo("AUTOSAVED");
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(recoveryFiles()).hasSize(1);
    }

    private List<String> recoveryFiles() throws java.io.IOException {
        if (!Files.isDirectory(recoveryDir())) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(recoveryDir())) {
            return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted().toList();
        }
    }
}
