package com.cloudwright.io;

import com.cloudwright.model.Diagram;
import com.cloudwright.palette.Palette;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Crash recovery: autosaved copies of the open documents in {@code AppDirs.data()/recovery/}.
 *
 * <p>Each running Cloudwright opens one store, which names a session ({@code <pid>-<random>}) and
 * holds an OS file lock on {@code <session>.lock} for as long as it runs; the operating system
 * drops that lock when the process dies, however it dies. Each document is written, atomically,
 * to {@code <session>--<documentKey>.json}: the diagram's file text, its original path and the
 * time. A recovery file whose session lock nobody holds was left by a run that did not exit
 * cleanly: {@link #pending()} lists those, taking their session's lock first, so two instances
 * starting together never both offer (or delete) the same file, and a running instance's files
 * are never touched. {@link #close()} on a clean exit deletes this session's files.
 *
 * <p>Thread-safe: saves may run on a background thread (take the text on the UI thread with
 * {@code new DiagramWriter().write(diagram)}, then call {@link #save(String, String, String, Path)}).
 */
public final class RecoveryStore implements AutoCloseable {

    static final String FORMAT = "cloudwright-recovery";
    private static final String LOCK = ".lock";
    private static final String DOC = ".json";
    private static final String JOURNAL = ".journal";
    private static final String SEPARATOR = "--";

    /**
     * Sessions whose lock some store of this JVM holds. Checked before touching a lock file: on
     * POSIX systems closing any channel on a file drops every lock the process has on it, so a
     * store must never open (and close) a lock file another store of the same JVM holds.
     */
    private static final Set<String> HELD_HERE = ConcurrentHashMap.newKeySet();

    private final ObjectMapper json = new ObjectMapper();
    private final Path dir;
    private final String session;
    private final FileChannel lockChannel;
    private final FileLock lock;
    /** Sessions of dead runs whose files this store has claimed: their locks, held. */
    private final Map<String, FileLock> claimed = new HashMap<>();
    private boolean closed;

    private RecoveryStore(Path dir) throws IOException {
        this.dir = dir;
        Files.createDirectories(dir);
        this.session = ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8);
        Path lockFile = dir.resolve(session + LOCK);
        this.lockChannel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        this.lock = lockChannel.lock();
        HELD_HERE.add(session);
        lockChannel.write(java.nio.ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.UTF_8)));
    }

    /** The store in the user's data folder ({@code cloudwright.home} moves it, for tests). */
    public static RecoveryStore open() throws IOException {
        return open(AppDirs.data().resolve("recovery"));
    }

    public static RecoveryStore open(Path dir) throws IOException {
        return new RecoveryStore(dir);
    }

    public Path directory() {
        return dir;
    }

    /** This run's session id. */
    public String session() {
        return session;
    }

    /** Writes the document's recovery file (atomically: a crash mid-write leaves the previous one). */
    public Path save(String documentKey, Diagram diagram, Path originalPath) throws IOException {
        return save(documentKey, diagram.name(), new DiagramWriter().write(diagram), originalPath);
    }

    /**
     * Writes the document's recovery file from its text.
     *
     * @param documentKey identifies the open document within this run (letters, digits, '_')
     * @param diagramText the diagram as {@link DiagramWriter} writes it
     * @param originalPath the file it was opened from or saved to, or null for a new document
     */
    public synchronized Path save(String documentKey, String name, String diagramText, Path originalPath) throws IOException {
        checkOpen();
        ObjectNode root = json.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", 1);
        root.put("session", session);
        root.put("pid", ProcessHandle.current().pid());
        root.put("document", documentKey);
        root.put("savedAt", Instant.now().toString());
        if (name != null) {
            root.put("name", name);
        }
        if (originalPath != null) {
            root.put("originalPath", originalPath.toAbsolutePath().toString());
        }
        root.put("diagram", diagramText);
        Path file = fileOf(session, documentKey);
        AtomicFile.write(file, json.writerWithDefaultPrettyPrinter().writeValueAsBytes(root), false);
        return file;
    }

    /** Forgets this run's copy of a document (saved, or closed without saving). */
    public synchronized void discard(String documentKey) throws IOException {
        Files.deleteIfExists(fileOf(session, documentKey));
    }

    /**
     * The journal of a document's edits in this run, beside its autosaved copy: its own file per
     * run and document, so two windows or two instances never share one.
     */
    public Journal journal(String documentKey) {
        checkOpen();
        return new Journal(journalOf(fileOf(session, documentKey)));
    }

    /**
     * Recovery files of runs that did not exit cleanly, newest first. Their sessions are claimed
     * by this store until {@link #discard(RecoveryEntry)} or {@link #close()}. Damaged recovery
     * files are skipped.
     */
    public synchronized List<RecoveryEntry> pending() throws IOException {
        checkOpen();
        List<RecoveryEntry> out = new ArrayList<>();
        for (Path file : list(DOC)) {
            String owner = sessionOf(file);
            if (owner == null || owner.equals(session) || !claim(owner)) {
                continue;
            }
            if (!Files.exists(journalOf(file))) {
                read(file).ifPresent(out::add);
            }
        }
        for (Path journal : list(JOURNAL)) {
            String owner = sessionOf(journal);
            if (owner == null || owner.equals(session) || !claim(owner)) {
                continue;
            }
            Optional<RecoveryEntry> entry = fromJournal(journal);
            if (entry.isPresent()) {
                out.add(entry.get());
            } else {
                // a journal torn before its first line: the autosaved copy beside it, if any
                read(snapshotOf(journal)).ifPresent(out::add);
            }
        }
        for (Path lockFile : list(LOCK)) {
            String owner = lockFile.getFileName().toString();
            owner = owner.substring(0, owner.length() - LOCK.length());
            if (!owner.equals(session) && !claimed.containsKey(owner) && claim(owner)) {
                releaseIfEmpty(owner);
            }
        }
        out.sort(Comparator.comparing(RecoveryEntry::savedAt).reversed());
        return out;
    }

    /** Reads a pending document back. */
    public RecoveredDocument restore(RecoveryEntry entry, Palette palette) throws IOException, DiagramFormatException {
        if (entry.file().getFileName().toString().endsWith(JOURNAL)) {
            Optional<JournalReplay.Replayed> replayed = JournalReplay.replay(entry.file(), palette);
            if (replayed.isPresent()) {
                return new RecoveredDocument(replayed.get().diagram(), replayed.get().originalPath(), replayed.get().lastEdit(),
                        replayed.get().edits());
            }
            Path snapshot = snapshotOf(entry.file());
            return restore(read(snapshot).orElseThrow(() -> new DiagramFormatException(entry.file().toString(), "$",
                    DiagramReader.TEXT.get("recovery.noDiagram"))), palette);
        }
        JsonNode root = json.readTree(Files.readAllBytes(entry.file()));
        JsonNode text = root.get("diagram");
        if (text == null || !text.isTextual()) {
            throw new DiagramFormatException(entry.file().toString(), "$.diagram", DiagramReader.TEXT.get("recovery.noDiagram"));
        }
        Diagram diagram = new DiagramReader(palette).read(text.asText().getBytes(StandardCharsets.UTF_8),
                entry.originalPath().map(Path::toString).orElse(entry.file().toString()));
        return new RecoveredDocument(diagram, entry.originalPath(), entry.savedAt(), 0);
    }

    /** Deletes a pending recovery file (restored and re-saved, or declined). */
    public synchronized void discard(RecoveryEntry entry) throws IOException {
        Files.deleteIfExists(entry.file());
        Files.deleteIfExists(entry.file().getFileName().toString().endsWith(JOURNAL)
                ? snapshotOf(entry.file()) : journalOf(entry.file()));
        releaseIfEmpty(entry.session());
    }

    /** A clean exit: this run's recovery files go, its lock is released; claimed ones stay for later. */
    @Override
    public synchronized void close() throws IOException {
        if (closed) {
            return;
        }
        closed = true;
        for (Path file : list(DOC)) {
            if (session.equals(sessionOf(file))) {
                Files.deleteIfExists(file);
            }
        }
        for (Path file : list(JOURNAL)) {
            if (session.equals(sessionOf(file))) {
                Files.deleteIfExists(file);
            }
        }
        for (Map.Entry<String, FileLock> e : claimed.entrySet()) {
            e.getValue().channel().close();
            HELD_HERE.remove(e.getKey());
        }
        claimed.clear();
        Files.deleteIfExists(dir.resolve(session + LOCK));
        lock.release();
        lockChannel.close();
        HELD_HERE.remove(session);
    }

    private boolean claim(String owner) throws IOException {
        if (claimed.containsKey(owner)) {
            return true;
        }
        if (!HELD_HERE.add(owner)) {
            return false; // another store of this JVM runs or claimed it
        }
        FileChannel channel = FileChannel.open(dir.resolve(owner + LOCK), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        FileLock l;
        try {
            l = channel.tryLock();
        } catch (OverlappingFileLockException | IOException e) {
            l = null;
        }
        if (l == null) {
            channel.close();
            HELD_HERE.remove(owner);
            return false;
        }
        claimed.put(owner, l);
        return true;
    }

    private void releaseIfEmpty(String owner) throws IOException {
        FileLock l = claimed.get(owner);
        if (l == null) {
            return;
        }
        for (Path file : list(DOC)) {
            if (owner.equals(sessionOf(file))) {
                return;
            }
        }
        for (Path file : list(JOURNAL)) {
            if (owner.equals(sessionOf(file))) {
                return;
            }
        }
        claimed.remove(owner);
        Files.deleteIfExists(dir.resolve(owner + LOCK));
        l.channel().close();
        HELD_HERE.remove(owner);
    }

    private Optional<RecoveryEntry> read(Path file) {
        try {
            JsonNode root = json.readTree(Files.readAllBytes(file));
            if (root == null || !FORMAT.equals(root.path("format").asText())) {
                return Optional.empty();
            }
            Instant savedAt = Instant.parse(root.path("savedAt").asText());
            JsonNode original = root.get("originalPath");
            JsonNode name = root.get("name");
            return Optional.of(new RecoveryEntry(file, root.path("session").asText(), root.path("document").asText(),
                    savedAt, original == null || original.isNull() ? Optional.empty() : Optional.of(Path.of(original.asText())),
                    name == null || name.isNull() ? null : name.asText(), 0));
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException | DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private List<Path> list(String suffix) throws IOException {
        List<Path> out = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + suffix)) {
            for (Path f : files) {
                if (!f.getFileName().toString().startsWith(".")) {
                    out.add(f);
                }
            }
        }
        out.sort(Comparator.naturalOrder());
        return out;
    }

    private Path fileOf(String owner, String documentKey) {
        String key = documentKey == null || documentKey.isBlank() ? "document"
                : documentKey.replaceAll("[^A-Za-z0-9_]", "_");
        return dir.resolve(owner + SEPARATOR + key + DOC);
    }

    private static Path journalOf(Path snapshot) {
        String name = snapshot.getFileName().toString();
        return snapshot.resolveSibling(name.substring(0, name.length() - DOC.length()) + JOURNAL);
    }

    private static Path snapshotOf(Path journal) {
        String name = journal.getFileName().toString();
        return journal.resolveSibling(name.substring(0, name.length() - JOURNAL.length()) + DOC);
    }

    /** A pending entry from a journal's header and lines: the time of its last edit and how many. */
    private Optional<RecoveryEntry> fromJournal(Path journal) {
        try {
            Optional<JournalReplay.Summary> summary = JournalReplay.summary(journal);
            if (summary.isEmpty()) {
                return Optional.empty();
            }
            String name = journal.getFileName().toString();
            String key = name.substring(name.indexOf(SEPARATOR) + SEPARATOR.length(), name.length() - JOURNAL.length());
            JournalReplay.Summary s = summary.get();
            return Optional.of(new RecoveryEntry(journal, sessionOf(journal), key, s.lastEdit(), s.originalPath(), s.name(), s.edits()));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String sessionOf(Path file) {
        String name = file.getFileName().toString();
        int sep = name.indexOf(SEPARATOR);
        return sep <= 0 ? null : name.substring(0, sep);
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("the recovery store is closed");
        }
    }
}
