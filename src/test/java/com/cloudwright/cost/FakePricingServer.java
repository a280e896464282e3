package com.cloudwright.cost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.services.pricing.PricingClient;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * Answers GetProducts on loopback like the Price List Query API: TERM_MATCH filters over a small
 * catalogue of real-shaped products, {@code PriceList} elements as JSON strings, pages of
 * {@code pageSize} products joined by {@code NextToken}, and scripted failures (throttling, access
 * denied) answered before the catalogue.
 */
final class FakePricingServer implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** One recorded request. */
    record Call(String target, String contentType, String authorization, JsonNode body) {
    }

    private final HttpServer server;
    private final List<String> catalogue = new CopyOnWriteArrayList<>();
    private final List<Call> calls = new CopyOnWriteArrayList<>();
    private final Deque<int[]> scriptedStatus = new ArrayDeque<>();
    private final Deque<String> scriptedBody = new ArrayDeque<>();
    private volatile int pageSize = 100;
    private volatile long delayMillis;
    private volatile List<String> extraElements = List.of();

    FakePricingServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", this::handle);
        server.setExecutor(Executors.newFixedThreadPool(4));
        server.start();
    }

    URI endpoint() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    PricingClient client() {
        return PricingClients.create(endpoint(), credentials());
    }

    static StaticCredentialsProvider credentials() {
        return StaticCredentialsProvider.create(AwsBasicCredentials.create("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"));
    }

    List<Call> calls() {
        return calls;
    }

    FakePricingServer pageSize(int size) {
        this.pageSize = size;
        return this;
    }

    FakePricingServer delay(long millis) {
        this.delayMillis = millis;
        return this;
    }

    /** Elements appended to every answer's PriceList as they are (to send malformed ones). */
    FakePricingServer extraElements(List<String> elements) {
        this.extraElements = List.copyOf(elements);
        return this;
    }

    /** The next answer is this error instead of the catalogue. */
    synchronized FakePricingServer failNext(int status, String type, String message) {
        scriptedStatus.add(new int[] {status});
        scriptedBody.add("{\"__type\":\"" + type + "\",\"message\":\"" + message + "\"}");
        return this;
    }

    FakePricingServer add(String productJson) {
        catalogue.add(productJson);
        return this;
    }

    /** A product file of src/test/resources/cost/pricelist, with its regionCode as the current API sends it. */
    FakePricingServer addResource(String name, String regionCode) {
        try (InputStream in = getClass().getResourceAsStream("/cost/pricelist/" + name)) {
            ObjectNode item = (ObjectNode) JSON.readTree(in);
            ((ObjectNode) item.path("product").path("attributes")).put("regionCode", regionCode);
            return add(JSON.writeValueAsString(item));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    /** A product shaped like the API's: attributes, SKU, one on-demand term with one price dimension. */
    static String product(String sku, String serviceCode, String family, Map<String, String> attributes, String unit,
                          String usd, String description) {
        ObjectNode root = JSON.createObjectNode();
        ObjectNode product = root.putObject("product");
        product.put("productFamily", family);
        ObjectNode attrs = product.putObject("attributes");
        attrs.put("servicecode", serviceCode);
        attributes.forEach(attrs::put);
        product.put("sku", sku);
        root.put("serviceCode", serviceCode);
        ObjectNode term = root.putObject("terms").putObject("OnDemand").putObject(sku + ".JRTCKXETXF");
        ObjectNode dim = term.putObject("priceDimensions").putObject(sku + ".JRTCKXETXF.6YS6EN2CT7");
        dim.put("unit", unit);
        dim.put("endRange", "Inf");
        dim.put("description", description);
        dim.putArray("appliesTo");
        dim.put("rateCode", sku + ".JRTCKXETXF.6YS6EN2CT7");
        dim.put("beginRange", "0");
        dim.putObject("pricePerUnit").put("USD", usd);
        term.put("sku", sku);
        term.put("effectiveDate", "2026-08-01T00:00:00Z");
        term.put("offerTermCode", "JRTCKXETXF");
        term.putObject("termAttributes");
        root.put("version", "20260801000000");
        root.put("publicationDate", "2026-08-01T00:00:00Z");
        try {
            return JSON.writeValueAsString(root);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void handle(HttpExchange ex) throws IOException {
        byte[] requestBody = ex.getRequestBody().readAllBytes();
        JsonNode body = JSON.readTree(requestBody);
        calls.add(new Call(ex.getRequestHeaders().getFirst("X-Amz-Target"), ex.getRequestHeaders().getFirst("Content-Type"),
                ex.getRequestHeaders().getFirst("Authorization"), body));
        if (delayMillis > 0) {
            try {
                Thread.sleep(delayMillis);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        int[] status;
        String error;
        synchronized (this) {
            status = scriptedStatus.poll();
            error = scriptedBody.poll();
        }
        if (status != null) {
            ex.getResponseHeaders().add("x-amzn-ErrorType", JSON.readTree(error).path("__type").asText());
            send(ex, status[0], error);
            return;
        }
        List<String> matching = new ArrayList<>();
        for (String item : catalogue) {
            JsonNode p = JSON.readTree(item);
            if (!p.path("serviceCode").asText().equals(body.path("ServiceCode").asText())) {
                continue;
            }
            boolean all = true;
            for (JsonNode f : body.path("Filters")) {
                String field = f.path("Field").asText();
                String actual = field.equals("productFamily") ? p.path("product").path("productFamily").asText(null)
                        : p.path("product").path("attributes").path(field).asText(null);
                all &= f.path("Value").asText().equals(actual);
            }
            if (all) {
                matching.add(item);
            }
        }
        int start = body.hasNonNull("NextToken") ? Integer.parseInt(body.get("NextToken").asText().substring(4)) : 0;
        int size = Math.min(pageSize, body.path("MaxResults").asInt(100));
        int end = Math.min(matching.size(), start + size);
        ObjectNode answer = JSON.createObjectNode();
        answer.put("FormatVersion", "aws_v1");
        ArrayNode list = answer.putArray("PriceList");
        matching.subList(start, end).forEach(list::add);
        if (start == 0) {
            extraElements.forEach(list::add);
        }
        if (end < matching.size()) {
            answer.put("NextToken", "page" + end);
        }
        send(ex, 200, JSON.writeValueAsString(answer));
    }

    private static void send(HttpExchange ex, int status, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        ex.getResponseHeaders().add("Content-Type", "application/x-amz-json-1.1");
        ex.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = ex.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
