package com.cloudwright.io;

import java.io.IOException;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file so that a crash or a full disk never leaves it half written: the bytes go to a
 * temporary file in the same folder, are flushed to disk, and replace the target in one rename.
 * The previous version is kept beside it as {@code NAME.bak}.
 */
public final class AtomicFile {

    private AtomicFile() {
    }

    public static Path backupOf(Path target) {
        return target.resolveSibling(target.getFileName() + ".bak");
    }

    public static void write(Path target, byte[] bytes) throws IOException {
        write(target, bytes, true);
    }

    /** @param keepBackup whether to keep the replaced version as {@code NAME.bak} */
    public static void write(Path target, byte[] bytes, boolean keepBackup) throws IOException {
        write(target, out -> out.write(bytes), keepBackup);
    }

    /** What goes into the file, written as a stream (a picture of any size need not fit in memory). */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputStream out) throws IOException;
    }

    /** @param keepBackup whether to keep the replaced version as {@code NAME.bak} */
    public static void write(Path target, Body body, boolean keepBackup) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path dir = absolute.getParent();
        if (dir == null || !Files.isDirectory(dir)) {
            throw new IOException(DiagramReader.TEXT.get("atomic.noFolder", dir));
        }
        if (Files.isDirectory(absolute)) {
            throw new IOException(absolute + " is a folder");
        }
        // Not Files.createTempFile: its owner-only permissions would stick to the saved file.
        Path tmp = dir.resolve("." + absolute.getFileName() + "." + Long.toHexString(System.nanoTime()) + ".tmp");
        try {
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                 OutputStream out = new BufferedOutputStream(Channels.newOutputStream(ch), 1 << 16)) {
                body.writeTo(out);
                out.flush();
                ch.force(true);
            }
            keepPermissions(absolute, tmp);
            if (keepBackup && Files.exists(absolute)) {
                Files.copy(absolute, backupOf(absolute), StandardCopyOption.REPLACE_EXISTING);
            }
            try {
                Files.move(tmp, absolute, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(tmp, absolute, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(tmp);
        }
    }

    /** A replaced file keeps its permissions (a shared diagram stays shared). */
    private static void keepPermissions(Path existing, Path replacement) throws IOException {
        if (Files.exists(existing) && Files.getFileStore(existing).supportsFileAttributeView("posix")) {
            Files.setPosixFilePermissions(replacement, Files.getPosixFilePermissions(existing));
        }
    }
}
