package com.cloudwright.cost.offers;

import com.cloudwright.cost.Cancellation;
import com.cloudwright.cost.OnDemandTerms;
import com.cloudwright.cost.Price;
import com.cloudwright.cost.Product;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.LongConsumer;

/**
 * Reads an offer file as a stream of tokens, never as a whole: each product's attributes are read
 * into a small map and dropped unless the {@link ProductSelector} wants it, and only the selected
 * products' on-demand terms are read (the rest, Reserved terms included, are skipped unparsed).
 * Memory stays proportional to the products kept, whatever the file's size.
 *
 * <p>The published files list {@code products} before {@code terms}; a file that does not is
 * refused rather than buffered.
 */
final class OfferFileReader {

    /** How often (in products) cancellation is checked and progress reported. */
    static final int TICK = 2000;

    private final ObjectMapper json;

    OfferFileReader(ObjectMapper json) {
        this.json = json;
    }

    /** Thrown for a document that is not an offer file (the caller names the URL). */
    static final class NotAnOfferFile extends IllegalArgumentException {
        NotAnOfferFile(String message) {
            super(message);
        }
    }

    /**
     * @param productsSeen told the number of products read so far, every {@link #TICK} products (and as
     *                     often while the terms are read, so that byte progress keeps moving)
     * @throws java.util.concurrent.CancellationException when cancelled
     */
    OfferExtract read(InputStream in, ProductSelector selector, LongConsumer productsSeen, Cancellation cancellation)
            throws IOException {
        try (JsonParser p = json.getFactory().createParser(in)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new NotAnOfferFile("not a JSON object");
            }
            String offerCode = null;
            String version = null;
            String published = null;
            Map<String, Map<String, String>> kept = null;
            Map<String, Price> prices = new HashMap<>();
            long[] seen = {0};
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String field = p.currentName();
                JsonToken value = p.nextToken();
                switch (field) {
                    case "offerCode" -> offerCode = p.getValueAsString();
                    case "version" -> version = p.getValueAsString();
                    case "publicationDate" -> published = p.getValueAsString();
                    case "products" -> kept = products(p, value, selector, seen, productsSeen, cancellation);
                    case "terms" -> {
                        if (kept == null) {
                            throw new NotAnOfferFile("\"terms\" come before \"products\"");
                        }
                        terms(p, value, kept, prices, seen[0], productsSeen, cancellation);
                    }
                    default -> p.skipChildren();
                }
            }
            if (offerCode == null || kept == null) {
                throw new NotAnOfferFile(offerCode == null ? "no \"offerCode\"" : "no \"products\"");
            }
            productsSeen.accept(seen[0]);
            List<Product> products = new ArrayList<>();
            kept.forEach((sku, attributes) -> products.add(new Product(sku, attributes, prices.get(sku))));
            return new OfferExtract(offerCode, version, published, products, seen[0]);
        }
    }

    private Map<String, Map<String, String>> products(JsonParser p, JsonToken start, ProductSelector selector, long[] seen,
                                                      LongConsumer tick, Cancellation cancellation) throws IOException {
        if (start != JsonToken.START_OBJECT) {
            throw new NotAnOfferFile("\"products\" is not an object");
        }
        Map<String, Map<String, String>> kept = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String sku = p.currentName();
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new NotAnOfferFile("product " + sku + " is not an object");
            }
            Map<String, String> attributes = product(p);
            if (selector.wants(attributes)) {
                kept.put(sku, attributes);
            }
            if (++seen[0] % TICK == 0) {
                cancellation.check();
                tick.accept(seen[0]);
            }
        }
        return kept;
    }

    /** One product's attributes, {@code productFamily} among them (as the Query API parser does). */
    private static Map<String, String> product(JsonParser p) throws IOException {
        Map<String, String> attributes = new HashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            JsonToken value = p.nextToken();
            if (field.equals("attributes") && value == JsonToken.START_OBJECT) {
                while (p.nextToken() == JsonToken.FIELD_NAME) {
                    String name = p.currentName();
                    p.nextToken();
                    attributes.put(name, p.getValueAsString());
                }
            } else if (field.equals("productFamily") && value == JsonToken.VALUE_STRING) {
                attributes.put("productFamily", p.getText());
            } else {
                p.skipChildren();
            }
        }
        return attributes;
    }

    /** The selected products' on-demand prices; {@code tick} hears the product count as the terms go by. */
    private void terms(JsonParser p, JsonToken start, Map<String, Map<String, String>> kept, Map<String, Price> prices,
                       long products, LongConsumer tick, Cancellation cancellation) throws IOException {
        if (start != JsonToken.START_OBJECT) {
            throw new NotAnOfferFile("\"terms\" is not an object");
        }
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String termType = p.currentName();
            JsonToken value = p.nextToken();
            if (!termType.equals("OnDemand") || value != JsonToken.START_OBJECT) {
                p.skipChildren();
                continue;
            }
            long count = 0;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String sku = p.currentName();
                p.nextToken();
                if (kept.containsKey(sku)) {
                    JsonNode terms = json.readTree(p);
                    try {
                        Price price = OnDemandTerms.price(terms);
                        if (price != null) {
                            prices.put(sku, price);
                        }
                    } catch (IllegalArgumentException e) {
                        throw new NotAnOfferFile("the on-demand term of " + sku + ": " + e.getMessage());
                    }
                } else {
                    p.skipChildren();
                }
                if (++count % TICK == 0) {
                    cancellation.check();
                    tick.accept(products);
                }
            }
        }
    }
}
