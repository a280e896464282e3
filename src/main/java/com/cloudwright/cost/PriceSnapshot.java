package com.cloudwright.cost;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The price snapshot file: a dated set of prices per product and region, each figure with its
 * source and that source's date, and for figures that could not be sourced the reason. The bundled
 * one ({@code com/cloudwright/cost/price-snapshot.json}) is the offline default; {@code prices refresh}
 * writes the same format from the live API. {@link SnapshotFormat} reads and writes it.
 *
 * @param asOf    the date the snapshot was built (ISO-8601)
 * @param regions per region (and "global"): where its figures come from
 * @param entries per product; each lists every region of the snapshot, with a figure or the reason there is none
 * @param sources the sources figures name by id, with their dates
 * @param missing the reason of a region an entry has no figure for, unless the figure says otherwise (may be null)
 */
public record PriceSnapshot(String asOf, String description, Map<String, String> regions, List<Entry> entries,
                            Map<String, Source> sources, String missing) {

    public static final String FORMAT = "cloudwright-price-snapshot";
    public static final int VERSION = 2;
    static final String BUNDLED = "/com/cloudwright/cost/price-snapshot.json";

    /** A public source of figures: what it is, where to find it, and the date its figures were current. */
    public record Source(String title, String url, String asOf) {
        public Source {
            Objects.requireNonNull(title, "title");
        }
    }

    /**
     * A figure for one region: a price and its source, or the reason there is none.
     *
     * @param source the id of a {@link Source} of the snapshot, or a description of its own (a SKU)
     * @param asOf   the date the figure was current (the source's date), or null when unknown
     */
    public record Figure(Price price, String source, String missing, String asOf) {
        public Figure(Price price, String source, String missing) {
            this(price, source, missing, null);
        }

        public static Figure of(Price price, String source) {
            return new Figure(Objects.requireNonNull(price), source, null, null);
        }

        public static Figure of(Price price, String source, String asOf) {
            return new Figure(Objects.requireNonNull(price), source, null, asOf);
        }

        public static Figure missing(String reason) {
            return new Figure(null, null, Objects.requireNonNull(reason), null);
        }
    }

    /** One product with its figures per region. */
    public record Entry(PriceKey key, String unit, Map<String, Figure> regions) {
        public Entry {
            Objects.requireNonNull(key, "key");
            regions = Collections.unmodifiableMap(new LinkedHashMap<>(regions));
        }
    }

    public PriceSnapshot {
        regions = Collections.unmodifiableMap(new LinkedHashMap<>(regions));
        entries = List.copyOf(entries);
        sources = Collections.unmodifiableMap(new LinkedHashMap<>(sources == null ? Map.of() : sources));
    }

    /** A snapshot whose figures describe their own sources (as {@code prices refresh} writes them). */
    public PriceSnapshot(String asOf, String description, Map<String, String> regions, List<Entry> entries) {
        this(asOf, description, regions, entries, Map.of(), null);
    }

    public static PriceSnapshot bundled() {
        try (InputStream in = PriceSnapshot.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException(BUNDLED + " is not on the classpath");
            }
            return read(in.readAllBytes(), "the bundled price snapshot");
        } catch (IOException e) {
            throw new IllegalStateException("cannot read the bundled price snapshot: " + e.getMessage(), e);
        }
    }

    /** @throws IllegalArgumentException naming {@code source} and what is wrong */
    public static PriceSnapshot read(byte[] bytes, String source) {
        return SnapshotFormat.read(bytes, source);
    }

    /** The snapshot as JSON, deterministic: products sorted by key, one product a line. */
    public byte[] toJson() {
        return SnapshotFormat.write(this);
    }

    /** Who a figure comes from, in words: its source's title, or the figure's own description. */
    public String sourceTitle(Figure figure) {
        if (figure.source() == null) {
            return null;
        }
        Source s = sources.get(figure.source());
        return s == null ? figure.source() : s.title();
    }

    /** Whether the figure only says the snapshot's general reason for a region without a figure. */
    boolean defaultMissing(Figure figure) {
        return figure.price() == null && missing != null && missing.equals(figure.missing());
    }

    /** Products by canonical key. */
    Map<String, Entry> byKey() {
        Map<String, Entry> map = new LinkedHashMap<>();
        for (Entry e : entries) {
            map.put(e.key().canonical(), e);
        }
        return map;
    }
}
