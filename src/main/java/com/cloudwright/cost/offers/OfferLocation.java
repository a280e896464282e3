package com.cloudwright.cost.offers;

import java.net.URI;

/**
 * Where the Price List bulk files are served: {@code https://pricing.us-east-1.amazonaws.com}, or
 * the URL in the system property {@value #URL_PROPERTY} (a mirror, or a loopback server in tests).
 * Paths in the index files ({@code /offers/v1.0/aws/AmazonEC2/current/region_index.json}) are
 * relative to it.
 */
public record OfferLocation(URI base) {

    public static final String DEFAULT_BASE = "https://pricing.us-east-1.amazonaws.com";
    public static final String URL_PROPERTY = "cloudwright.offers.url";
    static final String OFFER_INDEX = "/offers/v1.0/aws/index.json";

    public OfferLocation {
        String text = base.toString();
        if (text.endsWith("/")) {
            base = URI.create(text.substring(0, text.length() - 1));
        }
    }

    public static OfferLocation standard() {
        String configured = System.getProperty(URL_PROPERTY);
        return new OfferLocation(URI.create(configured == null || configured.isBlank() ? DEFAULT_BASE : configured.strip()));
    }

    public URI offerIndex() {
        return resolve(OFFER_INDEX);
    }

    /** A path from an index file, or an absolute URL as it stands. */
    public URI resolve(String path) {
        if (path.startsWith("http://") || path.startsWith("https://")) {
            return URI.create(path);
        }
        return URI.create(base + (path.startsWith("/") ? path : "/" + path));
    }
}
