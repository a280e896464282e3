package com.cloudwright.io;

import com.cloudwright.model.Diagram;
import com.cloudwright.model.DiagramChange;
import com.cloudwright.model.Edge;
import com.cloudwright.model.Node;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The edits of an open document since its last full copy, one line each, so that a crash loses
 * at most the last fraction of a second. The first line holds the whole diagram (the base); each
 * later line the nodes and edges an edit touched (their new file-format objects, or null for
 * removed ones) and the diagram's fields when they changed. {@link JournalReplay} reads it back,
 * up to the last whole line.
 *
 * <p>Lines are built on the caller's thread from the changed elements only (cheap), and written
 * by the journal's own thread every {@link #FLUSH_MILLIS} ms: one write and one fsync per batch,
 * never on the UI thread.
 */
public final class Journal implements AutoCloseable {

    static final String FORMAT = "cloudwright-journal";
    /** How long an edit may wait in memory before it is written and synced. */
    static final long FLUSH_MILLIS = 200;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path file;
    private final ScheduledExecutorService writer;
    private final List<String> pending = new ArrayList<>();
    private boolean restartPending;
    private boolean started;
    private boolean deletePending;
    private FileChannel channel;
    private long edits;

    Journal(Path file) {
        this.file = file;
        this.writer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "journal-writer");
            t.setDaemon(true);
            return t;
        });
        writer.scheduleWithFixedDelay(this::flush, FLUSH_MILLIS, FLUSH_MILLIS, TimeUnit.MILLISECONDS);
    }

    public Path file() {
        return file;
    }

    /** Starts over from the whole diagram: what was journalled before is dropped. */
    public synchronized void restart(Diagram diagram, String name, Path originalPath) {
        restart(new DiagramWriter().write(diagram), name, originalPath);
    }

    /** Starts over from a diagram already written as file text (an autosave's snapshot). */
    public synchronized void restart(String diagramText, String name, Path originalPath) {
        Map<String, Object> header = new LinkedHashMap<>();
        header.put("format", FORMAT);
        header.put("version", 1);
        header.put("at", Instant.now().toString());
        if (name != null) {
            header.put("name", name);
        }
        if (originalPath != null) {
            header.put("originalPath", originalPath.toAbsolutePath().toString());
        }
        header.put("base", diagramText);
        pending.clear();
        pending.add(line(header));
        restartPending = true;
        started = true;
        edits = 0;
    }

    /** True once {@link #restart} has given the journal a base (and until it is discarded). */
    public synchronized boolean started() {
        return started;
    }

    /** Journals one edit (undo and redo are edits too), reading the touched elements from the diagram. */
    public synchronized void record(Diagram diagram, DiagramChange change) {
        if (!started) {
            return;
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("seq", ++edits);
        line.put("at", Instant.now().toString());
        Map<String, Object> nodes = new LinkedHashMap<>();
        for (String id : change.nodeIds()) {
            nodes.put(id, diagram.node(id).map(DiagramWriter::nodeFields).orElse(null));
        }
        Map<String, Object> edges = new LinkedHashMap<>();
        for (String id : change.edgeIds()) {
            edges.put(id, diagram.edge(id).map(DiagramWriter::edgeFields).orElse(null));
        }
        line.put("nodes", nodes);
        line.put("edges", edges);
        if (change.fieldsChanged()) {
            Map<String, Object> fields = new LinkedHashMap<>();
            fields.put("name", diagram.name());
            fields.put("region", diagram.region());
            line.put("fields", fields);
        }
        pending.add(line(line));
    }

    /** Writes what is waiting and syncs it (the writer thread does this every {@link #FLUSH_MILLIS} ms). */
    public void flush() {
        synchronized (file) {
            List<String> batch;
            boolean truncate;
            boolean delete;
            synchronized (this) {
                if (pending.isEmpty() && !deletePending) {
                    return;
                }
                batch = new ArrayList<>(pending);
                pending.clear();
                truncate = restartPending;
                restartPending = false;
                delete = deletePending;
                deletePending = false;
            }
            try {
                if (delete) {
                    delete();
                }
                if (!batch.isEmpty()) {
                    writeBatch(batch, truncate);
                }
            } catch (IOException e) {
                // the autosave still keeps a full copy every few seconds; a journal that cannot be
                // written loses only what it would have added to that
            }
        }
    }

    private void delete() throws IOException {
        if (channel != null) {
            channel.close();
            channel = null;
        }
        Files.deleteIfExists(file);
    }

    private void writeBatch(List<String> batch, boolean truncate) throws IOException {
        if (channel == null) {
            if (!truncate) {
                return; // never started: no base to add edits to
            }
            Files.createDirectories(file.toAbsolutePath().getParent());
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
        }
        if (truncate) {
            channel.truncate(0);
            channel.position(0);
        }
        StringBuilder text = new StringBuilder();
        batch.forEach(text::append);
        ByteBuffer bytes = ByteBuffer.wrap(text.toString().getBytes(StandardCharsets.UTF_8));
        while (bytes.hasRemaining()) {
            channel.write(bytes);
        }
        channel.force(false);
    }

    /**
     * Stops journalling: the document is saved, or its copy discarded. The file goes with the next
     * flush; the next recorded change starts the journal afresh. Does no I/O itself.
     */
    public synchronized void discard() {
        pending.clear();
        restartPending = false;
        started = false;
        edits = 0;
        deletePending = true;
    }

    /** Writes what is waiting and stops the writer; the file stays. */
    @Override
    public void close() {
        writer.shutdownNow();
        flush();
        synchronized (file) {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException e) {
                    // closing after a final sync: nothing is lost
                }
                channel = null;
            }
        }
    }

    private static String line(Map<String, Object> fields) {
        try {
            return JSON.writeValueAsString(fields) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
