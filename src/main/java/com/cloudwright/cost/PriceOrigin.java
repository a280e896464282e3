package com.cloudwright.cost;

/**
 * Where a line's price came from, shown per line.
 *
 * @param source      "bundled snapshot" or "AWS Price List API"
 * @param asOf        the snapshot's date or the time the API answered (ISO-8601)
 * @param detail      the figure's own source (a snapshot records one per figure), or null
 * @param fallback    why the preferred source did not answer (the live API), or null
 * @param detailAsOf  the date the figure's own source was current, or null when unknown
 */
public record PriceOrigin(String source, String asOf, String detail, String fallback, String detailAsOf) {

    public PriceOrigin(String source, String asOf, String detail, String fallback) {
        this(source, asOf, detail, fallback, null);
    }

    public PriceOrigin withFallback(String reason) {
        return new PriceOrigin(source, asOf, detail, reason, detailAsOf);
    }
}
