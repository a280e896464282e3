package com.cloudwright.cost;

import java.util.Objects;

/** The answer of a {@link PriceSource} for one request: a price, or why there is none. */
public sealed interface PriceResult {

    record Found(Price price, PriceOrigin origin) implements PriceResult {
        public Found {
            Objects.requireNonNull(price, "price");
            Objects.requireNonNull(origin, "origin");
        }
    }

    /** No price: {@code reason} is shown on the line ("not in snapshot for ap-northeast-2"). */
    record Missing(String reason) implements PriceResult {
        public Missing {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
