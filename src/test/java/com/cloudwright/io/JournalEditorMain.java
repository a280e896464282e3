package com.cloudwright.io;

import com.cloudwright.model.Diagram;

import java.nio.file.Path;

/**
 * The crash test's editor: opens a recovery store in {@code args[0]}, journals a diagram the way
 * the app does ({@link JournalRecorder}), applies {@link JournalScript}'s edits with {@code args[1]}
 * as the seed, and prints {@code EDIT k <epoch ms>} after each, until it is killed.
 */
public final class JournalEditorMain {

    private JournalEditorMain() {
    }

    public static void main(String[] args) throws Exception {
        RecoveryStore store = RecoveryStore.open(Path.of(args[0]));
        Diagram d = JournalScript.start();
        Journal journal = store.journal("doc");
        d.addListener(new JournalRecorder(journal, d, () -> null));
        JournalScript script = new JournalScript(Long.parseLong(args[1]));
        java.util.Random pause = new java.util.Random(Long.parseLong(args[1]) * 31);
        System.out.println("READY " + store.session());
        System.out.flush();
        for (int k = 1; k < 100_000; k++) {
            script.step(d);
            System.out.println("EDIT " + k + " " + System.currentTimeMillis());
            System.out.flush();
            Thread.sleep(3 + pause.nextInt(25));
        }
        System.exit(3);
    }
}
