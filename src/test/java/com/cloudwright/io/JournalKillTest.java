package com.cloudwright.io;

import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Kills an editing process with SIGKILL at random moments and recovers what it journalled: the
 * recovered diagram is always one the editor had, never older than its last edit made a second
 * or more before the kill, and never unreadable.
 */
class JournalKillTest {

    private static final int KILLS = Integer.getInteger("cloudwright.journalKills", 50);
    private static final Palette PALETTE = Palette.bundled();

    @TempDir
    Path dir;

    @Test
    void everyKillRecoversARecentState() throws Exception {
        Random random = new Random(20261206);
        int recovered = 0;
        int olderThanASecondChecked = 0;
        for (int kill = 0; kill < KILLS; kill++) {
            long seed = random.nextLong();
            Path store = dir.resolve("run" + kill);
            Outcome outcome = runAndKill(store, seed, 300 + random.nextInt(1700));
            try (RecoveryStore recovery = RecoveryStore.open(store)) {
                List<RecoveryEntry> pending = recovery.pending();
                if (outcome.lastEdit == 0) {
                    continue;
                }
                assertThat(pending).as("kill %d after %d edits", kill, outcome.lastEdit).hasSize(1);
                Diagram restored = recovery.restore(pending.get(0), PALETTE).diagram();
                int step = matchingStep(seed, JournalScript.canonical(restored), outcome.lastEdit + 1);
                assertThat(step).as("kill %d: the recovered diagram is one the editor had", kill).isPositive();
                assertThat(step).as("kill %d: not older than the last edit made a second before", kill)
                        .isGreaterThanOrEqualTo(outcome.secureEdit);
                assertThat(pending.get(0).edits()).as("kill %d: edits journalled after the base", kill).isBetween(0, step - 1);
                recovered++;
                if (outcome.secureEdit > 0) {
                    olderThanASecondChecked++;
                }
            }
        }
        System.out.printf("journal kill test: %d kills, %d recoveries, %d with edits a second old to keep, 0 corrupted%n",
                KILLS, recovered, olderThanASecondChecked);
        assertThat(recovered).isGreaterThan(KILLS / 2);
        assertThat(olderThanASecondChecked).isGreaterThan(KILLS / 5);
    }

    /** The step after which the script's diagram reads like {@code canonical}, or 0. */
    private static int matchingStep(long seed, String canonical, int upTo) {
        Diagram d = JournalScript.start();
        JournalScript script = new JournalScript(seed);
        int found = 0;
        for (int k = 1; k <= upTo; k++) {
            script.step(d);
            if (JournalScript.canonical(d).equals(canonical)) {
                found = k;
            }
        }
        return found;
    }

    private record Outcome(int lastEdit, int secureEdit) {
    }

    private static Outcome runAndKill(Path store, long seed, int delayMillis) throws Exception {
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:TieredStopAtLevel=1", "-Xshare:auto", "-cp", System.getProperty("java.class.path"),
                JournalEditorMain.class.getName(), store.toString(), Long.toString(seed))
                .redirectErrorStream(true).start();
        ConcurrentHashMap<Integer, Long> editedAt = new ConcurrentHashMap<>();
        CountDownLatch ready = new CountDownLatch(1);
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    if (line.startsWith("READY")) {
                        ready.countDown();
                    } else if (line.startsWith("EDIT ")) {
                        String[] parts = line.split(" ");
                        editedAt.put(Integer.parseInt(parts[1]), Long.parseLong(parts[2]));
                    }
                }
            } catch (java.io.IOException e) {
                // the child is gone
            }
        });
        reader.start();
        assertThat(ready.await(30, TimeUnit.SECONDS)).as("the editor started").isTrue();
        Thread.sleep(delayMillis);
        long killedAt = System.currentTimeMillis();
        child.destroyForcibly();
        assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        reader.join(5000);
        int last = editedAt.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
        int secure = new ArrayList<>(editedAt.entrySet()).stream().filter(e -> e.getValue() <= killedAt - 1000)
                .mapToInt(java.util.Map.Entry::getKey).max().orElse(0);
        return new Outcome(last, secure);
    }
}
