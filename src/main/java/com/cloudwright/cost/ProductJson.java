package com.cloudwright.cost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How a product is kept on disk, in the query cache and in the cache of downloaded offer files
 * alike: its SKU, its attributes (sorted, so the bytes are deterministic) and its on-demand tiers.
 */
public final class ProductJson {

    private ProductJson() {
    }

    /** Appends the product to {@code list}. */
    public static void write(ArrayNode list, Product p) {
        ObjectNode n = list.addObject();
        n.put("sku", p.sku());
        ObjectNode attributes = n.putObject("attributes");
        new TreeMap<>(p.attributes()).forEach(attributes::put);
        if (p.onDemand() != null) {
            n.put("unit", p.onDemand().apiUnit());
            ArrayNode tiers = n.putArray("tiers");
            for (Price.Tier t : p.onDemand().tiers()) {
                ObjectNode tn = tiers.addObject();
                tn.put("from", t.from().toPlainString());
                if (t.to() != null) {
                    tn.put("to", t.to().toPlainString());
                }
                tn.put("usd", t.usd().toPlainString());
            }
        }
    }

    /** @throws RuntimeException (NumberFormatException and the like) when the node is not one {@link #write} wrote */
    public static Product read(JsonNode p) {
        Map<String, String> attributes = new LinkedHashMap<>();
        p.path("attributes").fields().forEachRemaining(e -> attributes.put(e.getKey(), e.getValue().asText()));
        Price price = null;
        if (p.has("tiers")) {
            List<Price.Tier> tiers = new ArrayList<>();
            for (JsonNode t : p.get("tiers")) {
                tiers.add(new Price.Tier(new BigDecimal(t.path("from").asText()),
                        t.hasNonNull("to") ? new BigDecimal(t.get("to").asText()) : null,
                        new BigDecimal(t.path("usd").asText())));
            }
            price = new Price(p.path("unit").asText(null), tiers);
        }
        return new Product(p.path("sku").asText(), attributes, price);
    }
}
