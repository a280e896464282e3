package com.cloudwright.cost.offers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * A service's region index ({@code …/<ServiceCode>/current/region_index.json}): its publication
 * date and, per Region code, the versioned URL of that Region's offer file. The version in the URL
 * changes with every publication, so an unchanged URL means an unchanged file.
 */
record RegionIndex(String publicationDate, Map<String, String> versionUrls) {

    RegionIndex {
        versionUrls = Collections.unmodifiableMap(new TreeMap<>(versionUrls));
    }

    /** @throws IllegalArgumentException when the document is not a region index */
    static RegionIndex read(InputStream in, ObjectMapper json) throws IOException {
        JsonNode root = json.readTree(in);
        if (root == null || !root.path("regions").isObject()) {
            throw new IllegalArgumentException("no \"regions\" object");
        }
        Map<String, String> urls = new TreeMap<>();
        root.get("regions").fields().forEachRemaining(e -> {
            String url = e.getValue().path("currentVersionUrl").asText(null);
            if (url != null) {
                urls.put(e.getValue().path("regionCode").asText(e.getKey()), url);
            }
        });
        return new RegionIndex(root.path("publicationDate").asText(""), urls);
    }
}
