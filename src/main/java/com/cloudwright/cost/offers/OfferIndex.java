package com.cloudwright.cost.offers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The offer index ({@code /offers/v1.0/aws/index.json}): per service code, where its current
 * whole offer file and its region index are.
 */
record OfferIndex(String publicationDate, Map<String, Service> services) {

    /** One entry of {@code offers}. */
    record Service(String offerCode, String currentVersionUrl, String currentRegionIndexUrl) {
    }

    OfferIndex {
        services = Collections.unmodifiableMap(new LinkedHashMap<>(services));
    }

    /** @throws IllegalArgumentException when the document is not an offer index */
    static OfferIndex read(InputStream in, ObjectMapper json) throws IOException {
        JsonNode root = json.readTree(in);
        if (root == null || !root.path("offers").isObject()) {
            throw new IllegalArgumentException("no \"offers\" object");
        }
        Map<String, Service> services = new LinkedHashMap<>();
        root.get("offers").fields().forEachRemaining(e -> {
            JsonNode o = e.getValue();
            services.put(e.getKey(), new Service(o.path("offerCode").asText(e.getKey()),
                    o.path("currentVersionUrl").asText(null), o.path("currentRegionIndexUrl").asText(null)));
        });
        return new OfferIndex(root.path("publicationDate").asText(""), services);
    }
}
