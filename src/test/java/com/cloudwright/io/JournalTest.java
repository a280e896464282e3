package com.cloudwright.io;

import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class JournalTest {

    private static final Palette PALETTE = Palette.bundled();

    @TempDir
    Path dir;

    private Journal journalled(Diagram d, Path file) {
        Journal journal = new Journal(file);
        d.addListener(new JournalRecorder(journal, d, () -> Path.of("/work/site.cwd.json")));
        return journal;
    }

    @Test
    void replayingGivesTheDiagramAsEdited() throws Exception {
        Path file = dir.resolve("doc.journal");
        Diagram d = JournalScript.start();
        JournalScript script = new JournalScript(7);
        try (Journal journal = journalled(d, file)) {
            for (int i = 0; i < 300; i++) {
                script.step(d);
            }
            journal.flush();
            JournalReplay.Replayed replayed = JournalReplay.replay(file, PALETTE).orElseThrow();
            assertThat(JournalScript.canonical(replayed.diagram())).isEqualTo(JournalScript.canonical(d));
            assertThat(replayed.edits()).isBetween(250, 299);
            assertThat(replayed.originalPath()).contains(Path.of("/work/site.cwd.json"));
            assertThat(JournalReplay.summary(file).orElseThrow().edits()).isEqualTo(replayed.edits());
        }
    }

    @Test
    void aTornLastLineIsLeftOutAndTheRestReplays() throws Exception {
        Path file = dir.resolve("doc.journal");
        Diagram d = JournalScript.start();
        JournalScript script = new JournalScript(11);
        String beforeLast;
        try (Journal journal = journalled(d, file)) {
            for (int i = 0; i < 40; i++) {
                script.step(d);
            }
            journal.flush();
            beforeLast = JournalScript.canonical(d);
        }
        byte[] whole = Files.readAllBytes(file);
        List<String> lines = List.of(new String(whole, StandardCharsets.UTF_8).split("\n"));
        // a crash in the middle of writing one more line, at every length it could have reached
        String extra = "{\"seq\": 999, \"at\": \"2026-12-06T00:00:00Z\", \"nodes\": {\"vpc\": null}, \"edges\": {}}";
        for (int cut = 0; cut < extra.length(); cut += 7) {
            Files.write(file, whole);
            Files.writeString(file, extra.substring(0, cut), StandardOpenOption.APPEND);
            JournalReplay.Replayed replayed = JournalReplay.replay(file, PALETTE).orElseThrow();
            assertThat(JournalScript.canonical(replayed.diagram())).as("cut at %d", cut).isEqualTo(beforeLast);
            assertThat(replayed.edits()).isEqualTo(lines.size() - 1);
        }
        // a damaged line in the middle: replay stops before it
        Files.write(file, whole);
        Files.writeString(file, "not json\n" + extra + "\n", StandardOpenOption.APPEND);
        assertThat(JournalScript.canonical(JournalReplay.replay(file, PALETTE).orElseThrow().diagram())).isEqualTo(beforeLast);
        // a base line cut short: nothing to replay
        Files.writeString(file, lines.get(0).substring(0, lines.get(0).length() / 2));
        assertThat(JournalReplay.replay(file, PALETTE)).isEmpty();
        assertThat(JournalReplay.summary(file)).isEmpty();
    }

    @Test
    void restartingTrimsTheJournalToANewBase() throws Exception {
        Path file = dir.resolve("doc.journal");
        Diagram d = JournalScript.start();
        JournalScript script = new JournalScript(3);
        try (Journal journal = journalled(d, file)) {
            for (int i = 0; i < 50; i++) {
                script.step(d);
            }
            journal.flush();
            long before = Files.size(file);
            journal.restart(d, d.name(), null);
            script.step(d);
            journal.flush();
            assertThat(Files.size(file)).isLessThan(before);
            JournalReplay.Replayed replayed = JournalReplay.replay(file, PALETTE).orElseThrow();
            assertThat(replayed.edits()).isLessThanOrEqualTo(1);
            assertThat(JournalScript.canonical(replayed.diagram())).isEqualTo(JournalScript.canonical(d));
        }
    }

    @Test
    void editsReachTheDiskWithinAFlushIntervalWithoutAnExplicitFlush() throws Exception {
        Path file = dir.resolve("doc.journal");
        Diagram d = JournalScript.start();
        try (Journal journal = journalled(d, file)) {
            JournalScript script = new JournalScript(5);
            script.step(d);
            script.step(d);
            long deadline = System.currentTimeMillis() + 1000;
            while (!(Files.exists(file) && JournalReplay.summary(file).map(s -> s.edits() >= 1).orElse(false))
                    && System.currentTimeMillis() < deadline) {
                Thread.sleep(20);
            }
            assertThat(JournalReplay.summary(file)).isPresent();
            assertThat(JournalReplay.summary(file).get().edits()).isGreaterThanOrEqualTo(1);
        }
    }

    @Test
    void discardingDeletesTheJournalAndTheNextEditStartsAfresh() throws Exception {
        Path file = dir.resolve("doc.journal");
        Diagram d = JournalScript.start();
        try (Journal journal = journalled(d, file)) {
            JournalScript script = new JournalScript(9);
            script.step(d);
            journal.flush();
            assertThat(file).exists();
            journal.discard();
            journal.flush();
            assertThat(file).doesNotExist();
            script.step(d);
            journal.flush();
            JournalReplay.Replayed replayed = JournalReplay.replay(file, PALETTE).orElseThrow();
            assertThat(replayed.edits()).isZero();
            assertThat(JournalScript.canonical(replayed.diagram())).isEqualTo(JournalScript.canonical(d));
        }
    }
}
