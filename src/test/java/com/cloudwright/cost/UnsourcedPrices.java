package com.cloudwright.cost;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The products {@code cost/figures/build.json} says no public, dated source prices in a Region
 * ("service.dimension" → why): what only {@code cloudwright prices refresh} can fetch.
 */
final class UnsourcedPrices {

    private UnsourcedPrices() {
    }

    /** Per "service.dimension", the reason, for the given Region. */
    static Map<String, String> in(String region) {
        try (InputStream in = UnsourcedPrices.class.getResourceAsStream("/cost/figures/build.json")) {
            JsonNode root = new ObjectMapper().readTree(in);
            Map<String, String> out = new LinkedHashMap<>();
            for (JsonNode u : root.path("unsourced")) {
                if (u.path("region").asText().equals(region)) {
                    out.put(u.path("figure").asText(), u.path("reason").asText());
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
