package com.cloudwright.cost;

import java.util.Objects;

/** One price to look up: a product in a region ({@link #GLOBAL} for global services). */
public record PriceRequest(PriceKey key, String region) {

    public static final String GLOBAL = "global";

    public PriceRequest {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(region, "region");
        if (key.global()) {
            region = GLOBAL;
        }
    }

    public static PriceRequest of(PriceKey key, String region) {
        return new PriceRequest(key, key.global() ? GLOBAL : region);
    }
}
