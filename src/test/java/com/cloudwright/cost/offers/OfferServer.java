package com.cloudwright.cost.offers;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.zip.GZIPOutputStream;

/**
 * Serves the recorded bulk-file excerpts of {@code src/test/resources/cost/offers} on loopback
 * the way pricing.us-east-1.amazonaws.com does (a GET per path, gzip when asked and enabled),
 * records the paths asked for, and can replace a path's answer (another body, a status, a slow or
 * broken-off transfer) to play what the network does.
 */
public final class OfferServer implements AutoCloseable {

    /** What to answer for a path instead of the recorded file. */
    public record Answer(int status, byte[] body, long bytesPerSecond, long cutAfter) {
        public static Answer body(String json) {
            return new Answer(200, json.getBytes(java.nio.charset.StandardCharsets.UTF_8), 0, -1);
        }

        public static Answer status(int status) {
            return new Answer(status, new byte[0], 0, -1);
        }
    }

    private final HttpServer server;
    private final List<String> requests = new CopyOnWriteArrayList<>();
    private final Map<String, Answer> overrides = new ConcurrentHashMap<>();
    private volatile boolean gzip;
    private volatile long bytesPerSecond;

    public OfferServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    public URI base() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    /** Every path asked for, in order. */
    public List<String> requests() {
        return requests;
    }

    public long count(String pathPart) {
        return requests.stream().filter(p -> p.contains(pathPart)).count();
    }

    public OfferServer gzip(boolean on) {
        this.gzip = on;
        return this;
    }

    /** Sends every recorded file at most this fast (0: as fast as possible). */
    public OfferServer throttle(long bytesPerSecond) {
        this.bytesPerSecond = bytesPerSecond;
        return this;
    }

    public OfferServer answer(String path, Answer answer) {
        overrides.put(path, answer);
        return this;
    }

    /** The recorded file for a URL path, or null. */
    public static byte[] recorded(String path) throws IOException {
        try (InputStream in = OfferServer.class.getResourceAsStream("/cost/offers" + path)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        String path = ex.getRequestURI().getPath();
        requests.add(path);
        try (ex) {
            Answer a = overrides.get(path);
            if (a == null) {
                byte[] file = recorded(path);
                a = file == null ? Answer.status(404) : new Answer(200, file, bytesPerSecond, -1);
            }
            if (a.status() != 200) {
                ex.sendResponseHeaders(a.status(), -1);
                return;
            }
            byte[] body = a.body();
            boolean zipped = gzip && String.valueOf(ex.getRequestHeaders().getFirst("Accept-Encoding")).contains("gzip");
            if (zipped) {
                ByteArrayOutputStream z = new ByteArrayOutputStream();
                try (GZIPOutputStream out = new GZIPOutputStream(z)) {
                    out.write(body);
                }
                body = z.toByteArray();
                ex.getResponseHeaders().add("Content-Encoding", "gzip");
            }
            ex.getResponseHeaders().add("Content-Type", "application/json");
            ex.sendResponseHeaders(200, body.length);
            send(ex.getResponseBody(), body, a.bytesPerSecond(), a.cutAfter());
        } catch (IOException e) {
            // The client went away (a cancelled download): nothing to answer.
        }
    }

    private static void send(OutputStream out, byte[] body, long rate, long cutAfter) throws IOException {
        int chunk = rate > 0 ? (int) Math.max(1, Math.min(8192, rate / 20)) : 64 * 1024;
        long limit = cutAfter >= 0 ? Math.min(cutAfter, body.length) : body.length;
        for (int off = 0; off < limit; off += chunk) {
            int n = (int) Math.min(chunk, limit - off);
            out.write(body, off, n);
            out.flush();
            if (rate > 0) {
                try {
                    Thread.sleep(Math.max(1, n * 1000L / rate));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IOException("interrupted");
                }
            }
        }
        if (cutAfter >= 0) {
            throw new IOException("cut off on purpose");
        }
        out.close();
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
